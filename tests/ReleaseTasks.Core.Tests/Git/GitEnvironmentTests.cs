using System;
using System.Collections.Generic;
using System.IO;
using ReleaseTasks.Git;

namespace ReleaseTasks.Tests.Git;

/// <summary>What git hooks and wrappers hand down (relative GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE) resolved as git does.</summary>
public class GitEnvironmentTests
{
    private static Func<string, string?> Env(params string[] pairs)
    {
        var map = new Dictionary<string, string>();
        for (var i = 0; i + 1 < pairs.Length; i += 2) map[pairs[i]] = pairs[i + 1];
        return name => map.TryGetValue(name, out var v) ? v : null;
    }

    [Fact]
    public void RelativeGitDirAndWorkTreeAreFromWhereTheBuildStarted()
    {
        using var repo = new TempRepository();
        repo.Commit("a");
        var project = Path.Combine(repo.Directory, "src", "Lib");
        Directory.CreateDirectory(project);

        // git --git-dir=.git --work-tree=. push, at the root; the hook runs dotnet build there.
        var env = GitEnvironment.Resolve(repo.Directory, project, Env("GIT_DIR", ".git", "GIT_WORK_TREE", ".", "GIT_INDEX_FILE", ".git/index"));

        Assert.Equal(Path.Combine(repo.Directory, ".git"), env.GitDirectory);
        Assert.Equal(repo.Directory, env.WorkTree);
        Assert.Equal(Path.Combine(repo.Directory, ".git"), env.Overrides["GIT_DIR"]);
        Assert.Equal(repo.Directory, env.Overrides["GIT_WORK_TREE"]);
        Assert.Equal(Path.Combine(repo.Directory, ".git", "index"), env.Overrides["GIT_INDEX_FILE"]);
        var dirs = GitDirectories.Locate(project, env)!;
        Assert.Equal(repo.Head, dirs.ReadHead()!.HeadCommit);
    }

    [Fact]
    public void APreCommitHooksIndexIsFromTheTopOfTheWorkTree()
    {
        using var repo = new TempRepository();
        repo.Commit("a");
        var project = Path.Combine(repo.Directory, "src");
        Directory.CreateDirectory(project);

        var env = GitEnvironment.Resolve(project, project, Env("GIT_INDEX_FILE", ".git/index"));

        Assert.Null(env.GitDirectory);
        Assert.Equal(Path.Combine(repo.Directory, ".git", "index"), env.Overrides["GIT_INDEX_FILE"]);
    }

    [Fact]
    public void ALinkedWorktreesGitDirNamesItsWorkTree()
    {
        using var repo = new TempRepository();
        repo.Commit("a");
        var worktree = TempRepository.NewDirectory();
        Directory.Delete(worktree);
        try
        {
            repo.Git("worktree", "add", "-q", worktree);
            var gitDir = repo.Git("-C", worktree, "rev-parse", "--absolute-git-dir");
            var project = Path.Combine(worktree, "src");
            Directory.CreateDirectory(project);

            // A hook of the worktree gets GIT_DIR=<repo>/.git/worktrees/<name> and no GIT_WORK_TREE.
            var env = GitEnvironment.Resolve(project, project, Env("GIT_DIR", gitDir));

            Assert.Equal(worktree, env.WorkTree);
            Assert.Equal(worktree, env.Overrides["GIT_WORK_TREE"]);
            var info = new GitCliHistory(new GitSettings { Environment = env }, project).Open()!;
            Assert.Equal(repo.Head, info.HeadCommit);
        }
        finally { TempRepository.Delete(worktree); }
    }

    [Fact]
    public void VariablesThatChangeOutputArePinnedOrRemoved()
    {
        var env = GitEnvironment.Resolve("/", null, Env("GIT_EXTERNAL_DIFF", "false", "GIT_LITERAL_PATHSPECS", "1", "GIT_PAGER", "less"));

        Assert.Null(env.Overrides["GIT_EXTERNAL_DIFF"]);
        Assert.Null(env.Overrides["GIT_LITERAL_PATHSPECS"]);
        Assert.Equal("cat", env.Overrides["GIT_PAGER"]);
        Assert.Equal("0", env.Overrides["GIT_TERMINAL_PROMPT"]);
        Assert.Equal("C", env.Overrides["LC_ALL"]);
    }

    [Fact]
    public void TheKeyChangesWithTheVariablesThatChangeHistory()
    {
        var plain = GitEnvironment.Resolve("/", null, Env()).Key;
        var replaced = GitEnvironment.Resolve("/", null, Env("GIT_NO_REPLACE_OBJECTS", "1")).Key;
        var otherDir = GitEnvironment.Resolve("/", null, Env("GIT_DIR", "/elsewhere/.git")).Key;

        Assert.NotEqual(plain, replaced);
        Assert.NotEqual(plain, otherDir);
    }
}
