using System.Linq;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

/// <summary>
/// Release branches in a monorepo: a project with ReleaseTasksTagPrefix=core-v has its own release lines,
/// release/core-v1.3, which lift only its own main-line version, are cut by CreateReleaseBranch for it alone, and
/// freeze only its own commits. On real repositories.
/// </summary>
public class ReleaseLinesPerTagPrefixTests
{
    private static readonly VersionSettings Core = new() { TagPrefix = "core-v", PathFilters = new[] { "core/**" } };
    private static readonly VersionSettings Web = new() { TagPrefix = "web-v", PathFilters = new[] { "web/**" } };
    private static readonly VersionSettings Root = new();

    private static VersionResult Version(string dir, VersionSettings settings) =>
        ReleaseVersionResolver.Resolve(new VersionRequest(dir, settings) { Environment = _ => null }).Result;

    private static ReleaseBranchOutcome Create(TempRepository repo, string prefix, string version, string? requested = null) =>
        ReleaseBranch.Create(new ReleaseBranchRequest(repo.Directory) { Branch = "main", Version = version, TagPrefix = prefix, RequestedVersion = requested });

    /// <summary>core-v1.2.0, web-v2.0.0 and v0.5.0 released; then a feat in each project on main.</summary>
    private static TempRepository Monorepo()
    {
        var repo = new TempRepository();
        repo.Commit("feat(core): a", path: "core/a.cs");
        repo.Commit("feat(web): a", path: "web/a.cs");
        repo.Commit("feat: tools", path: "tools/a.cs");
        repo.Git("tag", "core-v1.2.0");
        repo.Git("tag", "web-v2.0.0");
        repo.Git("tag", "v0.5.0");
        repo.Commit("feat(core): b", path: "core/b.cs");
        repo.Commit("feat(web): b", path: "web/b.cs");
        repo.Commit("feat: more tools", path: "tools/b.cs");
        return repo;
    }

    [Fact]
    public void APrefixedReleaseBranchLiftsOnlyItsOwnProjectsMainLine()
    {
        using var repo = Monorepo();
        Assert.Equal("1.3.0-alpha.1", Version(repo.Directory, Core).PackageVersion);

        repo.Git("branch", "release/core-v1.3");

        var core = Version(repo.Directory, Core);
        Assert.Equal("1.4.0-alpha.1", core.PackageVersion);
        Assert.Contains("above release/core-v1.3 → 1.4.0", core.Explanation);
        Assert.Equal("2.1.0-alpha.1", Version(repo.Directory, Web).PackageVersion);
        // The unprefixed project's release branch is release/X.Y: core-v1.3 is no version to it.
        Assert.Equal("0.6.0-alpha.3", Version(repo.Directory, Root).PackageVersion);
    }

    [Fact]
    public void AnUnprefixedReleaseBranchLiftsNoPrefixedProject()
    {
        using var repo = Monorepo();
        repo.Git("branch", "release/0.6");

        Assert.Equal("0.7.0-alpha.3", Version(repo.Directory, Root).PackageVersion);
        Assert.Equal("1.3.0-alpha.1", Version(repo.Directory, Core).PackageVersion);
        Assert.Equal("2.1.0-alpha.1", Version(repo.Directory, Web).PackageVersion);
    }

    [Fact]
    public void AClonesOriginReleaseBranchAndAPrefixHoldingASlashWork()
    {
        using var origin = new TempRepository();
        origin.Commit("feat(core): a", path: "core/a.cs");
        origin.Git("tag", "core/v1.2.0");
        origin.Commit("feat(core): b", path: "core/b.cs");
        origin.Git("branch", "release/core/v1.3");
        using var clone = new TempRepository(init: false);
        clone.GitIn(System.IO.Path.GetTempPath(), null, "clone", "-q", "file://" + origin.Directory, clone.Directory);
        Assert.Equal("", clone.Git("branch", "--list", "release/*"));
        Assert.Contains("origin/release/core/v1.3", clone.Git("branch", "-r"));

        var core = Version(clone.Directory, new VersionSettings { TagPrefix = "core/v" });

        Assert.Equal("1.4.0-alpha.1", core.PackageVersion);
        Assert.Contains("above origin/release/core/v1.3 → 1.4.0", core.Explanation);
    }

    [Fact]
    public void OnItsReleaseBranchAPrefixedProjectTakesItsVersionFromTheName()
    {
        using var repo = Monorepo();
        repo.Git("switch", "-q", "-c", "release/core-v1.5");
        repo.Commit("fix(core): c", path: "core/c.cs");

        Assert.Equal("1.5.0-rc.2", Version(repo.Directory, Core).PackageVersion);
        // Another prefix's release branch names no version of the web project.
        Assert.Equal("2.1.0-rc.1", Version(repo.Directory, Web).PackageVersion);
    }

