using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

public class NoTag
{
    [Fact]
    public void ThreeCommitsOnMainGiveInitialVersionWithHeight()
    {
        var s = Scenario.Create();
        s.Repo.Commit("fix: one");
        s.Repo.Commit("feat: two");

        var p = s.Version();

        Assert.Equal("0.1.0-alpha.3", p["Version"]);
        Assert.Equal("0.1.0-alpha.3", p["PackageVersion"]);
        Assert.Equal("3", p["ReleaseTasksHeight"]);
        Assert.Equal("main", p["ReleaseTasksBranch"]);
        Assert.Equal("", p["ReleaseTasksPreviousVersion"]);
        Assert.Contains("ReleaseTasks: 0.1.0-alpha.3 (no version tag; 0.1.0 + 3 commits on main)", p.Output);
    }
}
