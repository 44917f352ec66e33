using System.Collections.Generic;
using ReleaseTasks.Git;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

/// <summary>
/// Issue 11 item 1: a release tag checked out on a detached HEAD outside CI (git checkout v1.0.1) has no branch, yet
/// is LTS when an lts/* or support/* branch, local or remote-tracking, holds it. One git call, only then.
/// </summary>
public class LtsOnADetachedTagTests
{
    private static VersionResolution Resolve(string directory) =>
        ReleaseVersionResolver.Resolve(new VersionRequest(directory, new VersionSettings()) { Environment = _ => null });

    [Fact]
    public void ATagOnASupportBranchCheckedOutDetachedIsLts()
    {
        using var repo = new TempRepository();
        repo.Commits("feat: a");
        repo.Git("tag", "v1.0.0");
        repo.Commits("feat: b");
        repo.Git("checkout", "-q", "-b", "support/1.0", "v1.0.0");
        repo.Commit("fix: backport");
        repo.Git("tag", "v1.0.1");
        repo.Git("checkout", "-q", "--detach", "v1.0.1");

        var lts = Resolve(repo.Directory);
        Assert.Equal("1.0.1", lts.Result.PackageVersion);
        Assert.Equal("", lts.Result.Branch);
        Assert.True(lts.Result.OnLtsBranch);

        // The main line's release is not, and an untagged detached HEAD asks git nothing more.
        repo.Git("checkout", "-q", "--detach", "v1.0.0");
        repo.Git("branch", "-q", "-D", "support/1.0");
        Assert.False(Resolve(repo.Directory).Result.OnLtsBranch);
    }

    [Fact]
    public void ARemoteTrackingLtsBranchCountsAsWell()
    {
        using var repo = new TempRepository();
        repo.Commits("feat: a");
        repo.Git("tag", "v2.0.0");
        repo.Git("update-ref", "refs/remotes/origin/lts/2.x", "HEAD");
        repo.Git("checkout", "-q", "--detach", "v2.0.0");
        repo.Git("branch", "-q", "-D", "main");
        Assert.True(Resolve(repo.Directory).Result.OnLtsBranch);
    }

    [Theory]
    [InlineData("refs/heads/lts/2.x", true)]
    [InlineData("refs/heads/Support/1.0", true)]
    [InlineData("refs/remotes/upstream/support/1.0", true)]
    [InlineData("refs/remotes/origin/main", false)]
    [InlineData("refs/remotes/lts/x", false)]
    [InlineData("refs/heads/feature/lts/x", false)]
    public void WhichReferencesAreLts(string reference, bool lts) =>
        Assert.Equal(lts, ReleaseChannel.AnyLts(new List<string> { reference }));
}
