using System.Collections.Generic;

namespace ReleaseTasks.Commits;

/// <summary>
/// A commit message read as Conventional Commits 1.0.0. <see cref="IsConventional"/> is false for messages
/// that do not follow the grammar; those still carry their subject so nothing is lost.
/// </summary>
public sealed record ConventionalCommit(
    bool IsConventional,
    string? Type,
    string? Scope,
    bool HasBreakingMarker,
    string Description,
    string Body,
    IReadOnlyList<CommitFooter> Footers)
{
    /// <summary>Breaking through <c>!</c> in the header or a BREAKING CHANGE footer (never prose in the body).</summary>
    public bool IsBreaking
    {
        get
        {
            if (HasBreakingMarker) return true;
            foreach (var footer in Footers)
                if (footer.IsBreakingChange) return true;
            return false;
        }
    }

    /// <summary>The pull request number of a squash title ending in <c>(#123)</c>, if any.</summary>
    public int? PullRequestNumber { get; init; }
}
