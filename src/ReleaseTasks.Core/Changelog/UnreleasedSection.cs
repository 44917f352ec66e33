using System.Linq;
using ReleaseTasks.ReleaseNotes;

namespace ReleaseTasks.Changelog;

/// <summary>
/// What a changelog's Unreleased section shows (Keep a Changelog's <c>## [Unreleased](…/compare/v1.1.0...HEAD)</c>):
/// the moving compare link and no date, so that the file changes only when something worth reading was committed.
/// A range with nothing visible (only docs, chore or other hidden commits) has no Unreleased section at all.
/// </summary>
public static class UnreleasedSection
{
    /// <summary>The notes as the changelog's Unreleased section, under <paramref name="label"/>.</summary>
    public static ReleaseNotesDocument From(ReleaseNotesDocument notes, string label) =>
        notes with { Version = label, CompareUrl = notes.CompareToHeadUrl, IsUnreleased = true };

    /// <summary>Whether any commit shows in the notes (the Support paragraph alone is no change).</summary>
    public static bool HasVisibleChanges(ReleaseNotesDocument notes) => notes.Sections.Any(s => s.Entries.Count > 0);
}
