using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ReleaseTasks.Git;

/// <summary>
/// The environment every git process of a build runs in. Two jobs:
/// <list type="bullet">
/// <item>Repository variables a git hook or wrapper passes down (GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE, …) are
/// resolved as git resolves them where the build started, and handed on as absolute paths: MSBuild runs tasks in
/// the project's directory, where a relative <c>GIT_DIR=.git</c> names nothing.</item>
/// <item>Variables that change what git prints, or make it wait for a person, are pinned or removed.</item>
/// </list>
/// </summary>
public sealed class GitEnvironment
{
    // Relative values are relative to the directory the git command that set them ran in: where the build started.
    private static readonly string[] StartRelative = { "GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY" };

    // Variables that change which history git reads: part of the cache key, passed on unchanged.
    private static readonly string[] HistoryVariables = { "GIT_REPLACE_REF_BASE", "GIT_NO_REPLACE_OBJECTS", "GIT_SHALLOW_FILE", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM" };

    // Variables that change what git prints or how it reads pathspecs: never handed to our git processes.
    private static readonly string[] Removed =
    {
        "GIT_EXTERNAL_DIFF", "GIT_DIFF_OPTS", "GIT_LITERAL_PATHSPECS", "GIT_GLOB_PATHSPECS", "GIT_NOGLOB_PATHSPECS",
        "GIT_ICASE_PATHSPECS", "GIT_NOTES_REF", "GIT_REDIRECT_STDOUT", "GIT_REDIRECT_STDERR", "GIT_DIFF_PATH_COUNTER",
        "GIT_DIFF_PATH_TOTAL", "GIT_EDITOR", "GIT_SEQUENCE_EDITOR",
    };

    /// <summary>GIT_COMMON_DIR, absolute, when set.</summary>
    public string? CommonDirectory => _overrides.TryGetValue("GIT_COMMON_DIR", out var common) ? common : null;

    private readonly Dictionary<string, string?> _overrides = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _repositoryVariables = new(StringComparer.Ordinal);

    private GitEnvironment() { }

    /// <summary>The inherited environment as it is (tests, tools outside MSBuild).</summary>
    public static GitEnvironment Inherited { get; } = Resolve(null, null, Environment.GetEnvironmentVariable);

    /// <summary>
    /// Resolves the repository variables of <paramref name="read"/> as git would in <paramref name="startupDirectory"/>
    /// (the build's start, MSBuildStartupDirectory; the current directory when null). <paramref name="projectDirectory"/>
    /// finds the work tree when no variable names one.
    /// </summary>
    public static GitEnvironment Resolve(string? startupDirectory, string? projectDirectory, Func<string, string?> read)
    {
        var env = new GitEnvironment();
        var start = string.IsNullOrEmpty(startupDirectory) ? Directory.GetCurrentDirectory() : startupDirectory!;

        foreach (var name in StartRelative)
        {
            var value = read(name);
            if (string.IsNullOrEmpty(value)) continue;
            var full = Absolute(start, value!);
            env._overrides[name] = full;
            env._repositoryVariables[name] = full;
        }

        if (env._overrides.TryGetValue("GIT_DIR", out var gitDir) && gitDir != null)
        {
            env.GitDirectory = gitDir;
            env.WorkTree = env._overrides.TryGetValue("GIT_WORK_TREE", out var workTree) && workTree != null
                ? workTree
                : WorkTreeOf(gitDir, start);
            // Pinned, so that a git started in the project's directory does not take that directory for the top.
            env._overrides["GIT_WORK_TREE"] = env.WorkTree;
            env._repositoryVariables["GIT_WORK_TREE"] = env.WorkTree;
        }
        else if (env._overrides.TryGetValue("GIT_WORK_TREE", out var onlyWorkTree))
        {
            env.WorkTree = onlyWorkTree;
        }

        // Git reads GIT_INDEX_FILE after moving to the top of the work tree (a pre-commit hook gets ".git/index").
        var index = read("GIT_INDEX_FILE");
        if (!string.IsNullOrEmpty(index))
        {
            var top = env.WorkTree
                ?? (projectDirectory == null ? null : GitDirectories.Locate(projectDirectory)?.WorkingTree)
                ?? start;
            var full = Absolute(top, index!);
            env._overrides["GIT_INDEX_FILE"] = full;
            env._repositoryVariables["GIT_INDEX_FILE"] = full;
        }

        foreach (var name in HistoryVariables)
        {
            var value = read(name);
            if (!string.IsNullOrEmpty(value)) env._repositoryVariables[name] = value!;
        }

        foreach (var name in Removed) env._overrides[name] = null;
        // Machine-readable output whatever the user's language; no pager; never wait for a person (a credential
        // prompt in a build is a hang); no optional locks that would contend with the user's own git.
        env._overrides["LC_ALL"] = "C";
        env._overrides["LANGUAGE"] = null;
        env._overrides["GIT_PAGER"] = "cat";
        env._overrides["PAGER"] = "cat";
        env._overrides["GIT_TERMINAL_PROMPT"] = "0";
        env._overrides["GCM_INTERACTIVE"] = "never";
        env._overrides["GIT_OPTIONAL_LOCKS"] = "0";
        return env;
    }

    /// <summary>The git directory named by GIT_DIR, absolute; null when git finds it by walking up.</summary>
    public string? GitDirectory { get; private set; }

    /// <summary>The work tree named by GIT_WORK_TREE (or implied with GIT_DIR), absolute; null when git finds it.</summary>
    public string? WorkTree { get; private set; }

    /// <summary>What to set (or, when null, remove) in the environment of every git process.</summary>
    public IReadOnlyDictionary<string, string?> Overrides => _overrides;

    /// <summary>The repository variables in effect, for cache keys: two builds that differ in them read different history.</summary>
    public string Key
    {
        get
        {
            var sb = new StringBuilder();
            foreach (var pair in _repositoryVariables) sb.Append(pair.Key).Append('=').Append(pair.Value).Append('\n');
            return sb.ToString();
        }
    }

    private static string Absolute(string start, string path)
    {
        try
        {
            return Path.GetFullPath(Path.Combine(start, path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    /// <summary>
    /// GIT_DIR without GIT_WORK_TREE: a linked worktree's git directory names its work tree (the "gitdir" file); a
    /// directory called .git belongs to its parent; otherwise git takes its current directory, the build's start.
    /// </summary>
    private static string WorkTreeOf(string gitDir, string start)
    {
        try
        {
            var link = Path.Combine(gitDir, "gitdir");
            if (File.Exists(link))
            {
                var dotGit = File.ReadAllText(link).Trim();
                if (dotGit.Length > 0) return Path.GetDirectoryName(Absolute(gitDir, dotGit)) ?? start;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        var trimmed = gitDir.TrimEnd('/', '\\');
        if (string.Equals(Path.GetFileName(trimmed), ".git", StringComparison.Ordinal))
            return Path.GetDirectoryName(trimmed) ?? start;
        return start;
    }
}
