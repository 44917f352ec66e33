using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseTasks.Analyzers.Versioning;

/// <summary>
/// Compares the compilation's public API with the API of the previous release, and both with the version being
/// built (ReleaseTasksVersion and ReleaseTasksPreviousVersion, compiler-visible properties): an API removed or
/// changed without a major release is an error (RT5001); new API in a patch release is a warning (RT5002).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ApiVersionAnalyzer : DiagnosticAnalyzer
{
    private const int MaxRemovedReported = 25;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.BreakingChangeWithoutMajor, Descriptors.NewApiInPatch, Descriptors.NoApiBaseline);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(Analyze);
    }

    private static void Analyze(CompilationAnalysisContext end)
    {
        var options = end.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
        options.TryGetValue("build_property.ReleaseTasksVersion", out var version);
        options.TryGetValue("build_property.ReleaseTasksPreviousVersion", out var previous);
        options.TryGetValue("build_property.ReleaseTasksPreviousTag", out var previousTag);
        if (string.IsNullOrWhiteSpace(version) || string.IsNullOrWhiteSpace(previous)) return;

        var kind = ReleaseKinds.Of(version!, previous!);
        if (kind == ReleaseKind.Unjudged) return;
        var file = ApiBaseline.Find(end.Options.AdditionalFiles);
        var text = file?.GetText(end.CancellationToken)?.ToString();
        var baseline = text == null ? null : ApiBaseline.Read(text);
        var release = string.IsNullOrWhiteSpace(previousTag) ? previous! : previousTag!;
        if (baseline == null)
        {
            end.ReportDiagnostic(Diagnostic.Create(Descriptors.NoApiBaseline, Location.None, release));
            return;
        }
        Compare(end, baseline, kind, version!, release);
    }

    private static void Compare(CompilationAnalysisContext end, ApiBaseline baseline, ReleaseKind kind, string version, string release)
    {
        var current = PublicApiNames.Of(end.Compilation).ToList();
        var seen = new System.Collections.Generic.HashSet<string>(current.SelectMany(c => c.Names), System.StringComparer.Ordinal);

        if (kind != ReleaseKind.Breaking)
        {
            var removed = baseline.Entries.Where(e => !seen.Contains(e)).OrderBy(e => e, System.StringComparer.Ordinal).ToList();
            foreach (var entry in removed.Take(MaxRemovedReported))
                end.ReportDiagnostic(Diagnostic.Create(Descriptors.BreakingChangeWithoutMajor, Location.None, entry.TrimStart('~'), release, version));
        }

        if (kind == ReleaseKind.Patch)
        {
            foreach (var (symbol, names) in current)
            {
                if (names.Any(baseline.Entries.Contains)) continue;
                var location = symbol.Locations.FirstOrDefault(l => l.IsInSource)
                               ?? symbol.ContainingType?.Locations.FirstOrDefault(l => l.IsInSource)
                               ?? Location.None;
                end.ReportDiagnostic(Diagnostic.Create(Descriptors.NewApiInPatch, location, names[0], version, release));
            }
        }
    }
}
