using System;

namespace ReleaseTasks.Versioning;

/// <summary>One project's request for its version.</summary>
public sealed record VersionRequest(string ProjectDirectory, VersionSettings Settings)
{
    /// <summary>The git executable: "git" on PATH unless ReleaseTasksGitPath says otherwise.</summary>
    public string GitExecutable { get; init; } = "git";

    /// <summary>Reads environment variables (CI detection); replaceable in tests.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;
}
