using System.Collections.Generic;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

public class ReleaseVersionResolverTests
{
    private static VersionResolution Resolve(string dir, Dictionary<string, string>? env = null, VersionSettings? settings = null, string git = "git") =>
        ReleaseVersionResolver.Resolve(new VersionRequest(dir, settings ?? new VersionSettings())
        {
            GitExecutable = git,
            Environment = name => env != null && env.TryGetValue(name, out var v) ? v : null,
        });

    [Fact]
    public void TaggedHistoryInARealRepository()
    {
        var repo = new TempRepository();
        repo.Commit("chore: init");
        repo.Git("tag", "v2.0.0");
        repo.Commit("feat: x");

        var r = Resolve(repo.Directory);

        Assert.Equal("2.1.0-alpha.1", r.Result.PackageVersion);
        Assert.Equal("v2.0.0", r.Result.PreviousTag);
        Assert.Equal(3, r.GitProcesses);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void NewerReleasesOnOtherBranchesAreSkipped(int newerReleases)
    {
        var repo = new TempRepository();
        repo.Commit("chore: init");
        repo.Git("tag", "v1.0.0");
        repo.Git("branch", "old");
        for (var i = 2; i < 2 + newerReleases; i++)
        {
            repo.Commit($"feat!: {i}");
            repo.Git("tag", $"v{i}.0.0");
        }
        repo.Git("checkout", "-q", "old");
        repo.Commit("fix: on the old branch");

        var r = Resolve(repo.Directory);

        Assert.Equal("1.0.1-alpha.old.1", r.Result.PackageVersion);
        Assert.Equal("v1.0.0", r.Result.PreviousTag);
    }

    [Fact]
    public void DetachedHeadTakesTheBranchFromCi()
    {
        var repo = new TempRepository();
        repo.Commit("chore: init");
        repo.Git("tag", "v2.0.0");
        repo.Commit("feat: x");
        repo.Git("checkout", "-q", "--detach");

        var r = Resolve(repo.Directory, new() { ["GITLAB_CI"] = "true", ["CI_COMMIT_BRANCH"] = "release/3.1" });

        Assert.Equal("3.1.0-rc.1", r.Result.PackageVersion);
        Assert.Equal("release/3.1", r.Result.Branch);
    }

    [Fact]
    public void ShallowCloneWithoutVisibleTagWarns()
    {
        var repo = new TempRepository();
        repo.Commit("a");
        repo.Git("tag", "v1.0.0");
        repo.Commit("b");
        repo.Commit("c");
        var clone = new TempRepository(init: false);
        repo.Git("clone", "-q", "--depth", "1", "file://" + repo.Directory, clone.Directory + "/c");

        var r = Resolve(clone.Directory + "/c");

        Assert.Equal("RT1003", Assert.Single(r.Result.Diagnostics, d => d.Code == "RT1003").Code);
        Assert.Equal("0.1.0-alpha.1", r.Result.PackageVersion);
    }

    [Fact]
    public void NoRepositoryNoGitAndNoCommitsFallBackWithAWarning()
    {
        Assert.Equal("RT1001", Assert.Single(Resolve(new TempRepository(init: false).Directory).Result.Diagnostics).Code);

        var empty = new TempRepository();
        var unborn = Resolve(empty.Directory);
        Assert.Equal("RT1004", Assert.Single(unborn.Result.Diagnostics).Code);
        Assert.Equal("0.1.0-alpha.0", unborn.Result.PackageVersion);

        var repo = new TempRepository();
        repo.Commit("a");
        Assert.Equal("RT1002", Assert.Single(Resolve(repo.Directory, git: "/nonexistent/git").Result.Diagnostics).Code);
    }

    [Fact]
    public void CacheKeyDependsOnSettingsAndCi()
    {
        var repo = new TempRepository();
        repo.Commit("a");
        var plain = ReleaseVersionResolver.CacheKey(new VersionRequest(repo.Directory, new VersionSettings()) { Environment = _ => null });
        var prefixed = ReleaseVersionResolver.CacheKey(new VersionRequest(repo.Directory, new VersionSettings { TagPrefix = "x-" }) { Environment = _ => null });
        var onCi = ReleaseVersionResolver.CacheKey(new VersionRequest(repo.Directory, new VersionSettings())
            { Environment = n => n == "BUILDKITE" ? "true" : n == "BUILDKITE_BRANCH" ? "b" : null });

        Assert.NotNull(plain);
        Assert.NotEqual(plain, prefixed);
        Assert.NotEqual(plain, onCi);
    }
}
