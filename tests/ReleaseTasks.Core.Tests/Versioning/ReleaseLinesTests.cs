using System.Linq;
using ReleaseTasks.Git;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

/// <summary>"Main never versions at or below a release that branched from it", on real repositories and clones.</summary>
public class ReleaseLinesTests
{
    private static VersionResolution Resolve(string dir, VersionSettings? settings = null) =>
        ReleaseVersionResolver.Resolve(new VersionRequest(dir, settings ?? new VersionSettings()) { Environment = _ => null });

    private static string Version(string dir, VersionSettings? settings = null) => Resolve(dir, settings).Result.PackageVersion;

    /// <summary>v1.2.0 then a feat on main: main builds 1.3.0-alpha.1 until release/1.3 is cut.</summary>
    private static TempRepository MainAfterAFeature()
    {
        var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v1.2.0");
        repo.Commit("feat: b");
        return repo;
    }

    [Fact]
    public void ALocalReleaseBranchMovesMainToTheNextMinor()
    {
        using var repo = MainAfterAFeature();
        Assert.Equal("1.3.0-alpha.1", Version(repo.Directory));

        repo.Git("branch", "release/1.3");
        repo.Commit("fix: c");

        var r = Resolve(repo.Directory).Result;
        Assert.Equal("1.4.0-alpha.2", r.PackageVersion);
        Assert.Contains("above release/1.3 → 1.4.0", r.Explanation);
    }

    [Fact]
    public void AReleaseTaggedOnItsBranchKeepsMainAboveItAfterTheBranchIsDeleted()
    {
        using var repo = MainAfterAFeature();
        repo.Git("switch", "-q", "-c", "release/1.3");
        repo.Commit("fix: on the release");
        repo.Git("tag", "v1.3.0");
        repo.Git("switch", "-q", "main");
        repo.Commit("fix: on main");
        Assert.Equal("1.4.0-alpha.2", Version(repo.Directory));

        repo.Git("branch", "-D", "release/1.3");

        var r = Resolve(repo.Directory).Result;
        Assert.Equal("1.4.0-alpha.2", r.PackageVersion);
        Assert.Contains("above v1.3.0 → 1.4.0", r.Explanation);
    }

    [Fact]
    public void ACloneWithOnlyOriginsReleaseBranchSeesItToo()
    {
        using var origin = MainAfterAFeature();
        origin.Git("branch", "release/1.3");
        using var clone = new TempRepository(init: false);
        clone.GitIn(System.IO.Path.GetTempPath(), null, "clone", "-q", "--no-tags", "file://" + origin.Directory, clone.Directory);
        clone.Git("tag", "v1.2.0", "HEAD~1");
        Assert.Equal("", clone.Git("branch", "--list", "release/*"));
        Assert.Contains("origin/release/1.3", clone.Git("branch", "-r"));

        var r = Resolve(clone.Directory).Result;

        Assert.Equal("1.4.0-alpha.1", r.PackageVersion);
        Assert.Contains("above origin/release/1.3 → 1.4.0", r.Explanation);
    }

    [Fact]
    public void AMajorOnMainIsAlreadyAboveAndFeatureBranchesAndReleaseBranchesAreNotLifted()
    {
        using var repo = MainAfterAFeature();
        repo.Git("branch", "release/1.3");
        repo.Commit("feat!: c");
        Assert.Equal("2.0.0-alpha.2", Version(repo.Directory));

        repo.Git("switch", "-q", "-c", "feature/x");
        Assert.Equal("2.0.0-alpha.feature-x.2", Version(repo.Directory));
        repo.Git("switch", "-q", "release/1.3");
        Assert.Equal("1.3.0-rc.1", Version(repo.Directory));
    }

    [Fact]
    public void PreReleaseTagsElsewhereDoNotLiftMainAndATagPrefixIgnoresUnprefixedBranches()
    {
        using var repo = MainAfterAFeature();
        repo.Git("switch", "-q", "-c", "feature/next");
        repo.Commit("feat: big");
        repo.Git("tag", "v3.0.0-beta.1");
        repo.Git("switch", "-q", "main");
        Assert.Equal("1.3.0-alpha.1", Version(repo.Directory));

        repo.Git("branch", "release/1.3");
        repo.Git("tag", "lib-v1.2.0", "HEAD~1");
        Assert.Equal("1.3.0-alpha.1", Version(repo.Directory, new VersionSettings { TagPrefix = "lib-v" }));
    }

    [Fact]
    public void TheRefsAreReadByTheSameSingleGitProcessAsTheTags()
    {
        using var repo = MainAfterAFeature();
        var before = Resolve(repo.Directory);
        repo.Git("branch", "release/1.3");
        var after = Resolve(repo.Directory);

        Assert.Equal("1.4.0-alpha.1", after.Result.PackageVersion);
        Assert.Equal(before.GitProcesses, after.GitProcesses);
    }

    [Fact]
    public void ACreatedReleaseBranchChangesTheCacheKey()
    {
        using var repo = MainAfterAFeature();
        var request = new VersionRequest(repo.Directory, new VersionSettings()) { Environment = _ => null };
        var before = ReleaseVersionResolver.CacheKey(request);
        repo.Git("branch", "release/1.3");
        Assert.NotEqual(before, ReleaseVersionResolver.CacheKey(request));
        repo.Git("pack-refs", "--all");
        var packed = ReleaseVersionResolver.CacheKey(request);
        repo.Git("branch", "other");
        Assert.Equal(packed, ReleaseVersionResolver.CacheKey(request));
    }
}
