using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ReleaseTasks.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A real git repository in a temporary directory, driven through the git CLI with a configuration of its own
/// (user set, no signing, main branch), so the machine's git settings never leak into a test.
/// </summary>
public sealed class GitRepository
{
    private static readonly string EmptyConfig = CreateEmptyConfig();
    private int _fileCounter;

    public GitRepository(string directory) => Directory = directory;

    public string Directory { get; }

    public static GitRepository Create(string? directory = null)
    {
        var repo = new GitRepository(directory ?? TestDirectory.Create());
        System.IO.Directory.CreateDirectory(repo.Directory);
        repo.Git("init", "-q", "-b", "main");
        File.WriteAllText(Path.Combine(repo.Directory, ".gitignore"), "bin/\nobj/\n*.nupkg\n");
        return repo;
    }

    public static IDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        ["GIT_CONFIG_GLOBAL"] = EmptyConfig,
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["GIT_AUTHOR_NAME"] = "Test",
        ["GIT_AUTHOR_EMAIL"] = "test@example.com",
        ["GIT_COMMITTER_NAME"] = "Test",
        ["GIT_COMMITTER_EMAIL"] = "test@example.com",
        ["GIT_TERMINAL_PROMPT"] = "0",
    };

    /// <summary>When set, the author and committer date of the commits made from now on (ISO 8601).</summary>
    public string? CommitDate { get; set; }

    public string Git(params string[] arguments)
    {
        var env = Environment;
        if (CommitDate != null) env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = CommitDate;
        return ProcessRunner.Run("git", new[] { "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", "-c", "protocol.file.allow=always" }.Concat(arguments),
            Directory, env).EnsureSuccess("git " + string.Join(" ", arguments)).Output.Trim();
    }

    /// <summary>Commits a change to a file of its own (or the given one) with the full message.</summary>
    public string Commit(string message, string? path = null)
    {
        path ??= $"changes/change{++_fileCounter}.txt";
        var full = Path.Combine(Directory, path);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.AppendAllText(full, message + "\n");
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
        return Head;
    }

    public void CommitAll(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "--allow-empty", "-m", message);
    }

    public string Head => Git("rev-parse", "HEAD");

    public void Tag(string name) => Git("tag", name);

    public void AnnotatedTag(string name) => Git("tag", "-a", name, "-m", "Release " + name);

    public void Checkout(params string[] arguments) => Git(new[] { "checkout", "-q" }.Concat(arguments).ToArray());

    private static string CreateEmptyConfig()
    {
        var path = Path.Combine(Path.GetTempPath(), "releasetasks-e2e-gitconfig");
        if (!File.Exists(path)) File.WriteAllText(path, "[init]\n\tdefaultBranch = main\n[safe]\n\tdirectory = *\n");
        return path;
    }
}
