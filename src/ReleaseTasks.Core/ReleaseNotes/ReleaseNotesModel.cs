using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ReleaseTasks.ReleaseNotes;

/// <summary>
/// The notes as plain dictionaries with snake_case names: the variables a Liquid template sees and, written as
/// JSON, the documented release notes schema (docs/release-notes.md). One shape for both, so they never drift.
/// </summary>
public static class ReleaseNotesModel
{
    public const int SchemaVersion = 1;

    public static Dictionary<string, object?> From(ReleaseNotesDocument notes) => new()
    {
        ["schema_version"] = SchemaVersion,
        ["version"] = notes.Version,
        ["date"] = notes.IsUnreleased ? null : notes.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["previous_version"] = notes.PreviousVersion,
        ["previous_tag"] = notes.PreviousTag.Length == 0 ? null : notes.PreviousTag,
        ["commit"] = notes.Commit,
        ["repository_url"] = notes.RepositoryUrl,
        ["compare_url"] = notes.CompareUrl,
        ["sections"] = notes.Sections.Select(Section).ToList(),
        // The build's ReleaseTasksReleaseType, …Channel, …IsLts, …IsSecurityRelease; null when it did not compute them.
        ["release_type"] = notes.Kind?.ReleaseType,
        ["channel"] = notes.Kind?.Channel,
        ["is_lts"] = notes.Kind?.IsLts,
        ["is_security_release"] = notes.Kind?.IsSecurityRelease,
    };

    private static object Section(NoteSection section) => new Dictionary<string, object?>
    {
        ["title"] = section.Title,
        ["entries"] = section.Entries.Select(Entry).ToList(),
        ["paragraphs"] = section.Paragraphs.Cast<object?>().ToList(),
    };

    private static object Entry(NoteEntry entry) => new Dictionary<string, object?>
    {
        ["type"] = entry.Type,
        ["scope"] = entry.Scope,
        ["description"] = entry.Description,
        ["commit"] = entry.Commit,
        ["short_commit"] = entry.ShortCommit,
        ["commit_url"] = entry.CommitUrl,
        ["breaking"] = entry.Breaking,
        ["breaking_text"] = entry.BreakingText,
        ["references"] = entry.References.Select(r => (object)new Dictionary<string, object?>
        {
            ["kind"] = r.Kind == NoteReferenceKind.PullRequest ? "pull_request" : "issue",
            ["number"] = r.Number,
            ["url"] = r.Url,
        }).ToList(),
    };
}
