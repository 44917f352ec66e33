using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

public class ConventionalCommitBumps
{
    [Fact]
    public void FixesFeaturesAndBreakingChangesBumpPatchMinorMajor()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.2.0");
        s.Repo.Commit("fix: one");
        var two = s.Repo.Commit("fix(core): two");

        var afterFixes = s.Version();
        Assert.Equal("1.2.1-alpha.2", afterFixes["Version"]);
        Assert.Equal("1.2.1.10002", afterFixes["FileVersion"]);
        Assert.Equal("1.0.0.0", afterFixes["AssemblyVersion"]);
        Assert.Equal("1.2.0", afterFixes["ReleaseTasksPreviousVersion"]);
        Assert.Contains($"ReleaseTasks: 1.2.1-alpha.2 (v1.2.0 + 2 commits on main; fix {two.Substring(0, 7)} → patch)", afterFixes.Output);

        var three = s.Repo.Commit("feat(api): three");
        var afterFeature = s.Version();
        Assert.Equal("1.3.0-alpha.3", afterFeature["Version"]);
        Assert.Contains($"feat {three.Substring(0, 7)} → minor", afterFeature.Output);

        s.Repo.Commit("FEAT!: four");
        Assert.Equal("2.0.0-alpha.4", s.Version()["Version"]);
    }

    [Fact]
    public void BreakingChangeFooterBumpsMajorButProseInTheBodyDoesNot()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.2.0");
        s.Repo.Commit("fix: rename a field\n\nThis is not a BREAKING CHANGE: only a private field moved.\nBREAKING CHANGE: mid-paragraph is prose too.");
        Assert.Equal("1.2.1-alpha.1", s.Version()["Version"]);

        s.Repo.Commit("fix: drop an overload\n\nBREAKING-CHANGE: Parse(string, bool) is gone.");
        Assert.Equal("2.0.0-alpha.2", s.Version()["Version"]);
    }

    [Fact]
    public void BreakingChangeBeforeOneZeroBumpsMinor()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v0.3.0");
        var breaking = s.Repo.Commit("feat!: new api");

        var p = s.Version();

        Assert.Equal("0.4.0-alpha.1", p["Version"]);
        Assert.Contains($"breaking change {breaking.Substring(0, 7)} → minor (major is 0)", p.Output);
    }

    [Fact]
    public void NonConventionalMessagesCountAsPatch()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("Update README");
        s.Repo.Commit("WIP: {weird} message with \"quotes\" and ünïcode");

        Assert.Equal("1.0.1-alpha.2", s.Version()["Version"]);
    }
}
