using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ReleaseTasks.Analyzers;
using ReleaseTasks.Analyzers.Versioning;

namespace ReleaseTasks.Analyzers.Tests;

public class ApiVersionAnalyzerTests
{
    private const string Baseline = "# ReleaseTasks API baseline of v1.0.0: probe/PublicAPI.Shipped.txt\n# file: probe/PublicAPI.Shipped.txt\n" +
                                    "Lib.Class1\nLib.Class1.Class1() -> void\nLib.Class1.Add(int a, int b) -> int\n";

    private static CSharpAnalyzerTest<ApiVersionAnalyzer, DefaultVerifier> Test(string source, string version, string previous = "1.0.0", string? baseline = Baseline)
    {
        var test = new CSharpAnalyzerTest<ApiVersionAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"""
            is_global = true
            build_property.ReleaseTasksVersion = {version}
            build_property.ReleaseTasksApiBaselineVersion = {previous}
            build_property.ReleaseTasksApiBaselineTag = v{previous}
            """));
        if (baseline != null) test.TestState.AdditionalFiles.Add(("/obj/ReleaseTasks.ApiBaseline.txt", baseline));
        return test;
    }

    private const string Unchanged = """
        namespace Lib
        {
            public class Class1
            {
                public int Add(int a, int b) => a + b;
                internal int Hidden() => 0;
            }

            internal class NotApi { public void M() { } }
        }
        """;

    /// <summary>RT5001 for an entry removed since the release.</summary>
    private static DiagnosticResult Removed(string entry, string release, string version) =>
        new DiagnosticResult(Descriptors.BreakingChangeWithoutMajor).WithArguments(entry, $"was public API in {release} and is gone or changed", version,
            $"Declare the break with a 'feat!:' commit or a 'BREAKING CHANGE:' footer (a major bump; minor while the major version is 0), or restore the API. Only if {release} itself did not have it (its API files were stale at the tag): add '*REMOVED*{entry}' under '[{release}]' in PublicAPI.Corrections.txt");

    [Fact]
    public Task AnEntryTheCodeAtTheTagNeverMentionedSaysTheFilesWereStaleAndHowToRecordIt()
    {
        var test = Test("namespace Lib { public class Class1 { } }", "1.0.1-alpha.1",
            baseline: Baseline + "# not in the code at the tag: Lib.Class1.Add(int a, int b) -> int\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.BreakingChangeWithoutMajor).WithArguments("Lib.Class1.Add(int a, int b) -> int",
            "is listed in the API files at v1.0.0 although no C# file of the project at that tag mentions it (the files were stale at the tag)", "1.0.1-alpha.1",
            "Record what v1.0.0 really had, with no major version and no moved tag: add the line '*REMOVED*Lib.Class1.Add(int a, int b) -> int' under a line '[v1.0.0]' in PublicAPI.Corrections.txt beside PublicAPI.Shipped.txt, and commit it"));
        return test.RunAsync();
    }

    [Fact]
    public Task ACorrectionRecordedForTheReleaseTakesTheEntryOutOfItsBaseline()
    {
        var test = Test("namespace Lib { public class Class1 { } }", "1.0.1-alpha.1");
        test.TestState.AdditionalFiles.Add(("/p/PublicAPI.Corrections.txt",
            "# v1.0.0 was released without Add\n[v0.9.0]\nLib.Class1.Gone() -> void\n[v1.0.0]\n*REMOVED*Lib.Class1.Add(int a, int b) -> int\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task ACorrectionOfAnotherReleaseChangesNothing()
    {
        var test = Test("namespace Lib { public class Class1 { } }", "1.0.1-alpha.1");
        test.TestState.AdditionalFiles.Add(("/p/PublicAPI.Corrections.txt", "[v0.9.0]\n*REMOVED*Lib.Class1.Add(int a, int b) -> int\n"));
        test.ExpectedDiagnostics.Add(Removed("Lib.Class1.Add(int a, int b) -> int", "v1.0.0", "1.0.1-alpha.1"));
        return test.RunAsync();
    }

    [Fact]
    public Task UnchangedApiIsClean() => Test(Unchanged, "1.0.1-alpha.3").RunAsync();

    [Fact]
    public Task RemovedMemberWithoutAMajorIsAnError()
    {
        var test = Test("namespace Lib { public class Class1 { } }", "1.0.1-alpha.1");
        test.ExpectedDiagnostics.Add(Removed("Lib.Class1.Add(int a, int b) -> int", "v1.0.0", "1.0.1-alpha.1"));
        return test.RunAsync();
    }

    [Fact]
    public Task ChangedSignatureIsARemovalToo()
    {
        var test = Test("namespace Lib { public class Class1 { public long {|RT5002:Add|}(long a, long b) => a + b; } }", "1.0.1-alpha.1");
        test.ExpectedDiagnostics.Add(Removed("Lib.Class1.Add(int a, int b) -> int", "v1.0.0", "1.0.1-alpha.1"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("2.0.0-alpha.1", "1.0.0")]
    [InlineData("0.5.0-alpha.1", "0.4.0")]
    public Task RemovalInABreakingReleaseIsClean(string version, string previous) =>
        Test("namespace Lib { public class Class1 { } }", version, previous).RunAsync();

    [Fact]
    public Task RemovalInAMinorReleaseAfterOneZeroIsAnError()
    {
        var test = Test("namespace Lib { public class Class1 { } }", "1.1.0-alpha.1");
        test.ExpectedDiagnostics.Add(Removed("Lib.Class1.Add(int a, int b) -> int", "v1.0.0", "1.1.0-alpha.1"));
        return test.RunAsync();
    }

    [Fact]
    public Task NewMemberInAPatchWarnsAtItsDeclaration() => Test("""
        namespace Lib
        {
            public class Class1
            {
                public int Add(int a, int b) => a + b;
                public int {|RT5002:Mul|}(int a, int b) => a * b;
                public static int {|RT5002:Answer|} = 42;
            }

            public interface {|RT5002:IShape|} { double {|RT5002:Area|}(); }
        }
        """, "1.0.1-alpha.2").RunAsync();

    [Fact]
    public Task NewMemberInAMinorIsClean() => Test("""
        namespace Lib
        {
            public class Class1
            {
                public int Add(int a, int b) => a + b;
                public int Mul(int a, int b) => a * b;
            }
        }
        """, "1.1.0-alpha.1").RunAsync();

    [Fact]
    public Task PropertiesAreTheirAccessorsAndNullableBaselinesMatch() => Test("""
        #nullable enable
        namespace Lib
        {
            public class Class1
            {
                public int Add(int a, int b) => a + b;
                public string Name { get; set; } = "";
                public string? Nick { get; }
            }
        }
        """, "1.0.1-alpha.1", baseline: Baseline.Replace("# file: probe/PublicAPI.Shipped.txt\n", "# file: probe/PublicAPI.Shipped.txt\n#nullable enable\n") +
            "Lib.Class1.Name.get -> string!\nLib.Class1.Name.set -> void\nLib.Class1.Nick.get -> string?\n").RunAsync();

    [Fact]
    public Task RemovedEntriesOfTheReleaseAreNotItsApi() => Test(
        "namespace Lib { public class Class1 { } }", "1.0.1-alpha.1",
        baseline: Baseline + "# file: probe/PublicAPI.Unshipped.txt\n*REMOVED*Lib.Class1.Add(int a, int b) -> int\n").RunAsync();

    [Fact]
    public Task ProtectedMembersOfSealedTypesAreNotApi() => Test("""
        namespace Lib
        {
            public class Class1
            {
                public int Add(int a, int b) => a + b;
            }

            public sealed class {|RT5002:Sealed|}
            {
                private Sealed() { }
                protected void NotApi() { }
            }
        }
        """, "1.0.1-alpha.1").RunAsync();

    [Fact]
    public Task PreReleasePreviousVersionIsNotJudged() =>
        Test("namespace Lib { public class Class1 { public void New() { } } }", "1.0.0-rc.1.3", previous: "1.0.0-rc.1").RunAsync();

    [Fact]
    public Task NoApiFileAtTheReleaseIsAnInfoAtMost()
    {
        var test = Test("namespace Lib { public class Class1 { } }", "1.0.1-alpha.1", baseline: "# ReleaseTasks API baseline of v1.0.0: probe/PublicAPI.Shipped.txt\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.NoApiBaseline).WithArguments("v1.0.0"));
        return test.RunAsync();
    }

    [Fact]
    public Task WithoutTheVersionPropertiesNothingIsReported()
    {
        var test = new CSharpAnalyzerTest<ApiVersionAnalyzer, DefaultVerifier>
        {
            TestCode = "namespace Lib { public class Class1 { } }",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        return test.RunAsync();
    }

    private const string InterfaceBaseline = "# ReleaseTasks API baseline of v1.0.0: p/PublicAPI.Shipped.txt\n# file: p/PublicAPI.Shipped.txt\n" +
                                             "Lib.IShape\nLib.IShape.Area() -> double\nLib.Shape\nLib.Shape.Shape() -> void\n";

    [Fact]
    public Task InterfaceOrAbstractMemberAddedInAMinorIsAnError() => Test("""
        namespace Lib
        {
            public interface IShape
            {
                double Area();
                double {|RT5004:Perimeter|}();
                double Scale(double f) => f * Area();
            }

            public abstract class Shape
            {
                public abstract int Corners { {|RT5004:get|}; }
                public virtual string Name => "shape";
            }
        }
        """, "1.1.0-alpha.1", baseline: InterfaceBaseline).RunAsync();

    private const string BaseBaseline = "# ReleaseTasks API baseline of v1.0.0: p/PublicAPI.Shipped.txt\n# file: p/PublicAPI.Shipped.txt\n" +
                                        "Lib.Base\nLib.Base.Base() -> void\nvirtual Lib.Base.Run() -> void\nLib.Base.Helper() -> void\nLib.Color\nLib.Color.Red = 1 -> Lib.Color\n";

    [Fact]
    public Task SealingATypeDesignedForDerivationChangingAnEnumValueOrHidingAMemberAreBreaking()
    {
        var test = Test("""
            namespace Lib
            {
                public sealed class Base
                {
                    public void Run() { }
                    internal void Helper() { }
                }

                public enum Color { Red = 2 }
            }
            """, "1.1.0-alpha.1", baseline: BaseBaseline);
        foreach (var gone in new[] { "Lib.Base.Helper() -> void", "Lib.Color.Red = 1 -> Lib.Color", "virtual Lib.Base.Run() -> void" })
            test.ExpectedDiagnostics.Add(Removed(gone, "v1.0.0", "1.1.0-alpha.1"));
        return test.RunAsync();
    }

    [Fact]
    public Task AbstractMembersOfANewTypeBreakNobody() => Test("""
        namespace Lib
        {
            public interface IShape { double Area(); }
            public abstract class Shape { }
            public interface INew { void M(); }
        }
        """, "1.1.0-alpha.1", baseline: InterfaceBaseline).RunAsync();

    [Fact]
    public void EveryRuleHasItsDocsPageAndHelpLink()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "ReleaseTasks.sln"))) root = Path.GetDirectoryName(root)!;
        foreach (var descriptor in new ApiVersionAnalyzer().SupportedDiagnostics)
        {
            Assert.Equal(AnalyzerIds.HelpLink(descriptor.Id), descriptor.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(root, "docs", "diagnostics", descriptor.Id + ".md")), descriptor.Id);
            Assert.Matches("^RT5[0-9]{3}$", descriptor.Id);
        }
        var unshipped = File.ReadAllText(Path.Combine(root, "src", "ReleaseTasks.Analyzers", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in new ApiVersionAnalyzer().SupportedDiagnostics) Assert.Contains(descriptor.Id + " |", unshipped);
    }

    /// <summary>
    /// Exactly what Microsoft.CodeAnalysis.PublicApiAnalyzers 5.6.0 writes for these types with its code fix
    /// (dotnet format analyzers --diagnostics RS0016 --severity info, into an empty PublicAPI.Unshipped.txt): no
    /// constructor for an enum or a delegate, a delegate's Invoke, a record's compiler-generated members. The
    /// complete agreement is proved against the real package in the end-to-end scenario PublicApiAnalyzersAgreement.
    /// </summary>
    private const string WrittenByPublicApiAnalyzers = """
        Lib.Color
        Lib.Color.Green = 1 -> Lib.Color
        Lib.Color.Red = 0 -> Lib.Color
        Lib.Op
        virtual Lib.Op.Invoke(int a, int b) -> int
        Lib.Point
        Lib.Point.Deconstruct(out int X, out int Y) -> void
        Lib.Point.Point(int X, int Y) -> void
        Lib.Point.Point(Lib.Point original) -> void
        Lib.Point.X.get -> int
        Lib.Point.X.init -> void
        Lib.Point.Y.get -> int
        Lib.Point.Y.init -> void
        override Lib.Point.Equals(object obj) -> bool
        override Lib.Point.GetHashCode() -> int
        override Lib.Point.ToString() -> string
        static Lib.Point.operator !=(Lib.Point left, Lib.Point right) -> bool
        static Lib.Point.operator ==(Lib.Point left, Lib.Point right) -> bool
        virtual Lib.Point.<Clone>$() -> Lib.Point
        virtual Lib.Point.EqualityContract.get -> System.Type
        virtual Lib.Point.Equals(Lib.Point other) -> bool
        virtual Lib.Point.PrintMembers(System.Text.StringBuilder builder) -> bool
        Lib.Sealed
        Lib.Sealed.Sealed(string Name) -> void
        Lib.Sealed.Name.get -> string
        Lib.Sealed.Name.init -> void
        Lib.Sealed.Deconstruct(out string Name) -> void
        Lib.Sealed.<Clone>$() -> Lib.Sealed
        Lib.Sealed.Equals(Lib.Sealed other) -> bool
        override Lib.Sealed.Equals(object obj) -> bool
        override Lib.Sealed.GetHashCode() -> int
        override Lib.Sealed.ToString() -> string
        static Lib.Sealed.operator !=(Lib.Sealed left, Lib.Sealed right) -> bool
        static Lib.Sealed.operator ==(Lib.Sealed left, Lib.Sealed right) -> bool

        """;

    private const string EnumDelegateAndRecords = """
        namespace Lib
        {
            public enum Color { Red, Green }
            public delegate int Op(int a, int b);
            public record Point(int X, int Y);
            public sealed record Sealed(string Name);
        }
        """;

    [Fact]
    public Task FilesWrittenByPublicApiAnalyzersAreTheBaselineAsTheyAre() =>
        Test(EnumDelegateAndRecords, "1.0.1-alpha.1", baseline: "# ReleaseTasks API baseline of v1.0.0: PublicAPI.Shipped.txt\n# file: PublicAPI.Shipped.txt\n" + WrittenByPublicApiAnalyzers).RunAsync();

    [Fact]
    public Task OlderPublicApiAnalyzersFilesWithoutTheRecordsGeneratedMembersAreABaselineToo() =>
        Test(EnumDelegateAndRecords, "1.0.1-alpha.1", baseline: "# ReleaseTasks API baseline of v1.0.0: PublicAPI.Shipped.txt\n# file: PublicAPI.Shipped.txt\n" +
            "Lib.Color\nLib.Color.Green = 1 -> Lib.Color\nLib.Color.Red = 0 -> Lib.Color\nLib.Op\nvirtual Lib.Op.Invoke(int a, int b) -> int\n" +
            "Lib.Point\nLib.Point.Point(int X, int Y) -> void\nLib.Point.X.get -> int\nLib.Point.X.init -> void\nLib.Point.Y.get -> int\nLib.Point.Y.init -> void\n" +
            "Lib.Sealed\nLib.Sealed.Sealed(string Name) -> void\nLib.Sealed.Name.get -> string\nLib.Sealed.Name.init -> void\n").RunAsync();

    private const string ExperimentalBaseline = "# ReleaseTasks API baseline of v1.0.0: PublicAPI.Shipped.txt\n# file: PublicAPI.Shipped.txt\n" +
        "Lib.Stable\nLib.Stable.Stable() -> void\n[LIB2]Lib.Stable.Maybe() -> void\n[LIB3]Lib.Stable.P.get -> int\n[LIB3]Lib.Stable.P.set -> void\n" +
        "[LIB1]Lib.Preview\n[LIB1]Lib.Preview.Preview() -> void\n[LIB1]Lib.Preview.Inner\n[LIB1]Lib.Preview.Inner.Inner() -> void\n[LIB1]Lib.Preview.Try() -> void\n";

    [Fact]
    public Task ExperimentalEntriesAreTheCodesEntriesWithTheirDiagnosticId() =>
        Test("""
            using System.Diagnostics.CodeAnalysis;
            namespace Lib
            {
                public class Stable { [Experimental("LIB2")] public void Maybe() { } [Experimental("LIB3")] public int P { get; set; } }
                [Experimental("LIB1")] public class Preview { public void Try() { } public class Inner { } }
            }
            """, "1.0.1-alpha.1", baseline: ExperimentalBaseline).RunAsync();

    [Fact]
    public Task ExperimentalApiMayGoOrChangeWithoutAMajor() =>
        Test("""
            using System.Diagnostics.CodeAnalysis;
            namespace Lib { public class Stable { [Experimental("LIB2")] public void {|RT5002:Maybe|}(int changed) { } } }
            """, "1.0.1-alpha.1", baseline: ExperimentalBaseline).RunAsync();

    [Fact]
    public Task StableApiThatBecomesExperimentalIsABreak()
    {
        var test = Test("""
            using System.Diagnostics.CodeAnalysis;
            namespace Lib { public class Class1 { [Experimental("LIB9")] public int {|RT5002:Add|}(int a, int b) => a + b; } }
            """, "1.0.1-alpha.1");
        test.ExpectedDiagnostics.Add(Removed("Lib.Class1.Add(int a, int b) -> int", "v1.0.0", "1.0.1-alpha.1"));
        return test.RunAsync();
    }

    private const string ForwardedComparison =
        "System.StringComparison (forwarded, contained in System.Runtime)\n" +
        "System.StringComparison.CurrentCulture = 0 -> System.StringComparison (forwarded, contained in System.Runtime)\n" +
        "System.StringComparison.CurrentCultureIgnoreCase = 1 -> System.StringComparison (forwarded, contained in System.Runtime)\n" +
        "System.StringComparison.InvariantCulture = 2 -> System.StringComparison (forwarded, contained in System.Runtime)\n" +
        "System.StringComparison.InvariantCultureIgnoreCase = 3 -> System.StringComparison (forwarded, contained in System.Runtime)\n" +
        "System.StringComparison.Ordinal = 4 -> System.StringComparison (forwarded, contained in System.Runtime)\n" +
        "System.StringComparison.OrdinalIgnoreCase = 5 -> System.StringComparison (forwarded, contained in System.Runtime)\n";

    private const string Forwarding = "[assembly: System.Runtime.CompilerServices.TypeForwardedTo(typeof(System.StringComparison))]\n";

    [Fact]
    public Task AForwardedTypeIsTheBaselinesForwardedEntries() =>
        Test(Forwarding + Unchanged, "1.0.1-alpha.1", baseline: Baseline + ForwardedComparison).RunAsync();

    [Fact]
    public Task DroppingAForwarderWithoutAMajorIsABreak()
    {
        var test = Test(Unchanged, "1.1.0-alpha.1", baseline: Baseline + ForwardedComparison);
        foreach (var entry in ForwardedComparison.Split('\n', StringSplitOptions.RemoveEmptyEntries).OrderBy(e => e, StringComparer.Ordinal))
            test.ExpectedDiagnostics.Add(Removed(entry, "v1.0.0", "1.1.0-alpha.1"));
        return test.RunAsync();
    }

    [Fact]
    public Task ANewForwarderInAPatchIsNewApiAtItsAttribute()
    {
        var test = Test(Forwarding + Unchanged, "1.0.1-alpha.1");
        foreach (var entry in ForwardedComparison.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.NewApiInPatch).WithSpan(1, 12, 1, 92).WithArguments(entry, "1.0.1-alpha.1", "v1.0.0"));
        return test.RunAsync();
    }

    [Fact]
    public async Task WritingListsWhatPublicApiAnalyzersWrites()
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, default);
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Lib",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(EnumDelegateAndRecords) }, references,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(
            System.Collections.Immutable.ImmutableArray<AdditionalText>.Empty, new WriteMode());
        var diagnostics = await compilation.WithAnalyzers(System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new ApiVersionAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();
        var written = diagnostics.Where(d => d.Id == AnalyzerIds.PublicApiEntry).Select(d => d.GetMessage()).OrderBy(l => l, StringComparer.Ordinal);
        var expected = WrittenByPublicApiAnalyzers.Split('\n', StringSplitOptions.RemoveEmptyEntries).OrderBy(l => l, StringComparer.Ordinal);
        Assert.Equal(expected, written);
    }

    private sealed class WriteMode : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
    {
        private sealed class Options : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = key == "build_property.ReleaseTasksWritePublicApi" ? "true" : null;
                return value != null;
            }
        }

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions { get; } = new Options();
        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;
        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;
    }
}
