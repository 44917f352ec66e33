using System;

namespace ReleaseTasks.Git;

/// <summary>How every git process of a task is started: which executable, how long it may take, in what environment.</summary>
public sealed record GitSettings
{
    /// <summary>ReleaseTasksGitTimeout's default: long enough for a cold walk of a huge history on a slow disk.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    public static GitSettings Default { get; } = new();

    /// <summary>ReleaseTasksGitPath: "git" finds it on PATH.</summary>
    public string Executable { get; init; } = "git";

    /// <summary>Each git process is killed (with its children) after this long.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    public GitEnvironment Environment { get; init; } = GitEnvironment.Inherited;
}
