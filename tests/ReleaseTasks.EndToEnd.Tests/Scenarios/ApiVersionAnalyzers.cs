using System.IO;
using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>The version must match what happened to the public API since the release tag (RT5001, RT5002).</summary>
public class ApiVersionAnalyzers
{
    private const string WithAdd = """
        namespace Lib
        {
            public class Class1
            {
                public int Add(int a, int b) => a + b;
            }
        }
        """;

    private const string WithoutAdd = """
        namespace Lib
        {
            public class Class1
            {
            }
        }
        """;

    private const string WithMul = """
        namespace Lib
        {
            public class Class1
            {
                public int Add(int a, int b) => a + b;

                public int Mul(int a, int b) => a * b;
            }
        }
        """;

    private const string Shipped = "#nullable enable\nLib.Class1\nLib.Class1.Class1() -> void\nLib.Class1.Add(int a, int b) -> int\n";

    private static Scenario Released(string tag)
    {
        var s = Scenario.Create();
        Directory.Delete(s.ProjectDirectory, true);
        var dir = TestProject.Write(s.Repo.Directory, "probe", "Lib");
        File.WriteAllText(Path.Combine(dir, "Class1.cs"), WithAdd);
        File.WriteAllText(Path.Combine(dir, "PublicAPI.Shipped.txt"), Shipped);
        File.WriteAllText(Path.Combine(dir, "PublicAPI.Unshipped.txt"), "");
        s.Repo.CommitAll("feat: the library");
        s.Repo.Tag(tag);
        return s;
    }

