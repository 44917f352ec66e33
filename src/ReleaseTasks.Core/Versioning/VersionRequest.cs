using System;

namespace ReleaseTasks.Versioning;

/// <summary>One project's request for its version.</summary>
public sealed record VersionRequest(string ProjectDirectory, VersionSettings Settings)
{
    /// <summary>How git is run: executable (ReleaseTasksGitPath), timeout, environment.</summary>
    public ReleaseTasks.Git.GitSettings Git { get; init; } = ReleaseTasks.Git.GitSettings.Default;

    /// <summary>Reads environment variables (CI detection); replaceable in tests.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;
}
