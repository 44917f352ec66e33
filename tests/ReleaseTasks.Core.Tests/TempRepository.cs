using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace ReleaseTasks.Tests;

/// <summary>A real git repository in a temporary directory, with a configuration of its own.</summary>
public sealed class TempRepository
{
    private int _n;

    public TempRepository(bool init = true)
    {
        Directory = Path.Combine(Path.GetTempPath(), "rt-core-tests", System.Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        if (init) Git("init", "-q", "-b", "main");
    }

    public string Directory { get; }

    public static Dictionary<string, string?> Environment { get; } = new()
    {
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
        ["GIT_AUTHOR_NAME"] = "T", ["GIT_AUTHOR_EMAIL"] = "t@example.com",
        ["GIT_COMMITTER_NAME"] = "T", ["GIT_COMMITTER_EMAIL"] = "t@example.com",
    };

    public string Git(params string[] args)
    {
        var psi = new ProcessStartInfo("git") { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", "-c", "protocol.file.allow=always" }) psi.ArgumentList.Add(a);
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in Environment) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new System.InvalidOperationException($"git {string.Join(" ", args)}: {error}");
        return output.Trim();
    }

    public string Commit(string message, string? path = null)
    {
        path ??= $"f{++_n}.txt";
        var full = Path.Combine(Directory, path);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.AppendAllText(full, message + "\n");
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
        return Git("rev-parse", "HEAD");
    }
}
