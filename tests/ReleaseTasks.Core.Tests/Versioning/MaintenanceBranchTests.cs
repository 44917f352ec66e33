using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

/// <summary>Maintenance branches named by version (issue 11, item 3), as semantic-release names them, over real repositories.</summary>
public class MaintenanceBranchTests
{
    private static VersionResult Version(TempRepository repo) =>
        ReleaseVersionResolver.Resolve(new VersionRequest(repo.Directory, new VersionSettings()) { Environment = _ => null }).Result;

    /// <summary>A repository with v1.2.3 released from main, then main moved on to 2.0.0, and the branch cut from v1.2.3.</summary>
    private static TempRepository LineAfter(string branch)
    {
        var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v1.2.3");
        repo.Commit("feat!: the next major");
        repo.Git("tag", "v2.0.0");
        repo.Git("checkout", "-q", "-b", branch, "v1.2.3");
        return repo;
    }

    [Theory]
    [InlineData("1.x", "1.0.0", "2.0.0")]
    [InlineData("1.x.x", "1.0.0", "2.0.0")]
    [InlineData("1.2.x", "1.2.0", "1.3.0")]
    [InlineData("0.x", "0.0.0", "1.0.0")]
    [InlineData("10.20.x", "10.20.0", "10.21.0")]
    public void ABranchNamedByVersionHoldsItsRange(string name, string lowest, string above)
    {
        var branch = MaintenanceBranch.Parse(name);

        Assert.NotNull(branch);
        Assert.Equal(lowest, branch!.Lowest.ToNormalizedString());
        Assert.Equal(above, branch.Above.ToNormalizedString());
        Assert.Same(MaintenanceBranch.Policy, BranchPolicy.For(name, System.Array.Empty<BranchPolicy>()));
    }

    [Theory]
    [InlineData("x.1")]
    [InlineData("1.2.3.x")]
    [InlineData("1.x.1")]
    [InlineData("release/1.x")]
    [InlineData("v1.x")]
    [InlineData("1.2")]
    [InlineData("1.X")]
    [InlineData("")]
    public void OtherNamesAreNotMaintenanceBranches(string name) => Assert.Null(MaintenanceBranch.Parse(name));

    [Fact]
    public void AFixOnAPatchLineIsTheNextPatchCandidate()
    {
        using var repo = LineAfter("1.2.x");
        repo.Commit("fix: backport");

        var r = Version(repo);

        Assert.Equal("1.2.4-rc.1", r.PackageVersion);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void AFeatureOnAPatchLineIsWarnedAboutByCommitAndStaysAPatch()
    {
        using var repo = LineAfter("1.2.x");
        repo.Commit("fix: backport");
        var feat = repo.Commit("feat: a new option");

        var r = Version(repo);

        Assert.Equal("1.2.4-rc.2", r.PackageVersion);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal((DiagnosticCatalog.MaintenanceChangeOutOfRange, DiagnosticSeverity.Warning), (d.Code, d.Severity));
        Assert.Contains(feat.Substring(0, 7), d.Message);
        Assert.Contains("feat: a new option", d.Message);
        Assert.Contains("would make 1.3.0", d.Message);
        Assert.Contains(">=1.2.0 <1.3.0", d.Message);
    }

    [Fact]
    public void AFeatureOnAMajorLineIsAMinorAndABreakingChangeIsWarnedAbout()
    {
        using var repo = LineAfter("1.x");
        repo.Commit("feat: a new option");
        Assert.Equal("1.3.0-rc.1", Version(repo).PackageVersion);
        Assert.Empty(Version(repo).Diagnostics);

        var breaking = repo.Commit("refactor!: drop an overload");
        var r = Version(repo);

        Assert.Equal("1.3.0-rc.2", r.PackageVersion);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticCatalog.MaintenanceChangeOutOfRange, d.Code);
        Assert.Contains(breaking.Substring(0, 7), d.Message);
        Assert.Contains("would make 2.0.0", d.Message);
        Assert.True(MaintenanceBranch.Parse("1.x")!.Holds(r.Version));
    }

    [Fact]
    public void ALineWithoutAReleaseYetStartsAtItsLowestVersion()
    {
        using var repo = new TempRepository();
        repo.Commits("feat: a", "fix: b");
        repo.Git("checkout", "-q", "-b", "1.x");

        Assert.Equal("1.0.0-rc.2", Version(repo).PackageVersion);
    }

    [Fact]
    public void AReleaseReachableBeyondTheRangeIsReported()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v2.0.0");
        repo.Git("checkout", "-q", "-b", "1.x");
        repo.Commit("fix: b");

        var r = Version(repo);

        Assert.Equal("2.0.1-rc.1", r.PackageVersion);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticCatalog.MaintenanceBranchOutOfRange, d.Code);
        Assert.Contains("v2.0.0", d.Message);
    }

    [Fact]
    public void APreReleaseTagOnTheLineCountsOnInsideIt()
    {
        using var repo = LineAfter("1.2.x");
        repo.Commit("fix: a");
        repo.Git("tag", "v1.2.4-rc.1");
        repo.Commit("fix: b");

        var r = Version(repo);

        Assert.Equal("1.2.4-rc.1.1", r.PackageVersion);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void AReleaseBuildMakesTheRangeWarningsErrors()
    {
        var warning = DiagnosticCatalog.ChangeLeavesMaintenanceRange("1.x", ">=1.0.0 <2.0.0", "abcdef0123", "feat!: x", "2.0.0", "1.3.0");
        var other = DiagnosticCatalog.FeatureOnMaintenance("hotfix/x", "1.0.1", "abcdef0123");

        Assert.Equal(new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning },
            MaintenanceBranch.ForBuild(new[] { warning, other }, releaseBuild: true).Select(d => d.Severity));
        Assert.Equal(new[] { DiagnosticSeverity.Warning, DiagnosticSeverity.Warning },
            MaintenanceBranch.ForBuild(new[] { warning, other }, releaseBuild: false).Select(d => d.Severity));
    }

    [Fact]
    public void APullRequestFromALineBranchIsNotConfined()
    {
        using var repo = LineAfter("1.2.x");
        repo.Commit("feat: a");

        var r = ReleaseVersionResolver.Resolve(new VersionRequest(repo.Directory, new VersionSettings { PullRequestOverride = 5 }) { Environment = _ => null }).Result;

        Assert.Equal("1.3.0-pr.5.1", r.PackageVersion);
        Assert.Empty(r.Diagnostics);
        Assert.True(VersionComparer.Default.Compare(r.Version, SemanticVersion.Parse("1.2.3")) > 0);
    }
}
