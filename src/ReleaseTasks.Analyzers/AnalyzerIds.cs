namespace ReleaseTasks.Analyzers;

/// <summary>The analyzers' RT5xxx ids, in one place; retired ids are never reused. Each has docs/diagnostics/RTnnnn.md.</summary>
public static class AnalyzerIds
{
    public const string DocsBaseUrl = "https://github.com/ReleaseTasks/ReleaseTasks/blob/main/docs/diagnostics/";

    public const string BreakingChangeWithoutMajor = "RT5001";
    public const string NewApiInPatch = "RT5002";
    public const string NoApiBaseline = "RT5003";
    public const string AbstractMemberAdded = "RT5004";
    public const string PublicApiEntry = "RT5005";
    public const string ThisAssemblyInvalidClassName = "RT5010";

    public static string HelpLink(string id) => DocsBaseUrl + id + ".md";
}
