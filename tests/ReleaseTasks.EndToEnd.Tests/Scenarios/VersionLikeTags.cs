using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>Issue 14: `git tag v2.1` on HEAD gave 2.0.1-alpha.2 with no warning at normal verbosity, so a team
/// "releasing 2.1" shipped a pre-release without noticing.</summary>
public class VersionLikeTags
{
    private static string[] WarningLines(BuildProperties p, string code) => p.Messages("warning " + code + ":");

    [Fact]
    public void ATwoPartTagOnHeadIsAWarningThatNamesTheSemVerSpelling()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v2.0.0");
        s.Repo.Commit("fix: a");
        var head = s.Repo.Commit("fix: b");
        s.Repo.Tag("v2.1");

        var p = s.Version();

        Assert.Equal("2.0.1-alpha.2", p["Version"]);
        var warning = Assert.Single(WarningLines(p, "RT1010"));
        Assert.Contains("'v2.1'", warning);
        Assert.Contains("git tag v2.1.0 " + head.Substring(0, 7), warning);
        Assert.Contains("2.0.1-alpha.2", warning);
    }

    [Fact]
    public void TagsWithoutTheVOrWithLeadingZerosAreNamedInTheirSemVerSpelling()
    {
        var s = Scenario.Create();
        s.Repo.Tag("2.1");
        Assert.Contains("git tag 2.1.0 ", Assert.Single(WarningLines(s.Version(), "RT1010")));

        s.Repo.Commit("fix: a");
        s.Repo.Tag("v02.1.0");
        Assert.Contains("git tag v2.1.0 ", Assert.Single(WarningLines(s.Version(), "RT1010")));
    }

    [Fact]
    public void OfManySuchTagsInTheHistoryOnlyTheHighestIsReported()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v2.0.0");
        for (var minor = 1; minor <= 12; minor++)
        {
            s.Repo.Commit($"feat: feature {minor}");
            s.Repo.Tag($"v2.{minor}");
        }
        s.Repo.Commit("fix: after the last release");

        var p = s.Version();

        Assert.Equal("2.1.0-alpha.13", p["Version"]);
        var warning = Assert.Single(WarningLines(p, "RT1010"));
        Assert.Contains("'v2.12'", warning);
        Assert.Contains("git tag v2.12.0 ", warning);
        Assert.Contains("from v2.0.0", warning);
    }

    [Fact]
    public void WithoutAnySemVerTagTheHighestVersionLikeTagIsReported()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0");
        s.Repo.Commit("feat: a");
        s.Repo.Tag("v1.1");
        s.Repo.Commit("fix: b");

        var p = s.Version();

        Assert.Equal("0.1.0-alpha.3", p["Version"]);
        Assert.Contains("git tag v1.1.0 ", Assert.Single(WarningLines(p, "RT1010")));
    }

    [Fact]
    public void WithATagPrefixOnlyThePrefixedTagsCountAndKeepThePrefix()
    {
        var s = Scenario.Create(extraProperties: "<ReleaseTasksTagPrefix>liba-v</ReleaseTasksTagPrefix>");
        s.Repo.Tag("liba-v1.0.0");
        s.Repo.Commit("fix: a");
        s.Repo.Tag("libb-v3.1");
        s.Repo.Tag("liba-v1.1");

        var p = s.Version();

        Assert.Equal("1.0.1-alpha.1", p["Version"]);
        var warning = Assert.Single(WarningLines(p, "RT1010"));
        Assert.Contains("git tag liba-v1.1.0 ", warning);
        Assert.DoesNotContain("libb", warning);
    }

    [Fact]
    public void NoWarningOnceTheSemVerSpellingIsThereOrForTagsThatAreNoVersion()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v2.0.0");
        s.Repo.Commit("fix: a");
        foreach (var tag in new[] { "v2.1", "v2.1.0", "vfoo", "v3", "v1.2.3.4", "nightly", "release-2.1" }) s.Repo.Tag(tag);

        var p = s.Version();

        Assert.Equal("2.1.0", p["Version"]);
        Assert.DoesNotContain("warning RT", p.Output);
    }

    [Fact]
    public void ALowerVersionLikeTagAfterTheReleaseIsNotReported()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v2.0.0");
        s.Repo.Commit("fix: a");
        s.Repo.Tag("v1.9");
        s.Repo.Commit("fix: b");

        var p = s.Version();

        Assert.Equal("2.0.1-alpha.2", p["Version"]);
        Assert.DoesNotContain("warning RT", p.Output);
    }
}
