namespace ReleaseTasks.Diagnostics;

/// <summary>One message for the user: an RTnnnn code, how bad it is, and text that names the fix.</summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message)
{
    public string HelpLink => DiagnosticCatalog.HelpLink(Code);

    /// <summary>The file the message is about (logged as file(line): so IDEs and CI show it there).</summary>
    public string? File { get; init; }

    public int Line { get; init; }

    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
