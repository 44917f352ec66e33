using System;

namespace ReleaseTasks.Git;

/// <summary>Why a git command gave no usable answer; each kind has its own diagnostic.</summary>
public enum GitFailure
{
    /// <summary>git ran and exited with an error.</summary>
    Failed,

    /// <summary>The executable could not be started (not installed, wrong ReleaseTasksGitPath).</summary>
    NotFound,

    /// <summary>git did not finish within ReleaseTasksGitTimeout and was killed.</summary>
    TimedOut,

    /// <summary>git refused the repository: owned by another user and not listed in safe.directory.</summary>
    UnsafeRepository,
}

/// <summary>A git command that could not be run, or that failed; carries what the user needs to see.</summary>
public sealed class GitException : Exception
{
    public GitException(string arguments, int exitCode, string error, bool executableNotFound = false)
        : this(arguments, exitCode, error, executableNotFound ? GitFailure.NotFound : Classify(error))
    {
    }

    public GitException(string arguments, int exitCode, string error, GitFailure kind)
        : base($"git {arguments} failed ({exitCode}): {error}")
    {
        Arguments = arguments;
        ExitCode = exitCode;
        Error = error;
        Kind = kind;
    }

    public string Arguments { get; }
    public int ExitCode { get; }
    public string Error { get; }
    public GitFailure Kind { get; }
    public bool ExecutableNotFound => Kind == GitFailure.NotFound;

    /// <summary>For <see cref="GitFailure.TimedOut"/>: the limit that was exceeded.</summary>
    public TimeSpan Timeout { get; init; }

    // git's own wording since 2.35.2 (CVE-2022-24765); LC_ALL=C keeps it in English.
    private static GitFailure Classify(string error) => IsUnsafeRepository(error) ? GitFailure.UnsafeRepository : GitFailure.Failed;

    /// <summary>git's refusal of a repository owned by another user (safe.directory).</summary>
    public static bool IsUnsafeRepository(string error) =>
        error.IndexOf("detected dubious ownership", StringComparison.OrdinalIgnoreCase) >= 0;
}
