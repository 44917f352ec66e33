using System;
using System.Collections.Generic;

namespace ReleaseTasks.Metrics;

/// <summary>One release and what it shipped.</summary>
public sealed record ReleaseFigure(
    string Tag,
    string Version,
    DateTimeOffset Date,
    string Commit,
    bool IsPreRelease,
    string Channel,
    string? Bump,
    bool IsSecurity,
    string Kind,
    int Commits,
    Distribution LeadTime)
{
    /// <summary>Whether it falls in the report's window (releases outside it are listed for context only, never counted).</summary>
    public bool InWindow { get; init; }
}

/// <summary>A revert committed after the release that first shipped the commit it reverts.</summary>
public sealed record RevertFigure(string Commit, DateTimeOffset Date, string Subject, string RevertedCommit, string RevertedReleaseTag, string? ReleasedInTag);

/// <summary>The releases of one calendar month (UTC) by kind.</summary>
public sealed record MonthFigure(int Year, int Month, IReadOnlyDictionary<string, int> Kinds)
{
    public string Name => $"{Year:D4}-{Month:D2}";

    public int Total
    {
        get
        {
            var total = 0;
            foreach (var count in Kinds.Values) total += count;
            return total;
        }
    }
}

/// <summary>Every figure of the release metrics, over a window of whole months.</summary>
public sealed record ReleaseMetricsReport
{
    public string TagPrefix { get; init; } = string.Empty;
    public IReadOnlyList<string> PathFilters { get; init; } = Array.Empty<string>();

    /// <summary>The window's length in months as asked (0: the whole history).</summary>
    public int WindowMonths { get; init; }

    /// <summary>First day of the first month of the window (UTC), inclusive.</summary>
    public DateTimeOffset From { get; init; }

    /// <summary>First day after the last month of the window (UTC), exclusive.</summary>
    public DateTimeOffset Until { get; init; }

    public IReadOnlyList<MonthFigure> Months { get; init; } = Array.Empty<MonthFigure>();

    /// <summary>Every release of the history, oldest first; <see cref="ReleaseFigure.InWindow"/> says which count.</summary>
    public IReadOnlyList<ReleaseFigure> Releases { get; init; } = Array.Empty<ReleaseFigure>();

    public int ReleaseCount { get; init; }
    public int StableReleaseCount { get; init; }
    public int PreReleaseCount { get; init; }
    public int FixReleaseCount { get; init; }
    public int SecurityReleaseCount { get; init; }

    /// <summary>Fix releases (stable, patch bump) among stable releases; null without a stable release.</summary>
    public double? FixShare => StableReleaseCount == 0 ? null : (double)FixReleaseCount / StableReleaseCount;

    /// <summary>Security releases among stable releases; null without a stable release.</summary>
    public double? SecurityShare => StableReleaseCount == 0 ? null : (double)SecurityReleaseCount / StableReleaseCount;

    /// <summary>Seconds from each commit's committer date to the stable release that first shipped it.</summary>
    public Distribution LeadTime { get; init; } = Distribution.Of(Array.Empty<double>());

    /// <summary>Seconds between consecutive releases of the window.</summary>
    public Distribution TimeBetweenReleases { get; init; } = Distribution.Of(Array.Empty<double>());

    /// <summary>Seconds between consecutive stable releases of the window.</summary>
    public Distribution TimeBetweenStableReleases { get; init; } = Distribution.Of(Array.Empty<double>());

    public IReadOnlyList<RevertFigure> Reverts { get; init; } = Array.Empty<RevertFigure>();

    /// <summary>Commits the history holds (reachable from HEAD or a release tag, merges included).</summary>
    public int HistoryCommits { get; init; }
}
