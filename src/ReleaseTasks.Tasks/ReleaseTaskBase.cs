using System;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Tasks;

/// <summary>
/// Base of every ReleaseTasks task: Execute is sealed so that no exception ever reaches the user as a stack
/// trace, and Core's diagnostics are logged with their RTnnnn code and help link.
/// </summary>
public abstract class ReleaseTaskBase : Task
{
    public sealed override bool Execute()
    {
        try
        {
            ExecuteCore();
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
