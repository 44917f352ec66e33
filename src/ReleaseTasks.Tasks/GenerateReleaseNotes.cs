using Microsoft.Build.Framework;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.ReleaseNotes;

namespace ReleaseTasks.Tasks;

/// <summary>
/// Writes the release notes of the version being built (Markdown and JSON) and hands them to NuGet's pack as
/// PackageReleaseNotes, unless the project set its own.
/// </summary>
public sealed class GenerateReleaseNotes : ReleaseNotesTaskBase
{
    public string? MarkdownFile { get; set; }
    public string? JsonFile { get; set; }

    /// <summary>The project's PackageReleaseNotes before this task: when set, it is the user's and stays.</summary>
    public string? PackageReleaseNotes { get; set; }

    public int MaxLength { get; set; } = 35000;

    [Output] public string PackageReleaseNotesOutput { get; private set; } = string.Empty;

    /// <summary>The build's ReleaseTasksReleaseType, …Channel, …IsLts and …IsSecurityRelease, for the JSON (empty for
    /// an explicit version, which computes none).</summary>
    public string? ReleaseType { get; set; }
    public string? Channel { get; set; }
    public string? IsLts { get; set; }
    public string? IsSecurityRelease { get; set; }

    protected override string What => "generate the release notes";

    protected override void ExecuteCore()
    {
        PackageReleaseNotesOutput = PackageReleaseNotes ?? string.Empty;
        var (resolution, template) = ResolveNotes();
        if (resolution?.Notes is not { } notes || Log.HasLoggedErrors) return;
        if (!string.IsNullOrWhiteSpace(ReleaseType) && !string.IsNullOrWhiteSpace(Channel))
            notes = notes with { Kind = new ReleaseKind(ReleaseType!, Channel!, IsTrue(IsLts), IsTrue(IsSecurityRelease)) };

        var markdown = ReleaseNotesRenderer.Render(notes, template);
        if (!string.IsNullOrWhiteSpace(MarkdownFile)) ReleaseTasks.IO.AtomicFile.WriteAllText(MarkdownFile!, markdown, durable: false);
        if (!string.IsNullOrWhiteSpace(JsonFile)) ReleaseTasks.IO.AtomicFile.WriteAllText(JsonFile!, JsonText.Write(ReleaseNotesModel.From(notes)), durable: false);

        if (string.IsNullOrWhiteSpace(PackageReleaseNotes))
        {
            PackageReleaseNotesOutput = ReleaseNotesRenderer.FitTo(markdown, MaxLength, notes.CompareUrl ?? notes.RepositoryUrl);
            if (PackageReleaseNotesOutput.Length < markdown.Length) Report(DiagnosticCatalog.NotesTruncated(markdown.Length, MaxLength));
        }
        Log.LogMessage(MessageImportance.Normal,
            $"ReleaseTasks: release notes for {notes.Version} ({notes.Sections.Count} section(s), since {(notes.PreviousTag.Length > 0 ? notes.PreviousTag : "the first commit")}) → {MarkdownFile}");
    }

    private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);
}
