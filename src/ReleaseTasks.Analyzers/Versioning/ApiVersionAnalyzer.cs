using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseTasks.Analyzers.Versioning;

/// <summary>
/// Compares the compilation's public API with the API of the previous release, and both with the version being
/// built (ReleaseTasksVersion and ReleaseTasksApiBaselineVersion, compiler-visible properties): an API removed or
/// changed without a major release is an error (RT5001, at the end of the compilation, once every symbol is seen);
/// new API in a patch release is a warning at its declaration (RT5002, which a code fix records).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ApiVersionAnalyzer : DiagnosticAnalyzer
{
    private const int MaxRemovedReported = 25;

    public const string ApiNameProperty = "ApiName";
    public const string ApiNameWithNullabilityProperty = "ApiNameWithNullability";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.BreakingChangeWithoutMajor, Descriptors.NewApiInPatch, Descriptors.NoApiBaseline,
            Descriptors.AbstractMemberAdded, Descriptors.PublicApiEntry);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // Generated code is part of the API too (it must be seen, or its members would look removed); nothing
        // is reported in it.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext start)
    {
        var options = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
        if (options.TryGetValue("build_property.ReleaseTasksWritePublicApi", out var write) && string.Equals(write, "true", StringComparison.OrdinalIgnoreCase))
        {
            ListEntries(start);
            return;
        }

        options.TryGetValue("build_property.ReleaseTasksVersion", out var version);
        // The release being compared with: the previous tag, or on a tagged HEAD the release before that tag.
        options.TryGetValue("build_property.ReleaseTasksApiBaselineVersion", out var previous);
        options.TryGetValue("build_property.ReleaseTasksApiBaselineTag", out var previousTag);
        if (string.IsNullOrWhiteSpace(version) || string.IsNullOrWhiteSpace(previous)) return;

        var kind = ReleaseKinds.Of(version!, previous!);
        if (kind == ReleaseKind.Unjudged) return;
        var file = ApiBaseline.Find(start.Options.AdditionalFiles);
        var text = file?.GetText(start.CancellationToken)?.ToString();
        var baseline = text == null ? null : ApiBaseline.Read(text);
        var release = string.IsNullOrWhiteSpace(previousTag) ? previous! : previousTag!;
        if (baseline == null)
        {
            start.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(Descriptors.NoApiBaseline, Location.None, release)));
            return;
        }
        var corrections = ApiBaseline.Find(start.Options.AdditionalFiles, ApiBaseline.CorrectionsFileName)?.GetText(start.CancellationToken)?.ToString();
        if (corrections != null) baseline.Correct(corrections, release);

        // Every name the compilation's API answers to; what the baseline has beyond them was removed or changed.
        var seen = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var forwarded = ForwardedTypes.Of(start.Compilation);
        foreach (var (_, names, _) in forwarded)
            foreach (var name in names) seen.TryAdd(name, 0);
        if (kind == ReleaseKind.Patch)
        {
            // A newly forwarded type is new API of this assembly, reported at its attribute.
            ReportAtAttributes(start, forwarded.Where(f => !f.Names.Any(baseline.Entries.Contains)), f =>
            {
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(ApiNameProperty, f.Names[0]).Add(ApiNameWithNullabilityProperty, f.Names[PublicApiNames.AnnotatedName]);
                return Diagnostic.Create(Descriptors.NewApiInPatch, f.Location, properties, f.Names[0], version, release);
            });
        }
        start.RegisterSymbolAction(symbolContext =>
        {
            foreach (var (symbol, names) in PublicApiNames.Of(symbolContext.Symbol))
            {
                foreach (var name in names) seen.TryAdd(name, 0);
                if (kind == ReleaseKind.Breaking || names.Any(baseline.Entries.Contains)) continue;
                var location = symbol.Locations.FirstOrDefault(l => l.IsInSource)
                               ?? symbol.ContainingType?.Locations.FirstOrDefault(l => l.IsInSource);
                if (location == null) continue;
                // Members the compiler generates come with a declaration that is reported itself (a new record, a
                // type that became one); older PublicApiAnalyzers (3.3.x) did not list them, so their files lack them.
                if (symbol.IsImplicitlyDeclared) continue;
                if (BreaksImplementers(symbol, baseline))
                {
                    symbolContext.ReportDiagnostic(Diagnostic.Create(Descriptors.AbstractMemberAdded, location, names[0], release, version));
                    continue;
                }
                if (kind != ReleaseKind.Patch) continue;
                // The code fix records the name in PublicAPI.Unshipped.txt, in the file's own spelling.
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(ApiNameProperty, names[0]).Add(ApiNameWithNullabilityProperty, names[PublicApiNames.AnnotatedName]);
                symbolContext.ReportDiagnostic(Diagnostic.Create(Descriptors.NewApiInPatch, location, properties, names[0], version, release));
            }
        }, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Field, SymbolKind.Event, SymbolKind.Property);

        if (kind == ReleaseKind.Breaking) return;
        start.RegisterCompilationEndAction(end =>
        {
            // Experimental API ('[ID]' entries) carries no compatibility promise: it may go or change in any release.
            var removed = baseline.Entries.Where(e => !seen.ContainsKey(e) && !ExperimentalApi.IsExperimentalEntry(e))
                .OrderBy(e => e, StringComparer.Ordinal).ToList();
            foreach (var entry in removed.Take(MaxRemovedReported))
                end.ReportDiagnostic(baseline.NotInCodeAtTag.Contains(entry)
                    ? Diagnostic.Create(Descriptors.BreakingChangeWithoutMajor, Location.None, entry.TrimStart('~'),
                        $"is listed in the API files at {release} although no C# file of the project at that tag mentions it (the files were stale at the tag)",
                        version, $"Record what {release} really had, with no major version and no moved tag: add the line '*REMOVED*{entry}' under a line '[{release}]' in PublicAPI.Corrections.txt beside PublicAPI.Shipped.txt, and commit it")
                    : Diagnostic.Create(Descriptors.BreakingChangeWithoutMajor, Location.None, entry.TrimStart('~'),
                        $"was public API in {release} and is gone or changed", version,
                        $"Declare the break with a 'feat!:' commit or a 'BREAKING CHANGE:' footer (a major bump; minor while the major version is 0), or restore the API. Only if {release} itself did not have it (its API files were stale at the tag): add '*REMOVED*{entry}' under '[{release}]' in PublicAPI.Corrections.txt"));
        });
    }

    /// <summary>
    /// ReleaseTasksWritePublicApi=true: every API entry becomes an RT5005 message in the compiler's error log, from
    /// which the build writes PublicAPI.Shipped.txt — with nullability annotations when nullable is enabled.
    /// </summary>
    private static void ListEntries(CompilationStartAnalysisContext start)
    {
        var nullable = start.Compilation.Options.NullableContextOptions != Microsoft.CodeAnalysis.NullableContextOptions.Disable;
        ReportAtAttributes(start, ForwardedTypes.Of(start.Compilation),
            f => Diagnostic.Create(Descriptors.PublicApiEntry, f.Location, nullable ? f.Names[PublicApiNames.AnnotatedName] : f.Names[0]));
        start.RegisterSymbolAction(symbolContext =>
        {
            foreach (var (symbol, names) in PublicApiNames.Of(symbolContext.Symbol))
            {
                var location = symbol.Locations.FirstOrDefault(l => l.IsInSource) ?? Location.None;
                symbolContext.ReportDiagnostic(Diagnostic.Create(Descriptors.PublicApiEntry, location, nullable ? names[PublicApiNames.AnnotatedName] : names[0]));
            }
        }, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Field, SymbolKind.Event, SymbolKind.Property);
    }

    /// <summary>
    /// Diagnostics of forwarded types, at the <c>[assembly: TypeForwardedTo]</c> attribute: reported with the syntax tree
    /// that holds it, so they are ordinary (not compilation-end) diagnostics like those of declared API.
    /// </summary>
    private static void ReportAtAttributes(CompilationStartAnalysisContext start,
        IEnumerable<(ISymbol Symbol, string[] Names, Location Location)> entries, Func<(ISymbol Symbol, string[] Names, Location Location), Diagnostic> create)
    {
        var list = entries.ToList();
        if (list.Count == 0) return;
        start.RegisterSemanticModelAction(model =>
        {
            foreach (var entry in list)
                if (entry.Location.SourceTree == model.SemanticModel.SyntaxTree) model.ReportDiagnostic(create(entry));
        });
    }

    /// <summary>
    /// A new abstract member, or an interface member without a body, of a type that was already public API: every
    /// existing implementation stops compiling.
    /// </summary>
    private static bool BreaksImplementers(ISymbol symbol, ApiBaseline baseline)
    {
        if (!symbol.IsAbstract || symbol is INamedTypeSymbol || symbol.ContainingType is not { } type) return false;
        return PublicApiNames.Of(type).Any(entry => entry.Symbol.Equals(type, SymbolEqualityComparer.Default) && entry.Names.Any(baseline.Entries.Contains));
    }
}
