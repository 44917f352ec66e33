using System.IO;
using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// Microsoft.CodeAnalysis.PublicApiAnalyzers is the oracle of the PublicAPI file format: on a library holding every
/// construct of the language, the files its own code fix writes are our baseline as they are, and the files we write
/// are accepted by it. Both against the real package, restored from nuget.org.
/// </summary>
public class PublicApiAnalyzersAgreement
{
    /// <summary>The newest version the NuGet mirror has (3.3.4 is there too; it lists fewer record members, which
    /// the analyzer tests cover).</summary>
    private const string PublicApiAnalyzersVersion = "5.6.0";

    private const string Constructs = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics.CodeAnalysis;
        using System.Runtime.CompilerServices;

        [assembly: TypeForwardedTo(typeof(System.StringComparison))]
        [assembly: TypeForwardedTo(typeof(System.Collections.Generic.KeyValuePair<,>))]

        namespace Lib;

        public enum Color { Red, Green }
        [Flags] public enum Access : byte { None = 0, Read = 1, Write = 2, All = Read | Write }
        public delegate int Op(int a, int b);
        public delegate T Factory<out T>(string name) where T : class;

        public record Point(int X, int Y);
        public sealed record Sealed(string Name) { public string Upper => Name.ToUpperInvariant(); }
        public record Nominal { public int Value { get; init; } public virtual bool Equals(Nominal? other) => other?.Value == Value; public override int GetHashCode() => Value; }
        public record struct Pair(int A, int B);
        public readonly record struct Money(decimal Amount, string Currency);
        public record class Derived(int X, int Y, int Z) : Point(X, Y);

        public class Primary(int seed) { public int Seed => seed; }
        public struct Vector { public double X; public double Y; public Vector(double x, double y) { X = x; Y = y; }
          public static Vector operator +(Vector a, Vector b) => new(a.X + b.X, a.Y + b.Y);
          public static bool operator ==(Vector a, Vector b) => a.X == b.X; public static bool operator !=(Vector a, Vector b) => !(a == b);
          public static implicit operator Vector(double d) => new(d, d); public static explicit operator double(Vector v) => v.X;
          public static bool operator true(Vector v) => v.X != 0; public static bool operator false(Vector v) => v.X == 0; }

        public class Collection
        {
            private readonly int[] _items = new int[4];
            public int this[int index] { get => _items[index]; set => _items[index] = value; }
            public string this[string key, int n = 0] => key;
            public event EventHandler? Changed;
            public event EventHandler<string> Named { add { } remove { } }
            protected internal void ProtectedInternal() { }
            private protected void PrivateProtected() { }
            protected virtual void OnChanged() { }
            public const int Max = 10;
            public const string Greeting = "hi \"there\"";
            public static readonly Color DefaultColor = Color.Green;
            public (int Count, string Name) Named2() => (1, "a");
            public unsafe delegate*<int, int> Pointer() => null;
            public unsafe int* Raw(int* p) => p;
            public dynamic Dyn(dynamic d) => d;
            [Obsolete("use Other")] public void Old() { }
            public void Defaults(string s = "x", Color c = Color.Red, int? n = null, object? o = null, Vector v = default, CancellationTokenLike t = default) { }
            public void Params(params int[] values) { }
            public void ParamsSpan(params ReadOnlySpan<int> values) { }
            public void ParamsList(params List<int> values) { }
            public void Refs(ref int a, out int b, in int c, ref readonly int d, scoped ref int e) { b = 0; }
            public ref int RefReturn() => ref _items[0];
            public ref readonly int RefReadonlyReturn() => ref _items[0];
            public required string Required { get; init; }
            public int InitOnly { get; init; }
            public int GetOnly { get; }
            public int PrivateSet { get; private set; }
            public class Nested { public class Deeper { } protected class ProtectedNested { } }
        }
        public struct CancellationTokenLike { }

        public sealed class SealedClass { protected void NotApi() { } public void Api() { } }
        public static class Extensions
        {
            public static int Twice(this int value) => value * 2;
            extension(string text)
            {
                public int Length2 => text.Length * 2;
                public string Shout() => text.ToUpperInvariant();
                public static string Empty2 => "";
            }
        }

        public interface IShape
        {
            double Area { get; }
            double Scaled(double f) => Area * f;
            static abstract IShape Create();
            static virtual string Kind => "shape";
            event EventHandler Moved;
            int this[int i] { get; }
            protected void Hidden() { }
        }
        public class Square : IShape, IDisposable
        {
            public double Area => 1;
            public static IShape Create() => new Square();
            event EventHandler IShape.Moved { add { } remove { } }
            int IShape.this[int i] => i;
            void IDisposable.Dispose() { }
        }

        public class Generic<T, U> where T : class, new() where U : struct
        {
            public V Method<V, W, X, Y, Z>(V v) where V : notnull where W : unmanaged where X : T where Y : Enum, IComparable<Y> where Z : allows ref struct => v;
            public void Nullables<S>(S? s) where S : class? { }

        }
        public abstract class Base { public abstract void Must(); public virtual void May() { } public void Plain() { } protected Base() { } }
        public class Child : Base { public override void Must() { } public new void Plain() { } public sealed override void May() { } }
        public class Hider : Child { public new int Plain = 0; }

        [Experimental("LIB001")] public class Preview { public void Try() { } public int Value { get; set; } public class Inner { [Experimental("LIB005")] public void Own() { } } }
        public class PartlyExperimental { [Experimental("LIB002")] public void Maybe() { } [Experimental("LIB003")] public int P { get; set; } public void Sure() { } }
        [Experimental("LIB004")] public enum Mode { A }

