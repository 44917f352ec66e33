using System.IO;
using ReleaseTasks.Git;

namespace ReleaseTasks.Tests.Git;

public class GitDirectoriesTests
{
    [Fact]
    public void StateKeyChangesWhenHeadOrTagsMoveAndOnlyThen()
    {
        var repo = new TempRepository();
        repo.Commit("a");
        var dirs = GitDirectories.Locate(Path.Combine(repo.Directory))!;

        var k1 = dirs.StateKey();
        Assert.Equal(k1, dirs.StateKey());
        File.WriteAllText(Path.Combine(repo.Directory, "untracked.txt"), "x");
        Assert.Equal(k1, dirs.StateKey());

        repo.Git("tag", "v1.0.0");
        var k2 = dirs.StateKey();
        Assert.NotEqual(k1, k2);

        repo.Commit("b");
        Assert.NotEqual(k2, dirs.StateKey());
    }

    [Fact]
    public void LinkedWorktreeHasItsOwnHeadAndSharesRefs()
    {
        var repo = new TempRepository();
        repo.Commit("a");
        var worktree = Path.Combine(Path.GetTempPath(), "rt-core-tests", System.Guid.NewGuid().ToString("N"));
        repo.Git("worktree", "add", "-q", "-b", "wt", worktree);

        var dirs = GitDirectories.Locate(worktree)!;

        Assert.Equal(worktree, dirs.WorkingTree);
        Assert.NotEqual(dirs.GitDirectory, dirs.CommonDirectory);
        Assert.Equal(Path.Combine(repo.Directory, ".git"), dirs.CommonDirectory.TrimEnd('/'));
        Assert.Contains("refs/heads/wt", dirs.StateKey());
    }

    [Fact]
    public void NoRepositoryAboveIsNull()
    {
        var outside = new TempRepository(init: false);
        Assert.Null(GitDirectories.Locate(outside.Directory));
    }
}
