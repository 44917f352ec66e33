using System.Collections.Generic;

namespace ReleaseTasks.ReleaseNotes;

/// <summary>One line of the release notes: a commit, as its Conventional Commit header describes it.</summary>
public sealed record NoteEntry(
    string Type,
    string? Scope,
    string Description,
    string Commit,
    bool Breaking,
    IReadOnlyList<NoteReference> References)
{
    public string ShortCommit => Commit.Length > 7 ? Commit.Substring(0, 7) : Commit;

    public string? CommitUrl { get; init; }

    /// <summary>The first paragraph of the BREAKING CHANGE footer, for the Breaking Changes section.</summary>
    public string? BreakingText { get; init; }
}
