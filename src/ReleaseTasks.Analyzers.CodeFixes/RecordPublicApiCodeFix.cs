using System;
using System.Collections.Immutable;
using System.Composition;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using ReleaseTasks.Analyzers.Versioning;

namespace ReleaseTasks.Analyzers;

/// <summary>
/// RT5002's fix: record the new member in PublicAPI.Unshipped.txt, in the file's own spelling (with nullability
/// annotations when the API files start with '#nullable enable').
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RecordPublicApiCodeFix)), Shared]
public sealed class RecordPublicApiCodeFix : CodeFixProvider
{
    private const string UnshippedFileName = "PublicAPI.Unshipped.txt";
    private const string ShippedFileName = "PublicAPI.Shipped.txt";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(AnalyzerIds.NewApiInPatch);

    // Each fix edits the same file: fixing them one by one keeps every line.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var unshipped = context.Document.Project.AdditionalDocuments.FirstOrDefault(d => Path.GetFileName(d.FilePath) == UnshippedFileName);
        if (unshipped == null) return Task.CompletedTask;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(ApiVersionAnalyzer.ApiNameProperty, out var name) || name == null) continue;
            diagnostic.Properties.TryGetValue(ApiVersionAnalyzer.ApiNameWithNullabilityProperty, out var nullableName);
            context.RegisterCodeFix(
                CodeAction.Create($"Record '{name}' in {UnshippedFileName}",
                    token => RecordAsync(context.Document.Project, unshipped.Id, name, nullableName ?? name, token),
                    equivalenceKey: nameof(RecordPublicApiCodeFix)),
                diagnostic);
        }
        return Task.CompletedTask;
    }

    private static async Task<Solution> RecordAsync(Project project, DocumentId unshippedId, string name, string nullableName, CancellationToken token)
    {
        var unshipped = project.GetAdditionalDocument(unshippedId)!;
        var text = await unshipped.GetTextAsync(token).ConfigureAwait(false);
        var shipped = project.AdditionalDocuments.FirstOrDefault(d => Path.GetFileName(d.FilePath) == ShippedFileName);
        var shippedText = shipped == null ? null : await shipped.GetTextAsync(token).ConfigureAwait(false);
        var nullable = StartsWithNullableEnable(text) || shippedText != null && StartsWithNullableEnable(shippedText);

        var content = text.ToString();
        var newline = content.Contains("\r\n") ? "\r\n" : "\n";
        var line = nullable ? nullableName : name;
        var updated = content.Length == 0 || content.EndsWith("\n", StringComparison.Ordinal)
            ? content + line + newline
            : content + newline + line + newline;
        return project.Solution.WithAdditionalDocumentText(unshippedId, SourceText.From(updated, text.Encoding));
    }

    private static bool StartsWithNullableEnable(SourceText text) =>
        text.Lines.Count > 0 && text.Lines[0].ToString().Trim() == "#nullable enable";
}
