using System.IO;
using ReleaseTasks.Git;

namespace ReleaseTasks.Tests.Git;

public class GitDirectoriesTests
{
    [Fact]
    public void LocatesTheRepositoryFromAnyDirectoryInsideIt()
    {
        using var repo = new TempRepository();
        repo.Commit("a");
        var deep = Path.Combine(repo.Directory, "src", "lib", "deep");
        Directory.CreateDirectory(deep);

        var dirs = GitDirectories.Locate(deep)!;

        Assert.Equal(repo.Directory, dirs.WorkingTree);
        Assert.Equal(Path.Combine(repo.Directory, ".git"), dirs.GitDirectory);
        Assert.Equal(dirs.GitDirectory, dirs.CommonDirectory);
    }

    [Fact]
    public void NoRepositoryAboveIsNull()
    {
        var outside = TempRepository.NewDirectory();
        try
        {
            Assert.Null(GitDirectories.Locate(outside));
            Assert.Null(GitDirectories.Locate(Path.Combine(outside, "does", "not", "exist")));
        }
        finally { TempRepository.Delete(outside); }
    }

    [Fact]
    public void StateKeyIsStableWhileNothingThatDecidesTheVersionChanges()
    {
        using var repo = new TempRepository();
        repo.Commit("a");
        var dirs = GitDirectories.Locate(repo.Directory)!;

        var key = dirs.StateKey();

        Assert.NotNull(key);
        Assert.Equal(key, dirs.StateKey());
        Assert.Equal(key, GitDirectories.Locate(repo.Directory)!.StateKey());
        File.WriteAllText(Path.Combine(repo.Directory, "untracked.txt"), "x");
        Assert.Equal(key, dirs.StateKey());
        repo.Git("add", "untracked.txt");
        Assert.Equal(key, dirs.StateKey());
        repo.Git("branch", "other");
        Assert.Equal(key, dirs.StateKey());
    }

    [Fact]
    public void StateKeyChangesWhenATagIsAdded()
    {
        using var repo = new TempRepository();
        repo.Commit("a");
        var dirs = GitDirectories.Locate(repo.Directory)!;
        var before = dirs.StateKey();

        repo.Git("tag", "v1.0.0");
        var lightweight = dirs.StateKey();
        repo.Git("tag", "-a", "release/v1.1.0", "-m", "annotated, in a folder");
        var annotated = dirs.StateKey();

        Assert.NotEqual(before, lightweight);
        Assert.NotEqual(lightweight, annotated);
        Assert.Contains("v1.0.0", lightweight);
        Assert.Contains("release", annotated);
    }

    [Fact]
    public void StateKeyChangesWhenHistoryIsRewrittenByReplaceRefsOrGrafts()
    {
        using var repo = new TempRepository();
        var first = repo.Commit("a");
        var second = repo.Commit("b");
        var dirs = GitDirectories.Locate(repo.Directory)!;
        var before = dirs.StateKey();

        // git replace changes what the log of HEAD shows without moving HEAD or any tag.
        repo.Git("replace", second, first);
        var replaced = dirs.StateKey();
        File.WriteAllText(Path.Combine(repo.Directory, ".git", "info", "grafts"), second + "\n");
        var grafted = dirs.StateKey();

        Assert.NotEqual(before, replaced);
        Assert.NotEqual(replaced, grafted);
    }

    [Fact]
    public void StateKeyChangesWhenATagIsDeleted()
    {
        using var repo = new TempRepository();
        repo.Commit("a");
        repo.Git("tag", "v1.0.0");
        var dirs = GitDirectories.Locate(repo.Directory)!;
        var tagged = dirs.StateKey();

        repo.Git("tag", "-d", "v1.0.0");

        Assert.NotEqual(tagged, dirs.StateKey());
    }

    [Fact]
    public void StateKeyChangesWhenHeadMoves()
    {
        using var repo = new TempRepository();
        var first = repo.Commit("a");
        var dirs = GitDirectories.Locate(repo.Directory)!;
        var k1 = dirs.StateKey();

        var second = repo.Commit("b");
        var k2 = dirs.StateKey();
        Assert.NotEqual(k1, k2);
        Assert.Contains(second, k2);

        repo.Git("checkout", "-q", "--detach", first);
        var detached = dirs.StateKey();
        Assert.NotEqual(k2, detached);
        Assert.Contains("HEAD=" + first, detached);

        repo.Git("checkout", "-q", "-b", "feature/x");
        var onBranch = dirs.StateKey();
        Assert.NotEqual(detached, onBranch);
        Assert.Contains("refs/heads/feature/x", onBranch);

        repo.Git("reset", "-q", "--hard", second);
        Assert.NotEqual(onBranch, dirs.StateKey());
    }