        #nullable disable
        [Experimental("LIB006")] public class ObliviousPreview { public string Name(string s) => s; }
        public class Oblivious { public string Name { get; set; } public List<string> Items(string x) => null; }
        #nullable restore
        public class Annotated { public string? Maybe(string sure, List<string?> list) => null; }
        """;

    private static Scenario Library(bool nullableFiles)
    {
        var s = Scenario.Create(
            extraProperties: "<Nullable>enable</Nullable><AllowUnsafeBlocks>true</AllowUnsafeBlocks><NoWarn>$(NoWarn);CS0067;CS0660;CS0661;CS8618</NoWarn>",
            extraItems: $"""<PackageReference Include="Microsoft.CodeAnalysis.PublicApiAnalyzers" Version="{PublicApiAnalyzersVersion}" PrivateAssets="all" />""");
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "Class1.cs"), Constructs);
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "PublicAPI.Shipped.txt"), nullableFiles ? "#nullable enable\n" : "");
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "PublicAPI.Unshipped.txt"), "");
        return s;
    }

    private static string[] Lines(ProcessResult build, string code) =>
        build.Output.Split('\n').Where(l => l.Contains(code)).Distinct().ToArray();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FilesWrittenByPublicApiAnalyzersGiveNoApiDiagnosticOnAPatchWithoutApiChange(bool nullableFiles)
    {
        var s = Library(nullableFiles);
        // PublicApiAnalyzers' own code fix, as its documentation tells users to record the API.
        DotNet.Run(s.ProjectDirectory, new[] { "format", "analyzers", "--diagnostics", "RS0016", "--severity", "info", "-v", "q" })
            .EnsureSuccess("dotnet format (PublicApiAnalyzers' code fix)");
        var unshipped = File.ReadAllText(Path.Combine(s.ProjectDirectory, "PublicAPI.Unshipped.txt"));
        Assert.Contains("virtual Lib.Op.Invoke(int a, int b) -> int", unshipped);
        Assert.Contains(nullableFiles ? "Lib.Point.Point(Lib.Point! original) -> void" : "Lib.Point.Point(Lib.Point original) -> void", unshipped);
        // The two constructs whose entries are decorated: forwarded types (suffix) and experimental API (prefix).
        Assert.Contains("System.StringComparison (forwarded, contained in System.Runtime)", unshipped);
        Assert.Contains("[LIB001]Lib.Preview.Try() -> void", unshipped);
        // Releasing moves the entries to the shipped file.
        File.AppendAllText(Path.Combine(s.ProjectDirectory, "PublicAPI.Shipped.txt"), unshipped);
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "PublicAPI.Unshipped.txt"), "");
        s.Repo.CommitAll("feat: the library");
        s.Repo.Tag("v1.0.0");

        File.AppendAllText(Path.Combine(s.ProjectDirectory, "Class1.cs"), "\ninternal static class Helper { public static int One() => 1; }\n");
        s.Repo.CommitAll("fix: an internal helper");
        var build = DotNet.Build(s.ProjectDirectory);

        build.EnsureSuccess("patch build");
        Assert.Contains("ReleaseTasks: 1.0.1-alpha.1", build.Output);
        Assert.Empty(Lines(build, ": warning RT5").Concat(Lines(build, ": error RT5")));
        Assert.Empty(Lines(build, "RS0016").Concat(Lines(build, "RS0017")));
    }

    [Fact]
    public void FilesWrittenByReleaseTasksGiveNoPublicApiAnalyzersDiagnostic()
    {
        var s = Library(nullableFiles: false);

        DotNet.Build(s.ProjectDirectory, "-p:ReleaseTasksWritePublicApi=true").EnsureSuccess("build writing the API files");
        var shipped = File.ReadAllText(Path.Combine(s.ProjectDirectory, "PublicAPI.Shipped.txt"));
        Assert.StartsWith("#nullable enable\n", shipped);
        Assert.DoesNotContain("Lib.Color.Color()", shipped);
        Assert.DoesNotContain("Lib.Op.Op(", shipped);
        var build = DotNet.Build(s.ProjectDirectory, "--no-incremental");

        build.EnsureSuccess("build checked by PublicApiAnalyzers");
        Assert.Empty(Lines(build, "RS0016").Concat(Lines(build, "RS0017")));
    }

    [Fact]
    public void RemovedLinesAreHonouredAsPublicApiAnalyzersHonoursThem()
    {
        var s = Library(nullableFiles: false);
        DotNet.Build(s.ProjectDirectory, "-p:ReleaseTasksWritePublicApi=true").EnsureSuccess("build writing the API files");
        s.Repo.CommitAll("feat: the library");
        s.Repo.Tag("v1.0.0");

        var code = File.ReadAllText(Path.Combine(s.ProjectDirectory, "Class1.cs")).Replace("    [Obsolete(\"use Other\")] public void Old() { }\n", "");
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "Class1.cs"), code);
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "PublicAPI.Unshipped.txt"), "#nullable enable\n*REMOVED*Lib.Collection.Old() -> void\n");
        s.Repo.CommitAll("feat!: drop Old");
        var build = DotNet.Build(s.ProjectDirectory);

        build.EnsureSuccess("major build");
        Assert.Contains("ReleaseTasks: 2.0.0-alpha.1", build.Output);
        Assert.Empty(Lines(build, "RS0016").Concat(Lines(build, "RS0017")).Concat(Lines(build, ": error RT5")).Concat(Lines(build, ": warning RT5")));
    }
}
