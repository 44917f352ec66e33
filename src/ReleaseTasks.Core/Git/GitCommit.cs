using System.Collections.Generic;

namespace ReleaseTasks.Git;

/// <summary>A commit as read from <c>git log</c>: full id, parent ids and the raw message.</summary>
public sealed record GitCommit(string Id, IReadOnlyList<string> Parents, string Message)
{
    public bool IsMerge => Parents.Count > 1;
}
