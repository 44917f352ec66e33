using System;
using System.Globalization;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Git;

namespace ReleaseTasks.Tasks;

/// <summary>
/// Base of every ReleaseTasks task: Execute is sealed so that no exception ever reaches the user as a stack
/// trace, and Core's diagnostics are logged with their RTnnnn code and help link. What the environment does to
/// us (git missing, hung or refusing the repository, a disk that cannot be written) gets its own code; RT0003 is
/// kept for real defects.
/// </summary>
public abstract class ReleaseTaskBase : Task
{
    /// <summary>ReleaseTasksGitTimeout: seconds each git process may take. Empty: the default (120).</summary>
    public string? GitTimeout { get; set; }

    /// <summary>MSBuildStartupDirectory: where the build started, which is where a git hook's relative GIT_DIR and
    /// GIT_WORK_TREE point from.</summary>
    public string? StartupDirectory { get; set; }

    public sealed override bool Execute()
    {
        try
        {
            ExecuteCore();
        }
        catch (GitException e)
        {
            Report(DiagnosticCatalog.ForGitFailure(e, Git.Executable, null));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(DiagnosticCatalog.FileSystem(What, e));
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            Report(DiagnosticCatalog.Unexpected(What, e));
        }
        return !Log.HasLoggedErrors;
    }

    /// <summary>What the task does, for the unexpected-failure message ("compute the version").</summary>
    protected abstract string What { get; }

    protected abstract void ExecuteCore();

    /// <summary>ReleaseTasksGitPath, or git on PATH when it is empty.</summary>
    protected static string GitOrDefault(string? gitPath) => string.IsNullOrWhiteSpace(gitPath) ? "git" : gitPath!;

    /// <summary>What <see cref="CreateGitSettings"/> made last (the defaults before): how this task runs git, also
    /// for the message when a git failure escapes the task's own handling.</summary>
    protected GitSettings Git { get; private set; } = GitSettings.Default;

    /// <summary>
    /// How this task runs git, from ReleaseTasksGitPath and ReleaseTasksGitTimeout; null (after RT0001) when the
    /// timeout is not a positive number of seconds.
    /// </summary>
    protected GitSettings? CreateGitSettings(string? gitPath, string projectDirectory)
    {
        var timeout = GitSettings.DefaultTimeout;
        if (!string.IsNullOrWhiteSpace(GitTimeout))
        {
            if (!double.TryParse(GitTimeout!.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                || double.IsNaN(seconds) || seconds <= 0 || seconds > int.MaxValue / 1000.0)
            {
                Report(DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksGitTimeout", GitTimeout!, "a positive number of seconds, e.g. 120"));
                return null;
            }
            timeout = TimeSpan.FromSeconds(seconds);
        }
        return Git = new GitSettings
        {
            Executable = GitOrDefault(gitPath),
            Timeout = timeout,
            Environment = GitEnvironment.Resolve(StartupDirectory, projectDirectory, Environment.GetEnvironmentVariable),
        };
    }

    /// <summary>A boolean property as the user wrote it: true/false (any case) or empty for <paramref name="default"/>;
    /// anything else is RT0001 and null, instead of MSBuild's own MSB4030.</summary>
    protected bool? ParseBoolean(string property, string? value, bool @default)
    {
        if (string.IsNullOrWhiteSpace(value)) return @default;
        if (bool.TryParse(value!.Trim(), out var parsed)) return parsed;
        Report(DiagnosticCatalog.InvalidPropertyValue(property, value!, "true or false"));
        return null;
    }

    /// <summary>
    /// Whether any logger takes messages of this importance: a no-op build at normal verbosity then skips formatting
    /// lines nobody reads (issue 12). MSBuild before 17.3 (Visual Studio 2022 17.0-17.2) has no such question; there
    /// every message is written, as before.
    /// </summary>
    protected bool Listens(MessageImportance importance)
    {
        try
        {
            return AskLogger(importance);
        }
        catch (MissingMethodException)
        {
            return true;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool AskLogger(MessageImportance importance) => Log.LogsMessagesOfImportance(importance);

    protected void Report(Diagnostic diagnostic)
    {
        var file = diagnostic.File ?? BuildEngine?.ProjectFileOfTaskNode;
        switch (diagnostic.Severity)
        {
            case DiagnosticSeverity.Error:
                Log.LogError(null, diagnostic.Code, null, diagnostic.HelpLink, file, diagnostic.Line, 0, 0, 0, diagnostic.Message);
                break;
            case DiagnosticSeverity.Warning:
                Log.LogWarning(null, diagnostic.Code, null, diagnostic.HelpLink, file, diagnostic.Line, 0, 0, 0, diagnostic.Message);
                break;
            case DiagnosticSeverity.Info:
                Log.LogMessage(MessageImportance.Normal, "ReleaseTasks: " + diagnostic.Code + ": " + diagnostic.Message);
                break;
            default:
                Log.LogMessage(MessageImportance.Low, "ReleaseTasks: " + diagnostic.Code + ": " + diagnostic.Message);
                break;
        }
    }
}
