using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// The cache file the other nodes of a parallel build read, tampered with as another local user would: a forged
/// version for the exact key, a FIFO, a link, a file cut short. The project's own cache under obj/ is deleted
/// before each build, so only the shared file could answer: the build must compute the true version, promptly.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class SharedCache
{
    private const string Version = "1.2.1-alpha.1";

    [Fact]
    public void ATamperedSharedCacheFileNeverGivesTheVersionNorBlocksTheBuild()
    {
        // Unix permissions and FIFOs; on Windows the profile's ACL guards the directory.
        if (OperatingSystem.IsWindows()) return;
        var s = Scenario.Create();
        s.Repo.Tag("v1.2.0");
        s.Repo.Commit("fix: a");
        var git = new GitCounter();
        var arguments = new[] { "-p:ReleaseTasksGitPath=" + git.Executable, "-p:ReleaseTasksVerbosity=detailed" };
        var objCache = Path.Combine(s.ProjectDirectory, "obj", "ReleaseTasks.version.cache");

        Assert.Contains("ReleaseTasks: " + Version, Build(s, arguments).Output);
        var shared = SharedFileOf(s.Repo.Directory);
        try
        {
            var valid = File.ReadAllText(shared);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(shared));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(shared)!));

            // The shared file alone answers a build whose obj/ cache is gone: no git at all.
            File.Delete(objCache);
            git.Reset();
            Assert.Contains("ReleaseTasks: " + Version, Build(s, arguments).Output);
            Assert.Empty(git.Calls);

            // The exact key and format with a version of the forger's choosing, readable by others as a file
            // another user planted would have to be.
            var forged = valid.Replace("version=" + Version + "\n", "version=9.9.9\n").Replace("explanation=" + Version, "explanation=9.9.9");
            Assert.Contains("version=9.9.9\n", forged);
            AssertIgnored(s, git, arguments, objCache, shared, "is open to other users", () =>
            {
                File.WriteAllText(shared, forged);
                File.SetUnixFileMode(shared, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            });

            // Opening a FIFO for reading waits for a writer: a build (or the IDE) would hang.
            AssertIgnored(s, git, arguments, objCache, shared, "is not a regular file", () =>
            {
                File.Delete(shared);
                Run("mkfifo", "-m", "600", shared);
            });

            // A link, even to an owner-only file with the forged version.
            var target = Path.Combine(TestDirectory.Create("forged"), "forged.version.cache");
            File.WriteAllText(target, forged);
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            AssertIgnored(s, git, arguments, objCache, shared, "is a link", () =>
            {
                File.Delete(shared);
                File.CreateSymbolicLink(shared, target);
            });

            // Cut short in the version: "1.2" would be a valid but wrong version without the format's end line.
            AssertIgnored(s, git, arguments, objCache, shared, null, () =>
                File.WriteAllText(shared, valid.Substring(0, valid.IndexOf("version=", StringComparison.Ordinal) + "version=1.2".Length)));

            // Each of those builds put back a good file, which the next build reads.
            Assert.Equal(valid, File.ReadAllText(shared));
        }
        finally
        {
            File.Delete(shared);
        }
    }

    private static void AssertIgnored(Scenario s, GitCounter git, string[] arguments, string objCache, string shared, string? why, Action tamper)
    {
        File.Delete(objCache);
        tamper();
        git.Reset();

        var build = Build(s, arguments);

        Assert.Contains("ReleaseTasks: " + Version + " (", build.Output);
        Assert.DoesNotContain("9.9.9", build.Output);
        Assert.NotEmpty(git.Calls);
        if (why != null) Assert.Contains("ReleaseTasks: [detail] user cache not used: " + shared + " " + why, build.Output);
    }

    /// <summary>A build that hangs fails the test in two minutes (a plain build here takes seconds).</summary>
    private static ProcessResult Build(Scenario s, string[] arguments)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = ProcessRunner.Run("dotnet", new[] { "build", "-nodeReuse:false", "-v:n" }.Concat(arguments),
            s.ProjectDirectory, DotNet.BaseEnvironment(), TimeSpan.FromMinutes(2)).EnsureSuccess("build");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromMinutes(2));
        return result;
    }

    /// <summary>The file the first build wrote for this repository in the user's cache directory (its key names
    /// the repository).</summary>
    private static string SharedFileOf(string repository)
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var directory = !string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)
            ? Path.Combine(xdg, "ReleaseTasks")
            : OperatingSystem.IsMacOS()
                ? Path.Combine(Environment.GetEnvironmentVariable("HOME")!, "Library", "Caches", "ReleaseTasks")
                : Path.Combine(Environment.GetEnvironmentVariable("HOME")!, ".cache", "ReleaseTasks");
        var files = Directory.EnumerateFiles(directory, "*.version.cache")
            .Where(f => File.ReadAllText(f).Contains("repo=" + repository + "\\n", StringComparison.Ordinal))
            .ToArray();
        return Assert.Single(files);
    }

    private static void Run(string program, params string[] arguments) =>
        ProcessRunner.Run(program, arguments, Path.GetTempPath()).EnsureSuccess(program);
}
