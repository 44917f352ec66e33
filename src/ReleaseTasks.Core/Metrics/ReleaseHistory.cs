using System;
using System.Collections.Generic;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Metrics;

/// <summary>
/// A commit of the history the metrics are computed over: parents are indexes into <see cref="ReleaseHistory.Commits"/>
/// (parents outside the history, beyond a shallow boundary, are left out), the time is the committer date.
/// </summary>
public sealed class HistoryCommit
{
    public HistoryCommit(string id, DateTimeOffset time, string message)
    {
        Id = id;
        Time = time;
        Message = message;
    }

    public string Id { get; }
    public DateTimeOffset Time { get; }
    public string Message { get; }
    public int[] Parents { get; internal set; } = Array.Empty<int>();
    public bool IsMerge => ParentCount > 1;

    /// <summary>Parents as git listed them, including those outside the history: a merge stays a merge.</summary>
    public int ParentCount { get; internal set; }

    /// <summary>Whether the commit touches the path filters (always true without filters).</summary>
    public bool InPaths { get; internal set; } = true;

    /// <summary>What the metrics count: no merge commits (their commits are counted themselves), only the filtered paths.</summary>
    public bool Counts => InPaths && !IsMerge;

    /// <summary>The first line of the message.</summary>
    public string Subject
    {
        get
        {
            var end = Message.IndexOf('\n');
            return (end < 0 ? Message : Message.Substring(0, end)).Trim();
        }
    }
}

/// <summary>A version tag and its commit in the history; its date is the commit's committer date.</summary>
public sealed record HistoryRelease(VersionTag Tag, int Commit, DateTimeOffset Time);

/// <summary>Every commit reachable from HEAD or from a release tag, and the release tags, as one reader saw them.</summary>
public sealed class ReleaseHistory
{
    public ReleaseHistory(IReadOnlyList<HistoryCommit> commits, IReadOnlyList<HistoryRelease> releases, int head, bool isShallow)
    {
        Commits = commits;
        Releases = releases;
        Head = head;
        IsShallow = isShallow;
    }

    public static ReleaseHistory Empty { get; } = new(Array.Empty<HistoryCommit>(), Array.Empty<HistoryRelease>(), -1, false);

    public IReadOnlyList<HistoryCommit> Commits { get; }
    public IReadOnlyList<HistoryRelease> Releases { get; }

    /// <summary>HEAD's index in <see cref="Commits"/>, -1 for a repository without commits.</summary>
    public int Head { get; }

    public bool IsShallow { get; }
}
