using System;

namespace ReleaseTasks.Git;

/// <summary>A git command that could not be run, or that failed; carries what the user needs to see.</summary>
public sealed class GitException : Exception
{
    public GitException(string arguments, int exitCode, string error, bool executableNotFound = false)
        : base($"git {arguments} failed ({exitCode}): {error}")
    {
        Arguments = arguments;
        ExitCode = exitCode;
        Error = error;
        ExecutableNotFound = executableNotFound;
    }

    public string Arguments { get; }
    public int ExitCode { get; }
    public string Error { get; }
    public bool ExecutableNotFound { get; }
}
