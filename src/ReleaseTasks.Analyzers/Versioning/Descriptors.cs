using Microsoft.CodeAnalysis;

namespace ReleaseTasks.Analyzers.Versioning;

internal static class Descriptors
{
    private const string Category = "Versioning";

    public static readonly DiagnosticDescriptor BreakingChangeWithoutMajor = new(
        AnalyzerIds.BreakingChangeWithoutMajor,
        "Public API removed or changed without a major version",
        "'{0}' {1}, but {2} is not a major release. {3}.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A removed or incompatibly changed public member breaks every caller; SemVer asks for a major version.",
        helpLinkUri: AnalyzerIds.HelpLink(AnalyzerIds.BreakingChangeWithoutMajor),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor NewApiInPatch = new(
        AnalyzerIds.NewApiInPatch,
        "New public API in a patch release",
        "'{0}' is new public API, but {1} is a patch release of {2}. New API needs a minor release: use a 'feat:' commit for the change that adds it.",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "SemVer: a patch release fixes bugs without changing the API.",
        helpLinkUri: AnalyzerIds.HelpLink(AnalyzerIds.NewApiInPatch));

    public static readonly DiagnosticDescriptor AbstractMemberAdded = new(
        AnalyzerIds.AbstractMemberAdded,
        "Abstract or interface member added without a major version",
        "'{0}' is a new abstract or interface member of a type that was public API in {1}: every type that implements or derives from it breaks, but {2} is not a major release. Declare the break with a 'feat!:' commit or a 'BREAKING CHANGE:' footer, or give the member a default implementation.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Adding an abstract member or an interface member without a body breaks implementers, as ApiCompat counts it.",
        helpLinkUri: AnalyzerIds.HelpLink(AnalyzerIds.AbstractMemberAdded));

    /// <summary>Only with ReleaseTasksWritePublicApi=true: one per API entry, collected from the error log into
    /// PublicAPI.Shipped.txt by the build (analyzers must not write files themselves).</summary>
    public static readonly DiagnosticDescriptor PublicApiEntry = new(
        AnalyzerIds.PublicApiEntry,
        "Public API entry",
        "{0}",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        helpLinkUri: AnalyzerIds.HelpLink(AnalyzerIds.PublicApiEntry));

    public static readonly DiagnosticDescriptor NoApiBaseline = new(
        AnalyzerIds.NoApiBaseline,
        "No public API baseline",
        "No public API file (PublicAPI.Shipped.txt) was found at {0}, so the version bump is not checked against the API",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        helpLinkUri: AnalyzerIds.HelpLink(AnalyzerIds.NoApiBaseline),
        customTags: WellKnownDiagnosticTags.CompilationEnd);
}
