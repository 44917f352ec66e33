using System.IO;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>Issue 10 item 5: the next version set in the history, and everything that reads the version follows it.</summary>
public class ReleaseAsAndSemverDirectives
{
    private const string WithAdd = "namespace Lib\n{\n    public class Class1\n    {\n        public int Add(int a, int b) => a + b;\n    }\n}\n";
    private const string WithoutAdd = "namespace Lib\n{\n    public class Class1\n    {\n    }\n}\n";

    [Fact]
    public void AReleaseAsFooterSetsTheVersionTheNotesAndTheApiCheckJudgeAMajor()
    {
        var s = Scenario.Create();
        Directory.Delete(s.ProjectDirectory, true);
        var dir = TestProject.Write(s.Repo.Directory, "probe", "Lib");
        File.WriteAllText(Path.Combine(dir, "Class1.cs"), WithAdd);
        File.WriteAllText(Path.Combine(dir, "PublicAPI.Shipped.txt"), "#nullable enable\nLib.Class1\nLib.Class1.Class1() -> void\nLib.Class1.Add(int a, int b) -> int\n");
        File.WriteAllText(Path.Combine(dir, "PublicAPI.Unshipped.txt"), "");
        s.Repo.CommitAll("feat: the library");
        s.Repo.Tag("v1.2.0");
        File.WriteAllText(Path.Combine(dir, "Class1.cs"), WithoutAdd);
        File.WriteAllText(Path.Combine(dir, "PublicAPI.Unshipped.txt"), "*REMOVED*Lib.Class1.Add(int a, int b) -> int\n");
        s.Repo.CommitAll("refactor: drop Add\n\nRelease-As: 2.0.0");
        var asking = s.Repo.Head.Substring(0, 7);

        var build = DotNet.Build(dir);

        build.EnsureSuccess("build");
        Assert.Contains($"ReleaseTasks: 2.0.0-alpha.1 (v1.2.0 + 1 commit on main; refactor {asking} → patch; Release-As 2.0.0 in {asking})", build.Output);
        Assert.DoesNotContain("RT5001", build.Output);
        var notes = DotNet.GetReleaseVersionWithVerbosity(dir, null, "normal", "-t:GenerateReleaseNotes", "-getProperty:PackageReleaseNotes");
        Assert.Equal("2.0.0-alpha.1", notes["Version"]);
        Assert.Contains("2.0.0-alpha.1", File.ReadAllText(Path.Combine(dir, "obj", "ReleaseNotes.md")));
    }

    [Fact]
    public void SemverDirectivesSetTheBumpAndALowerReleaseAsIsWarnedAndIgnored()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.2.0");
        var minor = s.Repo.Commit("Add the search page +semver: minor");

        var p = s.Version();
        Assert.Equal("1.3.0-alpha.1", p["Version"]);
        Assert.Contains($"ReleaseTasks: 1.3.0-alpha.1 (v1.2.0 + 1 commit on main; +semver: minor {minor.Substring(0, 7)} → minor)", p.Output);

        var low = s.Repo.Commit("fix: typo\n\nRelease-As: 1.2.5");
        var warned = s.Version();
        Assert.Equal("1.3.0-alpha.2", warned["Version"]);
        Assert.Contains($"warning RT1011: Commit {low.Substring(0, 7)} asks for 'Release-As: 1.2.5', which is lower than the 1.3.0", warned.Output);

        var floored = s.Version(null, "-p:ReleaseTasksMinimumVersion=3.0");
        Assert.Equal("3.0.0-alpha.2", floored["Version"]);
        Assert.Contains("; ReleaseTasksMinimumVersion 3.0)", floored.Output);
    }

    [Fact]
    public void BeforeTheFirstTagReleaseAsAndSemverSetTheFirstRelease()
    {
        var s = Scenario.Create();
        var asking = s.Repo.Commit("chore: ready for a stable API\n\nRelease-As: 1.0.0").Substring(0, 7);

        var p = s.Version();
        Assert.Equal("1.0.0-alpha.2", p["Version"]);
        Assert.Contains($"ReleaseTasks: 1.0.0-alpha.2 (no version tag; 0.1.0 + 2 commits on main; Release-As 1.0.0 in {asking})", p.Output);

        var major = s.Repo.Commit("Rework the client +semver: major").Substring(0, 7);
        var both = s.Version();
        Assert.Equal("1.0.0-alpha.3", both["Version"]);
        Assert.Contains($"(no version tag; 0.1.0 + 3 commits on main; +semver: major {major} → 1.0.0; Release-As 1.0.0 in {asking})", both.Output);
    }
}
