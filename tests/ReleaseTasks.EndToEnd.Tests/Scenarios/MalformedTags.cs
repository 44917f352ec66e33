using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

public class MalformedTags
{
    [Fact]
    public void MalformedTagsAreIgnoredBesideValidOnes()
    {
        var s = Scenario.Create();
        foreach (var tag in new[] { "v1.0.0", "v1.1.0", "vfoo", "v1", "v1.2.3.4" }) s.Repo.Tag(tag);

        var p = DotNet.GetReleaseVersionWithVerbosity(s.ProjectDirectory, null, "detailed");

        Assert.Equal("1.1.0", p["Version"]);
        Assert.Contains("RT1007", p.Output);
        Assert.Contains("v1.2.3.4", p.Output);
        // Tags that do not look like a version stay a detail; those that do are warning RT1010 (VersionLikeTags).
        Assert.DoesNotContain("warning RT", p.Output);
    }

    [Fact]
    public void OnlyMalformedTagsIsAsIfThereWereNone()
    {
        var s = Scenario.Create();
        s.Repo.Tag("vfoo");
        s.Repo.Tag("v1.2");
        s.Repo.Commit("feat: x");

        Assert.Equal("0.1.0-alpha.2", s.Version()["Version"]);
    }

    [Fact]
    public void ALowerTagLaterInHistoryDoesNotWin()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v2.0.0");
        s.Repo.Commit("fix: a");
        s.Repo.Tag("v1.9.1");
        s.Repo.Commit("fix: b");

        Assert.Equal("2.0.1-alpha.2", s.Version()["Version"]);
    }
}