    private static ProcessResult Change(Scenario s, string code, string message, string? unshipped = null)
    {
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "Class1.cs"), code);
        if (unshipped != null) File.WriteAllText(Path.Combine(s.ProjectDirectory, "PublicAPI.Unshipped.txt"), unshipped);
        s.Repo.CommitAll(message);
        return DotNet.Build(s.ProjectDirectory);
    }

    [Fact]
    public void RemovingApiUnderAFixIsAnErrorThatSaysHowToDeclareTheBreak()
    {
        var s = Released("v1.0.0");

        var build = Change(s, WithoutAdd, "fix: remove Add", "*REMOVED*Lib.Class1.Add(int a, int b) -> int\n");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error RT5001: 'Lib.Class1.Add(int a, int b) -> int' was public API in v1.0.0 and is gone or changed, but 1.0.1-alpha.1 is not a major release. Declare the break with a 'feat!:' commit or a 'BREAKING CHANGE:' footer", build.Output);
    }

    [Fact]
    public void TheSameRemovalDeclaredAsBreakingBuildsAsTheNextMajor()
    {
        var s = Released("v1.0.0");

        var build = Change(s, WithoutAdd, "feat!: remove Add", "*REMOVED*Lib.Class1.Add(int a, int b) -> int\n");

        build.EnsureSuccess("build");
        Assert.Contains("ReleaseTasks: 2.0.0-alpha.1", build.Output);
        Assert.DoesNotContain("RT5001", build.Output);
    }

    [Fact]
    public void RemovingApiInCodeOnlyIsStillAnError()
    {
        var s = Released("v1.0.0");

        var build = Change(s, WithoutAdd, "fix: tidy up");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error RT5001: 'Lib.Class1.Add(int a, int b) -> int'", build.Output);
    }

    [Fact]
    public void NewApiUnderAFixWarnsAtItsDeclarationAndUnderAFeatIsClean()
    {
        var s = Released("v1.0.0");

        var asFix = Change(s, WithMul, "fix: add Mul");
        asFix.EnsureSuccess("build as fix");
        Assert.Contains("Class1.cs(7,20): warning RT5002: 'Lib.Class1.Mul(int a, int b) -> int' is new public API, but 1.0.1-alpha.1 is a patch release of v1.0.0", asFix.Output);

        s.Repo.Git("reset", "-q", "--hard", "HEAD~1");
        var asFeat = Change(s, WithMul, "feat: add Mul");
        asFeat.EnsureSuccess("build as feat");
        Assert.Contains("ReleaseTasks: 1.1.0-alpha.1", asFeat.Output);
        Assert.DoesNotContain("RT5002", asFeat.Output);
    }

    [Fact]
    public void BeforeOneZeroABreakingChangeNeedsOnlyAMinor()
    {
        var s = Released("v0.4.0");

        var build = Change(s, WithoutAdd, "feat!: remove Add", "*REMOVED*Lib.Class1.Add(int a, int b) -> int\n");

        build.EnsureSuccess("build");
        Assert.Contains("ReleaseTasks: 0.5.0-alpha.1", build.Output);
        Assert.DoesNotContain("RT500", build.Output);
    }

    [Fact]
    public void ATaggedBuildIsJudgedAgainstTheReleaseBeforeItsTag()
    {
        var s = Released("v0.8.0");
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "Class1.cs"), WithMul);
        s.Repo.CommitAll("feat: add Mul");
        s.Repo.Tag("v0.9.0");

        var minor = DotNet.Build(s.ProjectDirectory);
        minor.EnsureSuccess("tagged minor");
        Assert.Contains("ReleaseTasks: 0.9.0", minor.Output);
        Assert.DoesNotContain("RT500", minor.Output);

        s.Repo.Git("tag", "-d", "v0.9.0");
        s.Repo.Tag("v0.8.1");
        var patch = DotNet.Build(s.ProjectDirectory);
        patch.EnsureSuccess("tagged patch");
        Assert.Contains("warning RT5002: 'Lib.Class1.Mul(int a, int b) -> int' is new public API, but 0.8.1 is a patch release of v0.8.0", patch.Output);
    }

    [Fact]
    public void TheBaselineIsReadFromGitOnceAndANoOpBuildStartsNoGit()
    {
        var s = Released("v1.0.0");
        // After the release (on the tagged commit itself there is no earlier release to read).
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "Notes.txt"), "after the release\n");
        s.Repo.CommitAll("fix: after the release");
        var git = new GitCounter();

        DotNet.Build(s.ProjectDirectory, "-p:ReleaseTasksGitPath=" + git.Executable).EnsureSuccess("cold build");
        Assert.Contains(git.Calls, c => c.StartsWith("cat-file --batch"));
        Assert.Contains("Lib.Class1.Add(int a, int b) -> int", File.ReadAllText(Path.Combine(s.ProjectDirectory, "obj", "Debug", "net10.0", "ReleaseTasks.ApiBaseline.txt")));

        git.Reset();
        DotNet.Build(s.ProjectDirectory, "-p:ReleaseTasksGitPath=" + git.Executable).EnsureSuccess("no-op build");
        Assert.Empty(git.Calls);
    }

    [Fact]
    public void OneCommandWritesTheApiFilesFromTheCode()
    {
        var s = Scenario.Create(extraProperties: "<Nullable>enable</Nullable>");
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "Class1.cs"),
            "namespace probe\n{\n    public class Class1\n    {\n        public string Name { get; set; } = \"\";\n        public int Add(int a, int b) => a + b;\n        internal void Hidden() { }\n    }\n}\n");

        var build = DotNet.Build(s.ProjectDirectory, "-p:ReleaseTasksWritePublicApi=true");

        build.EnsureSuccess("build writing the API files");
        Assert.Equal(
            "#nullable enable\nprobe.Class1\nprobe.Class1.Add(int a, int b) -> int\nprobe.Class1.Class1() -> void\nprobe.Class1.Name.get -> string!\nprobe.Class1.Name.set -> void\n",
            File.ReadAllText(Path.Combine(s.ProjectDirectory, "PublicAPI.Shipped.txt")));
        Assert.Equal("#nullable enable\n", File.ReadAllText(Path.Combine(s.ProjectDirectory, "PublicAPI.Unshipped.txt")));
    }

    [Fact]
    public void PerTargetFrameworkApiFilesAreEachTheirFrameworksBaseline()
    {
        var s = Scenario.Create(targetFrameworks: "netstandard2.0;net10.0", extraItems: """
            <AdditionalFiles Include="PublicAPI/$(TargetFramework)/PublicAPI.Shipped.txt" />
            <AdditionalFiles Include="PublicAPI/$(TargetFramework)/PublicAPI.Unshipped.txt" />
            """);
        const string both = "probe.Class1\nprobe.Class1.Class1() -> void\n";
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "Class1.cs"),
            "namespace probe\n{\n    public class Class1\n    {\n#if NET\n        public int Modern() => 1;\n#endif\n    }\n}\n");
        foreach (var (tf, api) in new[] { ("netstandard2.0", both), ("net10.0", both + "probe.Class1.Modern() -> int\n") })
        {
            Directory.CreateDirectory(Path.Combine(s.ProjectDirectory, "PublicAPI", tf));
            File.WriteAllText(Path.Combine(s.ProjectDirectory, "PublicAPI", tf, "PublicAPI.Shipped.txt"), api);
            File.WriteAllText(Path.Combine(s.ProjectDirectory, "PublicAPI", tf, "PublicAPI.Unshipped.txt"), "");
        }
        s.Repo.CommitAll("feat: per framework API");
        s.Repo.Tag("v1.0.0");

        var clean = Change(s, "namespace probe\n{\n    public class Class1\n    {\n#if NET\n        public int Modern() => 1;\n#endif\n        private int Internal() => 2;\n    }\n}\n", "fix: private helper");
        clean.EnsureSuccess("unchanged API on both frameworks");
        Assert.DoesNotContain("RT500", clean.Output);

        var broken = Change(s, "namespace probe\n{\n    public class Class1\n    {\n    }\n}\n", "fix: drop Modern");
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains("error RT5001: 'probe.Class1.Modern() -> int'", broken.Output);
        Assert.Contains("net10.0", broken.Output.Split('\n').First(l => l.Contains("error RT5001")));
        Assert.DoesNotContain(broken.Output.Split('\n'), l => l.Contains("error RT5001") && l.Contains("netstandard2.0"));
    }

    [Fact]
    public void NoApiFileAtTheTagIsNeverAnError()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "Class1.cs"), WithAdd.Replace("namespace Lib", "namespace probe"));

        var build = Change(s, WithoutAdd.Replace("namespace Lib", "namespace probe"), "fix: whatever");

        build.EnsureSuccess("build");
        Assert.DoesNotContain("error RT5", build.Output);
        Assert.DoesNotContain("warning RT5", build.Output);
    }
}
