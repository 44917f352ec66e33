namespace ReleaseTasks.Diagnostics;

public enum DiagnosticSeverity
{
    /// <summary>Shown at detailed verbosity only.</summary>
    Detail,
    /// <summary>Shown at normal verbosity.</summary>
    Info,
    Warning,
    Error,
}
