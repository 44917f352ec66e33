using System;
using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

/// <summary>
/// The Alpha → Beta → RC path (issue 11, item 2) over real repositories: the beta/* policy, pre-release tags of any
/// channel counting on, and promotion between channels never giving a version lower than a tag it contains, with
/// NuGet.Versioning as the judge of "lower".
/// </summary>
public class ChannelPathTests
{
    private static VersionResult Version(TempRepository repo, VersionSettings? settings = null) =>
        ReleaseVersionResolver.Resolve(new VersionRequest(repo.Directory, settings ?? new VersionSettings()) { Environment = _ => null }).Result;

    private static SemanticVersion V(string text) => SemanticVersion.Parse(text);

    private static void AssertHigher(string lower, SemanticVersion higher) =>
        Assert.True(VersionComparer.Default.Compare(higher, V(lower)) > 0, $"{higher} should sort above {lower}");

    [Fact]
    public void ABetaBranchBuildsBetas()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v1.0.0");
        repo.Git("checkout", "-q", "-b", "beta/next");
        repo.Commits("feat: b", "fix: c");

        var r = Version(repo);

        Assert.Equal("1.1.0-beta.2", r.PackageVersion);
        Assert.Equal("beta", ReleaseChannel.Of(r.Version));
        Assert.Equal("1.1.0.20002", r.FileVersion);
    }

    [Fact]
    public void ABetaBranchNamedAfterAVersionStartsThatVersion()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v1.0.0");
        repo.Git("checkout", "-q", "-b", "beta/2.0");
        repo.Commit("fix: b");

        Assert.Equal("2.0.0-beta.1", Version(repo).PackageVersion);
    }

    [Theory]
    [InlineData("v2.0.0-alpha.3", "main", "2.0.0-alpha.3.2")]
    [InlineData("v2.0.0-beta.1", "main", "2.0.0-beta.1.2")]
    [InlineData("v2.0.0-beta.1", "beta/2.0", "2.0.0-beta.1.2")]
    [InlineData("v2.0.0-rc.1", "release/2.0", "2.0.0-rc.1.2")]
    [InlineData("v2.0.0-rc.1", "feature/x", "2.0.0-rc.1.2")]
    [InlineData("v2.0.0-rc.1", "main", "2.0.0-rc.1.2")]
    public void APreReleaseTagOfAnyChannelCountsOnWithinItsChannelOrBelowIt(string tag, string branch, string expected)
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", tag);
        repo.Git("checkout", "-q", "-B", branch);
        repo.Commits("fix: b", "fix: c");

        var r = Version(repo);

        Assert.Equal(expected, r.PackageVersion);
        AssertHigher(tag.Substring(1), r.Version);
    }

    [Theory]
    [InlineData("v2.0.0-alpha.3", "beta/2.0", "2.0.0-beta.0.2", "alpha → beta")]
    [InlineData("v2.0.0-alpha.3", "release/2.0", "2.0.0-rc.0.2", "alpha → rc")]
    [InlineData("v2.0.0-beta.1", "release/2.0", "2.0.0-rc.0.2", "beta → rc")]
    [InlineData("v2.0.0-beta.1", "hotfix/crash", "2.0.0-rc.0.2", "beta → rc")]
    public void ABranchFurtherAlongThePathPromotesTheTagsVersionToItsChannel(string tag, string branch, string expected, string why)
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", tag);
        repo.Git("checkout", "-q", "-b", branch);
        repo.Commits("fix: b", "fix: c");

        var r = Version(repo);

        Assert.Equal(expected, r.PackageVersion);
        Assert.Contains(why, r.Explanation);
        AssertHigher(tag.Substring(1), r.Version);
        // FileVersion agrees: the promoted channel's band is above the tag's.
        var tagged = new VersionResult { Version = V(tag.Substring(1)), PreviousVersion = V(tag.Substring(1)) };
        Assert.True(FileVersionScheme.Default.Revision(r) > FileVersionScheme.Default.Revision(tagged));
    }

    [Fact]
    public void APullRequestOrANightlyNeverPromotesAlthoughItsLabelSortsHigher()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v2.0.0-beta.1");
        repo.Commit("fix: b");

        var pr = Version(repo, new VersionSettings { PullRequestOverride = 42 });
        var nightly = Version(repo, new VersionSettings
        {
            BranchOverride = "nightly/today",
            BranchPolicies = new[] { new BranchPolicy("nightly", "nightly/*", "nightly.{h}", CoreVersionRule.Bump) },
        });

        Assert.Equal("2.0.0-beta.1.1", pr.PackageVersion);
        Assert.Equal("2.0.0-beta.1.1", nightly.PackageVersion);
    }

    [Fact]
    public void TheWholePathAlphaBetaRcReleaseOnlyRises()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v1.0.0");
        var seen = new List<SemanticVersion>();
        void Build() => seen.Add(Version(repo).Version);

        repo.Commit("feat!: new api");
        Build();                                        // main
        repo.Git("tag", "v2.0.0-alpha.1");
        repo.Commit("fix: x");
        Build();                                        // main after the alpha tag
        repo.Git("checkout", "-q", "-b", "beta/2.0");
        repo.Commit("fix: y");
        Build();                                        // the beta branch, promoted
        repo.Git("tag", "v2.0.0-beta.1");
        Build();                                        // the first beta tag
        repo.Commit("fix: z");
        Build();                                        // after it
        repo.Git("checkout", "-q", "-b", "release/2.0");
        repo.Commit("fix: w");
        Build();                                        // the release branch, promoted
        repo.Git("tag", "v2.0.0-rc.1");
        Build();
        repo.Commit("fix: v");
        Build();
        repo.Git("tag", "v2.0.0");
        Build();

        Assert.Equal(new[]
        {
            "2.0.0-alpha.1", "2.0.0-alpha.1.1", "2.0.0-beta.0.2", "2.0.0-beta.1", "2.0.0-beta.1.1",
            "2.0.0-rc.0.2", "2.0.0-rc.1", "2.0.0-rc.1.1", "2.0.0",
        }, seen.Select(v => v.ToNormalizedString()));
        for (var i = 1; i < seen.Count; i++)
            Assert.True(VersionComparer.Default.Compare(seen[i], seen[i - 1]) > 0, $"{seen[i]} after {seen[i - 1]}");
    }

    [Fact]
    public void MainAfterABetaTagOnAnotherBranchThatWasMergedCountsOnFromTheBeta()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v1.0.0");
        repo.Git("checkout", "-q", "-b", "beta/2.0");
        repo.Commit("feat!: b");
        repo.Git("tag", "v2.0.0-beta.1");
        repo.Git("checkout", "-q", "main");
        repo.Commit("fix: on main");
        repo.Git("merge", "-q", "--no-ff", "--no-edit", "beta/2.0");

        var r = Version(repo);

        Assert.Equal("2.0.0-beta.1.2", r.PackageVersion);
        AssertHigher("2.0.0-beta.1", r.Version);
    }
}