    [Fact]
    public void CreateReleaseBranchCutsTheProjectsOwnLineAndOtherPrefixesDoNotBlockIt()
    {
        using var repo = Monorepo();
        repo.Git("branch", "release/2.0");
        repo.Git("branch", "release/web-v2.1");

        var outcome = Create(repo, "core-v", "1.3.0-alpha.1");

        Assert.Empty(outcome.Diagnostics);
        Assert.True(outcome.Created);
        Assert.Equal("release/core-v1.3", outcome.Branch);
        Assert.Equal(repo.Head, repo.Git("rev-parse", "refs/heads/release/core-v1.3"));
        Assert.Contains(outcome.Messages, m => m.Contains("git push origin release/core-v1.3"));
        Assert.Equal("1.4.0-alpha.1", Version(repo.Directory, Core).PackageVersion);
        Assert.Equal("2.2.0-alpha.1", Version(repo.Directory, Web).PackageVersion);

        // Again at the same HEAD: nothing to do.
        var again = Create(repo, "core-v", "1.4.0-alpha.1", requested: "1.3");
        Assert.Empty(again.Diagnostics);
        Assert.False(again.Created);
    }

    [Fact]
    public void CreateReleaseBranchRefusesALineAtOrBelowTheProjectsOwnReleasesOnly()
    {
        using var repo = Monorepo();
        repo.Git("tag", "v5.0.0");
        repo.Git("branch", "release/core-v1.4");

        var below = Create(repo, "core-v", "1.3.0-alpha.1", requested: "1.3");
        var error = Assert.Single(below.Diagnostics);
        Assert.Equal(DiagnosticCatalog.ReleaseBranchAlreadyReleased, error.Code);
        Assert.Contains("release/core-v1.4", error.Message);

        // v5.0.0 and release/core-v1.4 are other projects' releases: web may cut 2.1.
        var web = Create(repo, "web-v", "2.1.0-alpha.1");
        Assert.Empty(web.Diagnostics);
        Assert.Equal("release/web-v2.1", web.Branch);
    }

    [Fact]
    public void TheFeatureFreezeJudgesOnlyTheProjectWhoseReleaseBranchItIs()
    {
        using var repo = Monorepo();
        repo.Git("switch", "-q", "-c", "release/core-v1.3");
        repo.Commit("feat(core): late", path: "core/late.cs");
        repo.Commit("feat(web): late", path: "web/late.cs");

        var core = Version(repo.Directory, Core);
        Assert.True(core.FeatureFreezeJudged);
        Assert.Single(core.FeatureFreezeBreaks, b => b.EndsWith("feat(core): late"));

        Assert.False(Version(repo.Directory, Web).FeatureFreezeJudged);
        Assert.Empty(Version(repo.Directory, Web).FeatureFreezeBreaks);
        Assert.False(Version(repo.Directory, new VersionSettings { TagPrefix = "web-v" }).FeatureFreezeJudged);
    }

    [Theory]
    [InlineData("release/core-v1.3", "core-v", "1.3.0")]
    [InlineData("release/core-v1.3.2", "core-v", "1.3.2")]
    [InlineData("release/core/v1.3", "core/v", "1.3.0")]
    [InlineData("release/Core-v1.3", "core-v", null)]   // a tag prefix is case-sensitive: so is its branch
    [InlineData("release/core-vv1.3", "core-v", null)]
    [InlineData("release/core-v1", "core-v", null)]
    [InlineData("release/1.3", "core-v", null)]
    [InlineData("release/web-v1.3", "core-v", null)]
    [InlineData("release/1.3", "", "1.3.0")]
    [InlineData("release/v1.3", "", "1.3.0")]
    [InlineData("release/core-v1.3", "", null)]
    [InlineData("hotfix/core-v1.3", "core-v", null)]
    public void TheReleaseLineOfABranchNameDependsOnTheTagPrefix(string branch, string prefix, string? expected) =>
        Assert.Equal(expected, ReleaseLineName.VersionOf(branch, prefix)?.ToNormalizedString());

    [Theory]
    [InlineData("core-v", "1.3", "release/core-v1.3")]
    [InlineData("core/v", "1.3", "release/core/v1.3")]
    [InlineData("", "1.3", "release/1.3")]
    public void TheBranchOfALineIsReleaseSlashTheTagPrefixAndXY(string prefix, string line, string expected) =>
        Assert.Equal(expected, ReleaseLineName.Of(prefix, line));
}
