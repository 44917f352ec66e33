using System;
using System.Linq;
using ReleaseTasks.Git;

namespace ReleaseTasks.Tests.Git;

public class GitProcessTests
{
    [Fact]
    public void ArgumentsReachGitExactlyAsGivenWithoutAShell()
    {
        var dir = TempRepository.NewDirectory();
        try
        {
            var git = new GitProcess("git", dir);
            var tricky = new[] { "a b", "quote\"d", "back\\slash\\", "$(echo no)", "semi;colon", "", "*" };

            // rev-parse --sq-quote prints its arguments shell-quoted, one by one: what git received.
            var result = git.Run(new[] { "rev-parse", "--sq-quote" }.Concat(tricky).ToArray());

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(" 'a b' 'quote\"d' 'back\\slash\\' '$(echo no)' 'semi;colon' '' '*'", result.Output.TrimEnd('\n'));
            Assert.Equal(1, git.ProcessCount);
        }
        finally { TempRepository.Delete(dir); }
    }

    [Fact]
    public void MessagesAreInEnglishWhateverTheLocale()
    {
        var dir = TempRepository.NewDirectory();
        try
        {
            var result = new GitProcess("git", dir).Run("rev-parse", "HEAD");

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("not a git repository", result.Error);
        }
        finally { TempRepository.Delete(dir); }
    }

    [Fact]
    public void RunCheckedThrowsOnFailureAndReturnsOutputOnSuccess()
    {
        using var repo = new TempRepository();
        var head = repo.Commit("a");
        var git = new GitProcess("git", repo.Directory);

        Assert.Equal(head, git.RunChecked("rev-parse", "HEAD").Trim());
        var e = Assert.Throws<GitException>(() => git.RunChecked("rev-parse", "--verify", "no-such-ref"));
        Assert.Equal(128, e.ExitCode);
        Assert.Equal("rev-parse --verify no-such-ref", e.Arguments);
        Assert.Contains("(128)", e.Message);
        Assert.Equal(2, git.ProcessCount);
    }

    [Fact]
    public void EmptyExecutableMeansGitOnPath()
    {
        Assert.Equal("git", new GitProcess("", ".").Executable);
        Assert.Equal("git", new GitProcess("  ", ".").Executable);
        Assert.Equal("/usr/bin/git", new GitProcess("/usr/bin/git", ".").Executable);
    }

    [Fact]
    public void AnExecutableThatCannotStartIsReportedAsNotFound()
    {
        var e = Assert.Throws<GitException>(() => new GitProcess("/nonexistent/" + Guid.NewGuid().ToString("N"), ".").Run("--version"));
        Assert.True(e.ExecutableNotFound);
        Assert.Equal(-1, e.ExitCode);
    }
}
