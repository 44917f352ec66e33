using System.IO;
using ReleaseTasks.Git;

namespace ReleaseTasks.Tests.Git;

/// <summary>HEAD read from the files must say exactly what git rev-parse says, or nothing.</summary>
public class GitDirectoriesReadHeadTests
{
    [Fact]
    public void LooseAndPackedBranchesAndDetachedHeads()
    {
        var repo = new TempRepository();
        var first = repo.Commit("a");
        var dirs = GitDirectories.Locate(repo.Directory)!;

        var loose = dirs.ReadHead()!;
        Assert.Equal(first, loose.HeadCommit);
        Assert.Equal("main", loose.Branch);
        Assert.False(loose.IsShallow);

        repo.Git("pack-refs", "--all");
        Assert.False(File.Exists(Path.Combine(repo.Directory, ".git", "refs", "heads", "main")));
        Assert.Equal(first, dirs.ReadHead()!.HeadCommit);

        repo.Git("checkout", "-q", "--detach");
        var detached = dirs.ReadHead()!;
        Assert.Equal(first, detached.HeadCommit);
        Assert.Null(detached.Branch);
    }

    [Fact]
    public void UnbornBranchHasNoCommitAndNoBranchLikeRevParse()
    {
        var repo = new TempRepository();

        var info = GitDirectories.Locate(repo.Directory)!.ReadHead()!;

        Assert.False(info.HasCommits);
        Assert.Null(info.Branch);
    }

    [Fact]
    public void WorktreesReadTheirOwnHeadAndShallowClonesSaySo()
    {
        var repo = new TempRepository();
        repo.Commit("a");
        var second = repo.Commit("b");
        var worktree = Path.Combine(Path.GetTempPath(), "rt-core-tests", System.Guid.NewGuid().ToString("N"));
        repo.Git("worktree", "add", "-q", "-b", "wt", worktree);
        var fromWorktree = GitDirectories.Locate(worktree)!.ReadHead()!;
        Assert.Equal("wt", fromWorktree.Branch);
        Assert.Equal(second, fromWorktree.HeadCommit);

        var clone = Path.Combine(Path.GetTempPath(), "rt-core-tests", System.Guid.NewGuid().ToString("N"));
        repo.Git("clone", "-q", "--depth", "1", "file://" + repo.Directory, clone);
        Assert.True(GitDirectories.Locate(clone)!.ReadHead()!.IsShallow);
    }

    [Fact]
    public void AnUnusualHeadIsLeftToGit()
    {
        var repo = new TempRepository();
        repo.Commit("a");
        File.WriteAllText(Path.Combine(repo.Directory, ".git", "HEAD"), "ref: refs/remotes/origin/main\n");

        Assert.Null(GitDirectories.Locate(repo.Directory)!.ReadHead());
    }
}
