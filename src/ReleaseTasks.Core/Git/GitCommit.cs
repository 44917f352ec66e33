using System.Collections.Generic;

namespace ReleaseTasks.Git;

/// <summary>A commit as read from <c>git log</c>: full id, parent ids and the raw message.</summary>
public sealed record GitCommit(string Id, IReadOnlyList<string> Parents, string Message)
{
    /// <summary>The committer date (a tag's release date is its commit's date: deterministic, never "now").</summary>
    public System.DateTimeOffset? Date { get; init; }

    public bool IsMerge => Parents.Count > 1;
}
