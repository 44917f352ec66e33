using System.Linq;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

/// <summary>The feature freeze of release branches: commits after the branch point, on real repositories.</summary>
public class FeatureFreezeTests
{
    private static VersionResult Version(string dir, VersionSettings? settings = null) =>
        ReleaseVersionResolver.Resolve(new VersionRequest(dir, settings ?? new VersionSettings()) { Environment = _ => null }).Result;

    /// <summary>v1.2.0, feats on main, then release/1.3 cut and checked out.</summary>
    private static TempRepository OnAFreshReleaseBranch()
    {
        var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v1.2.0");
        repo.Commit("feat: before the branch point");
        repo.Git("switch", "-q", "-c", "release/1.3");
        return repo;
    }

    [Fact]
    public void FixesHoldTheFreezeAndFeaturesOfTheMainLineBeforeTheBranchPointDoNotCount()
    {
        using var repo = OnAFreshReleaseBranch();
        repo.Commit("fix: a fix");

        var r = Version(repo.Directory);

        Assert.True(r.FeatureFreezeJudged);
        Assert.Empty(r.FeatureFreezeBreaks);
        Assert.Equal("main", r.FeatureFreezeBase);
    }

    [Fact]
    public void AFeatureOrABreakingChangeAfterTheBranchPointBreaksIt()
    {
        using var repo = OnAFreshReleaseBranch();
        var feat = repo.Commit("feat: sneaked in");
        repo.Commit("fix: fine");
        var breaking = repo.Commit("refactor!: also not fine");
        var directive = repo.Commit("Tweak +semver: minor");
        repo.Git("switch", "-q", "main");
        repo.Commit("feat: main moves on");
        repo.Git("switch", "-q", "release/1.3");

        var r = Version(repo.Directory);

        Assert.Equal(new[] { directive[..7] + " Tweak +semver: minor", breaking[..7] + " refactor!: also not fine", feat[..7] + " feat: sneaked in" },
            r.FeatureFreezeBreaks);
    }

    [Fact]
    public void ARevertedFeatureNoLongerBreaksIt()
    {
        using var repo = OnAFreshReleaseBranch();
        var feat = repo.Commit("feat: oops");
        repo.Git("revert", "--no-edit", feat);

        Assert.Empty(Version(repo.Directory).FeatureFreezeBreaks);
    }

    [Fact]
    public void OnlyReleaseBranchesAreJudgedAndAMissingDefaultBranchIsNotJudged()
    {
        using var repo = OnAFreshReleaseBranch();
        repo.Commit("feat: x");
        repo.Git("switch", "-q", "main");
        Assert.False(Version(repo.Directory).FeatureFreezeJudged);

        repo.Git("switch", "-q", "release/1.3");
        repo.Git("branch", "-m", "main", "mainline");
        var r = Version(repo.Directory);
        Assert.False(r.FeatureFreezeJudged);
        Assert.Empty(r.FeatureFreezeBreaks);

        var configured = Version(repo.Directory, new VersionSettings { DefaultBranch = "mainline" });
        Assert.True(configured.FeatureFreezeJudged);
        Assert.Single(configured.FeatureFreezeBreaks);
        Assert.Equal("mainline", configured.FeatureFreezeBase);
    }

    [Fact]
    public void ACloneJudgesAgainstOriginsDefaultBranch()
    {
        using var origin = OnAFreshReleaseBranch();
        origin.Commit("feat: x");
        using var clone = new TempRepository(init: false);
        clone.GitIn(System.IO.Path.GetTempPath(), null, "clone", "-q", "-b", "release/1.3", "file://" + origin.Directory, clone.Directory);

        var r = Version(clone.Directory);

        Assert.Equal("origin/main", r.FeatureFreezeBase);
        Assert.Single(r.FeatureFreezeBreaks);
    }
}
