using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.CompilerServices;

namespace ReleaseTasks.Tests;

/// <summary>
/// A real git repository in a temporary directory, driven by the git CLI with a configuration of its own: the
/// machine's system and global git configuration never take part (no user name, signing, hooks or default
/// branch from the developer's ~/.gitconfig), and the directory is deleted on Dispose.
/// </summary>
public sealed class TempRepository : IDisposable
{
    /// <summary>The options every git command of the tests gets, whatever the machine's configuration.</summary>
    private static readonly string[] Options =
    {
        "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false",
        "-c", "init.defaultBranch=main", "-c", "protocol.file.allow=always", "-c", "core.autocrlf=false",
        "-c", "advice.detachedHead=false",
    };

    private int _n;

    public TempRepository(bool init = true)
    {
        Directory = NewDirectory();
        if (init) Git("init", "-q", "-b", "main");
    }

    public string Directory { get; }

    /// <summary>A git configuration file that is empty, standing in for the user's global one.</summary>
    public static string EmptyConfig { get; } = CreateEmptyConfig();

    /// <summary>
    /// The git processes the code under test starts inherit this process's environment: isolate them too, and
    /// make sure a test run started from a git hook (GIT_DIR set) never touches the enclosing repository.
    /// </summary>
    [ModuleInitializer]
    internal static void IsolateGit()
    {
        Environment.SetEnvironmentVariable("GIT_CONFIG_NOSYSTEM", "1");
        // build/test.sh's second pass: the code under test reads a hostile global configuration (the tests' own git
        // commands, in GitIn, keep the empty one).
        var hostile = Environment.GetEnvironmentVariable("RELEASETASKS_TEST_GIT_CONFIG");
        Environment.SetEnvironmentVariable("GIT_CONFIG_GLOBAL", string.IsNullOrEmpty(hostile) ? EmptyConfig : Path.GetFullPath(hostile));
        foreach (var name in new[] { "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY", "GIT_CEILING_DIRECTORIES" })
            Environment.SetEnvironmentVariable(name, null);

        // Every temporary file or directory a test makes (Path.GetTempPath() reads TMPDIR on each call) lands in one
        // directory of this run: a test that fails before its own cleanup leaves nothing behind for long. The test
        // host is ended without ProcessExit, so each run deletes the directories of runs whose process is gone.
        if (!OperatingSystem.IsWindows())
        {
            var root = Path.Combine(Path.GetTempPath(), "rt-core-tests");
            DeleteRunsOfEndedProcesses(root);
            var run = Path.Combine(root, "run-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            System.IO.Directory.CreateDirectory(run);
            Environment.SetEnvironmentVariable("TMPDIR", run);
        }
    }

    private static void DeleteRunsOfEndedProcesses(string root)
    {
        if (!System.IO.Directory.Exists(root)) return;
        foreach (var dir in System.IO.Directory.EnumerateDirectories(root, "run-*"))
        {
            var parts = Path.GetFileName(dir).Split('-');
            if (parts.Length != 3 || !int.TryParse(parts[1], out var pid) || IsRunning(pid)) continue;
            Delete(dir);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static string NewDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "rt-core-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Runs git in <see cref="Directory"/> (or <paramref name="workingDirectory"/>) and returns its trimmed output.</summary>
    public string Git(params string[] args) => GitIn(Directory, null, args);

    public string GitIn(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var psi = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in Options) psi.ArgumentList.Add(a);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        psi.Environment["GIT_CONFIG_GLOBAL"] = EmptyConfig;
        psi.Environment["LC_ALL"] = "C";
        if (environment != null)
            foreach (var (k, v) in environment) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var errorTask = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var error = errorTask.Result;
        if (p.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(" ", args)} failed ({p.ExitCode}): {error}");
        return output.Trim();
    }

    /// <summary>Changes a file (a new one unless <paramref name="path"/> is given) and commits it; returns the commit id.</summary>
    public string Commit(string message, string? path = null, DateTimeOffset? date = null)
    {
        path ??= $"f{++_n}.txt";
        var full = Path.Combine(Directory, path);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.AppendAllText(full, Guid.NewGuid().ToString("N") + "\n");
        Git("add", "--", path);
        Dictionary<string, string>? env = null;
        if (date is { } d)
        {
            var text = d.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
            env = new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = text, ["GIT_COMMITTER_DATE"] = text };
        }
        GitIn(Directory, env, "commit", "-q", "--no-verify", "-m", message);
        return Head;
    }

    /// <summary>Several commits in a row (oldest first); returns the last id.</summary>
    public string Commits(params string[] messages)
    {
        var last = string.Empty;
        foreach (var m in messages) last = Commit(m);
        return last;
    }

    public string Head => Git("rev-parse", "HEAD");

    /// <summary>Clones this repository with <c>--depth</c> over file:// (a real shallow clone) into a new directory.</summary>
    public TempRepository ShallowClone(int depth, params string[] extra)
    {
        var clone = new TempRepository(init: false);
        var args = new List<string> { "clone", "-q", "--depth", depth.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        args.AddRange(extra);
        args.Add("file://" + Directory);
        args.Add(clone.Directory);
        GitIn(Path.GetTempPath(), null, args.ToArray());
        return clone;
    }

    public void Dispose() => Delete(Directory);

    /// <summary>Deletes a directory tree, read-only git objects included; a leftover is not worth failing a test.</summary>
    public static void Delete(string directory)
    {
        try
        {
            if (!System.IO.Directory.Exists(directory)) return;
            foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
                File.SetAttributes(file, FileAttributes.Normal);
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static string CreateEmptyConfig()
    {
        var dir = Path.Combine(Path.GetTempPath(), "rt-core-tests");
        System.IO.Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "empty-" + Environment.ProcessId + ".gitconfig");
        File.WriteAllText(path, string.Empty);
        return path;
    }
}
