using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

public class PreReleaseTag
{
    [Fact]
    public void PreReleaseTagCountsOnWithTheHeight()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0-rc.1");
        s.Repo.Commit("fix: a");
        s.Repo.Commit("feat: b");

        var p = s.Version();

        Assert.Equal("1.0.0-rc.1.2", p["Version"]);
        Assert.Equal("rc.1.2", p["ReleaseTasksPreRelease"]);
        Assert.Equal("1.0.0.30102", p["FileVersion"]);
    }
}
