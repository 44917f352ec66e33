using Microsoft.CodeAnalysis;

namespace ReleaseTasks.Analyzers.ThisAssembly;

internal static class ThisReleaseDescriptors
{
    public static readonly DiagnosticDescriptor InvalidClassName = new(
        AnalyzerIds.ThisAssemblyInvalidClassName,
        "ReleaseTasksThisAssemblyClass is not a C# identifier",
        "ReleaseTasksThisAssemblyClass '{0}' is not a C# identifier, so the version class is generated as '{1}'. Set ReleaseTasksThisAssemblyClass to a name such as ThisRelease (letters, digits and '_', not starting with a digit, not a keyword).",
        "Versioning", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The generated class needs a name that C# accepts; the default name keeps the build going.",
        helpLinkUri: AnalyzerIds.HelpLink(AnalyzerIds.ThisAssemblyInvalidClassName));
}
