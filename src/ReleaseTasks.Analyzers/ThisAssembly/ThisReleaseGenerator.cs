using Microsoft.CodeAnalysis;

namespace ReleaseTasks.Analyzers.ThisAssembly;

/// <summary>
/// The version in code: an internal static class of constants (default <c>ThisRelease</c> in the RootNamespace) from the
/// values the build passes as compiler-visible properties. Reads nothing but those options, so an edit to the code
/// reuses the cached output, and a design-time build gets the cached or fallback version the targets computed.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ThisReleaseGenerator : IIncrementalGenerator
{
    public const string ValuesStep = "ReleaseTasks.ThisRelease.Values";
    public const string SourceStep = "ReleaseTasks.ThisRelease.Source";
    public const string HintName = "ReleaseTasks.ThisRelease.g.cs";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var source = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ThisReleaseValues.From(options.GlobalOptions))
            .WithTrackingName(ValuesStep)
            .Select(static (values, _) => values == null ? null : ThisReleaseSource.From(values))
            .WithTrackingName(SourceStep);

        context.RegisterSourceOutput(source, static (output, generated) =>
        {
            if (generated == null) return;
            if (generated.InvalidClassName != null)
                output.ReportDiagnostic(Diagnostic.Create(ThisReleaseDescriptors.InvalidClassName, Location.None,
                    generated.InvalidClassName, ThisReleaseSource.DefaultClassName));
            output.AddSource(HintName, generated.Text);
        });
    }
}
