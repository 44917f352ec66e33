using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

/// <summary>
/// ReleaseTasksBranchBuildsBelowMainLine (issue 11, item 4) over real repositories: NuGet.Versioning is the judge, for
/// every pair of a main line build and a feature branch or pull request build of the same core.
/// </summary>
public class BranchBuildOrderTests
{
    private static readonly string[] Branches = { "feature/x", "Feature/Login_Page", "_", "007", "zzz", "renovate/nuget-7.x" };

    private static SemanticVersion Version(TempRepository repo, bool belowMainLine, string? branch = null, int? pr = null) =>
        ReleaseVersionResolver.Resolve(new VersionRequest(repo.Directory, new VersionSettings
        {
            BranchBuildsBelowMainLine = belowMainLine,
            BranchOverride = branch,
            PullRequestOverride = pr,
        }) { Environment = _ => null }).Result.Version;

    /// <summary>Main's builds at heights 1 to 3 after <paramref name="tag"/>, and every branch and pull request build
    /// at the same heights.</summary>
    private static (List<SemanticVersion> Main, List<SemanticVersion> Others) Builds(string tag, bool belowMainLine)
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", tag);
        var main = new List<SemanticVersion>();
        var others = new List<SemanticVersion>();
        foreach (var message in new[] { "feat: b", "fix: c", "fix: d" })
        {
            repo.Commit(message);
            main.Add(Version(repo, belowMainLine));
            foreach (var branch in Branches) others.Add(Version(repo, belowMainLine, branch));
            foreach (var pr in new[] { 1, 42, 999999 }) others.Add(Version(repo, belowMainLine, pr: pr));
        }
        return (main, others);
    }

    [Theory]
    [InlineData("v2.0.0")]
    [InlineData("v2.1.0-alpha.4")]
    [InlineData("v2.1.0-beta.1")]
    [InlineData("v2.1.0-rc.2")]
    public void BelowMainLineEveryBranchAndPullRequestBuildSortsBelowEveryMainBuild(string tag)
    {
        var (main, others) = Builds(tag, belowMainLine: true);

        Assert.All(main.Concat(others), v => Assert.Equal("2.1.0", v.ToNormalizedString().Split('-')[0]));
        foreach (var m in main)
        foreach (var o in others)
            Assert.True(VersionComparer.Default.Compare(o, m) < 0, $"{o} should sort below main's {m}");
        // Still above the tag they follow, and distinct per branch and build.
        var tagged = SemanticVersion.Parse(tag.Substring(1));
        Assert.All(others, o => Assert.True(VersionComparer.Default.Compare(o, tagged) > 0, $"{o} above {tagged}"));
        Assert.Equal(others.Count, others.Distinct(VersionComparer.Default).Count());
    }

    [Fact]
    public void BelowMainLineGivesTheDocumentedLabels()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v2.0.0");
        repo.Commits("feat: b", "fix: c", "fix: d");

        Assert.Equal("2.1.0-alpha.3", Version(repo, true).ToNormalizedString());
        Assert.Equal("2.1.0-alpha.0.feature-x.3", Version(repo, true, "feature/x").ToNormalizedString());
        Assert.Equal("2.1.0-alpha.0.pr.42.3", Version(repo, true, pr: 42).ToNormalizedString());
        Assert.Equal("2.1.0-rc.3", Version(repo, true, "release/2.1").ToNormalizedString());

        repo.Git("tag", "v2.1.0-beta.1");
        repo.Commit("fix: e");
        Assert.Equal("2.1.0-beta.1.1", Version(repo, true).ToNormalizedString());
        Assert.Equal("2.1.0-beta.1.0.feature-x.1", Version(repo, true, "feature/x").ToNormalizedString());
        Assert.Equal("2.1.0-beta.1.0.pr.42.1", Version(repo, true, pr: 42).ToNormalizedString());
    }

    [Fact]
    public void ByDefaultBranchBuildsKeepTheirLabelsAndSomeSortAboveMain()
    {
        var (main, others) = Builds("v2.0.0", belowMainLine: false);

        Assert.Contains(others, o => o.ToNormalizedString() == "2.1.0-alpha.feature-x.1");
        Assert.Contains(others, o => o.ToNormalizedString() == "2.1.0-pr.42.1");
        // The accident the policy exists for: NuGet picks a branch build as the highest 2.1.0 pre-release.
        Assert.Contains(others, o => main.All(m => VersionComparer.Default.Compare(o, m) > 0));
    }
}
