using System;
using System.Diagnostics;
using System.IO;
using ReleaseTasks.Git;

namespace ReleaseTasks.Tests.Git;

/// <summary>A git that never ends (a hung fetch, a prompt nobody answers) is stopped at the limit, with its children.</summary>
public class GitTimeoutTests
{
    private static string Script(string dir, string body)
    {
        var path = Path.Combine(dir, "git");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    private static bool Alive(int pid) => Directory.Exists("/proc/" + pid) && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ");

    [Fact]
    public void AGitThatNeverEndsIsStoppedWithItsChildrenAtTheLimit()
    {
        if (OperatingSystem.IsWindows()) return;
        var dir = TempRepository.NewDirectory();
        try
        {
            var pidFile = Path.Combine(dir, "child.pid");
            // The child keeps the pipes open too: killing the script alone would leave us waiting for its output.
            var git = new GitProcess(new GitSettings { Executable = Script(dir, $"sleep 600 & echo $! > '{pidFile}'\nwait"), Timeout = TimeSpan.FromSeconds(1) }, dir);
            var clock = Stopwatch.StartNew();

            var e = Assert.Throws<GitException>(() => git.Run("for-each-ref"));

            Assert.Equal(GitFailure.TimedOut, e.Kind);
            Assert.Equal(TimeSpan.FromSeconds(1), e.Timeout);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), clock.Elapsed.ToString());
            var child = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Alive(child) && DateTime.UtcNow < deadline) System.Threading.Thread.Sleep(50);
            Assert.False(Alive(child), "the child of the hung git is still running");
        }
        finally { TempRepository.Delete(dir); }
    }

    [Fact]
    public void AChildLeftHoldingTheOutputDoesNotHoldTheBuild()
    {
        if (OperatingSystem.IsWindows()) return;
        var dir = TempRepository.NewDirectory();
        try
        {
            var git = new GitProcess(new GitSettings { Executable = Script(dir, "sleep 600 &\necho partial\nexit 0"), Timeout = TimeSpan.FromSeconds(1) }, dir);
            var clock = Stopwatch.StartNew();

            var e = Assert.Throws<GitException>(() => git.Run("log"));

            Assert.Equal(GitFailure.TimedOut, e.Kind);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), clock.Elapsed.ToString());
        }
        finally { TempRepository.Delete(dir); }
    }

    [Fact]
    public void LargeInputAndOutputDoNotDeadlockWithinTheLimit()
    {
        using var repo = new TempRepository();
        var head = repo.Commit("a");
        var git = new GitProcess(new GitSettings { Timeout = TimeSpan.FromSeconds(60) }, repo.Directory);
        var request = string.Concat(System.Linq.Enumerable.Repeat(head + "\n", 20000));

        var result = git.RunWithInput(request, "cat-file", "--batch-check");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(20000, result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