    [Fact]
    public void StateKeyFollowsPackedRefs()
    {
        using var repo = new TempRepository();
        repo.Commit("a");
        repo.Git("tag", "v1.0.0");
        repo.Git("pack-refs", "--all");
        var dirs = GitDirectories.Locate(repo.Directory)!;
        var packed = dirs.StateKey()!;
        Assert.Contains("ref=packed", packed);

        repo.Git("tag", "-d", "v1.0.0");
        var deleted = dirs.StateKey();
        Assert.NotEqual(packed, deleted);

        repo.Commit("b");
        Assert.NotEqual(deleted, dirs.StateKey());
    }

    [Fact]
    public void StateKeyChangesWhenAShallowCloneIsDeepened()
    {
        using var origin = new TempRepository();
        origin.Commits("a", "b", "c");
        using var clone = origin.ShallowClone(1);
        var dirs = GitDirectories.Locate(clone.Directory)!;
        var shallow = dirs.StateKey()!;
        Assert.Contains("shallow=", shallow);

        clone.Git("fetch", "-q", "--deepen=1");

        Assert.NotEqual(shallow, dirs.StateKey());
    }

    [Fact]
    public void LinkedWorktreeReadsItsGitFileHasItsOwnHeadAndSharesRefs()
    {
        using var repo = new TempRepository();
        repo.Commit("a");
        var worktree = TempRepository.NewDirectory();
        Directory.Delete(worktree);
        try
        {
            repo.Git("worktree", "add", "-q", "-b", "wt", worktree);
            Assert.True(File.Exists(Path.Combine(worktree, ".git")), "a linked worktree has a .git file");

            var dirs = GitDirectories.Locate(Path.Combine(worktree))!;

            Assert.Equal(worktree, dirs.WorkingTree);
            Assert.NotEqual(dirs.GitDirectory, dirs.CommonDirectory);
            Assert.Equal(Path.Combine(repo.Directory, ".git"), dirs.CommonDirectory.TrimEnd(Path.DirectorySeparatorChar));
            Assert.StartsWith(Path.Combine(repo.Directory, ".git", "worktrees"), dirs.GitDirectory);
            var key = dirs.StateKey()!;
            Assert.Contains("refs/heads/wt", key);

            // A tag made in the main working tree is shared: the worktree's key changes.
            repo.Git("tag", "v1.0.0");
            var tagged = dirs.StateKey();
            Assert.NotEqual(key, tagged);

            // A commit in the main working tree moves main, not the worktree's HEAD.
            repo.Commit("b");
            Assert.Equal(tagged, dirs.StateKey());

            // A commit in the worktree moves its own branch.
            repo.GitIn(worktree, null, "commit", "-q", "--allow-empty", "-m", "in the worktree");
            Assert.NotEqual(tagged, dirs.StateKey());
        }
        finally
        {
            TempRepository.Delete(worktree);
        }
    }

    [Fact]
    public void GitFileWithARelativeGitdirIsFollowed()
    {
        using var repo = new TempRepository();
        repo.Commit("a");
        var parent = TempRepository.NewDirectory();
        try
        {
            // A layout like a submodule's: the working tree's .git is a file pointing at the git directory.
            var tree = Path.Combine(parent, "tree");
            Directory.CreateDirectory(Path.Combine(tree, "sub"));
            var relative = Path.GetRelativePath(tree, Path.Combine(repo.Directory, ".git"));
            File.WriteAllText(Path.Combine(tree, ".git"), "gitdir: " + relative + "\n");

            var dirs = GitDirectories.Locate(Path.Combine(tree, "sub"))!;

            Assert.Equal(tree, dirs.WorkingTree);
            Assert.Equal(Path.Combine(repo.Directory, ".git"), dirs.GitDirectory);
            Assert.Equal(dirs.GitDirectory, dirs.CommonDirectory);
            Assert.Equal(GitDirectories.Locate(repo.Directory)!.StateKey(), dirs.StateKey());
        }
        finally { TempRepository.Delete(parent); }
    }

    [Fact]
    public void GitFileThatIsNotAGitdirLineIsNoRepository()
    {
        var dir = TempRepository.NewDirectory();
        try
        {
            File.WriteAllText(Path.Combine(dir, ".git"), "this is not a gitdir line");
            Assert.Null(GitDirectories.Locate(dir));
        }
        finally { TempRepository.Delete(dir); }
    }

    [Fact]
    public void LayoutsItCannotReadGiveNoKey()
    {
        using var repo = new TempRepository();
        repo.Commit("a");
        var dirs = GitDirectories.Locate(repo.Directory)!;

        // reftable stores refs in binary tables: the key must come from git then.
        Directory.CreateDirectory(Path.Combine(dirs.CommonDirectory, "reftable"));
        Assert.Null(dirs.StateKey());

        // A git directory without HEAD cannot be read either.
        var broken = new GitDirectories(repo.Directory, Path.Combine(repo.Directory, "missing"), Path.Combine(repo.Directory, "missing"));
        Assert.Null(broken.StateKey());
    }
}
