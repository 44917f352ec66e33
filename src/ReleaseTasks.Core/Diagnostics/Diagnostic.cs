namespace ReleaseTasks.Diagnostics;

/// <summary>One message for the user: an RTnnnn code, how bad it is, and text that names the fix.</summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message)
{
    public string HelpLink => DiagnosticCatalog.HelpLink(Code);

    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
