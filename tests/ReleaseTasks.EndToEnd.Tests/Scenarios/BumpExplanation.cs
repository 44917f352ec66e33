using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>Issue 14: with a fix in the range the explanation said "build → patch", later "chore → patch".</summary>
public class BumpExplanation
{
    [Fact]
    public void TheFixThatMakesThePatchIsNamedNotTheNewestHousekeepingCommit()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v2.0.0");
        var fix = s.Repo.Commit("fix: handle a null name");
        s.Repo.Commit("build: pin the SDK");

        var afterBuild = s.Version();
        Assert.Equal("2.0.1-alpha.2", afterBuild["Version"]);
        Assert.Contains($"ReleaseTasks: 2.0.1-alpha.2 (v2.0.0 + 2 commits on main; fix {fix.Substring(0, 7)} → patch)", afterBuild.Output);

        s.Repo.Commit("chore: tidy up");
        var afterChore = s.Version();
        Assert.Contains($"(v2.0.0 + 3 commits on main; fix {fix.Substring(0, 7)} → patch)", afterChore.Output);
        Assert.DoesNotContain("chore → patch", afterChore.Output);
    }

    [Fact]
    public void TheFeatureThatMakesTheMinorIsNamedWithItsCommit()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v2.0.0");
        var feat = s.Repo.Commit("feat(api): add search");
        s.Repo.Commit("fix: typo");

        var p = s.Version();

        Assert.Equal("2.1.0-alpha.2", p["Version"]);
        Assert.Contains($"(v2.0.0 + 2 commits on main; feat {feat.Substring(0, 7)} → minor)", p.Output);
    }
}
