using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReleaseTasks.ReleaseNotes;

namespace ReleaseTasks.Metrics;

/// <summary>
/// The report as plain dictionaries with snake_case names: written as JSON, the documented schema of
/// obj/ReleaseMetrics.json (docs/release-metrics.md). Durations are seconds, dates ISO 8601 in UTC.
/// </summary>
public static class ReleaseMetricsModel
{
    public const int SchemaVersion = 1;

    public static string Json(ReleaseMetricsReport report) => JsonText.Write(From(report));

    public static Dictionary<string, object?> From(ReleaseMetricsReport report) => new()
    {
        ["schema_version"] = SchemaVersion,
        ["tag_prefix"] = report.TagPrefix,
        ["path_filters"] = report.PathFilters.Cast<object?>().ToList(),
        ["window"] = new Dictionary<string, object?>
        {
            ["months"] = report.WindowMonths,
            ["from"] = Day(report.From),
            ["until"] = Day(report.Until),
        },
        ["history_commits"] = report.HistoryCommits,
        ["summary"] = new Dictionary<string, object?>
        {
            ["releases"] = report.ReleaseCount,
            ["stable_releases"] = report.StableReleaseCount,
            ["prereleases"] = report.PreReleaseCount,
            ["fix_releases"] = report.FixReleaseCount,
            ["security_releases"] = report.SecurityReleaseCount,
            ["fix_share"] = report.FixShare,
            ["security_share"] = report.SecurityShare,
            ["lead_time_seconds"] = Distribution(report.LeadTime),
            ["time_between_releases_seconds"] = Distribution(report.TimeBetweenReleases),
            ["time_between_stable_releases_seconds"] = Distribution(report.TimeBetweenStableReleases),
            ["reverts_after_release"] = report.Reverts.Count,
        },
        ["months"] = report.Months.Select(Month).ToList(),
        ["releases"] = report.Releases.Where(r => r.InWindow).Select(Release).ToList(),
        ["reverts"] = report.Reverts.Select(Revert).ToList(),
    };

    private static object Distribution(Distribution d) => new Dictionary<string, object?>
    {
        ["count"] = d.Count,
        ["median"] = d.Median,
        ["p90"] = d.P90,
    };

    private static object Month(MonthFigure m)
    {
        var map = new Dictionary<string, object?> { ["month"] = m.Name };
        foreach (var kind in ReleaseKind.All) map[kind] = m.Kinds[kind];
        map["total"] = m.Total;
        return map;
    }

    private static object Release(ReleaseFigure r) => new Dictionary<string, object?>
    {
        ["tag"] = r.Tag,
        ["version"] = r.Version,
        ["date"] = Instant(r.Date),
        ["commit"] = r.Commit,
        ["release_type"] = r.IsPreRelease ? "PreRelease" : "Stable",
        ["channel"] = r.Channel,
        ["bump"] = r.Bump,
        ["security"] = r.IsSecurity,
        ["kind"] = r.Kind,
        ["commits"] = r.Commits,
        ["lead_time_seconds"] = Distribution(r.LeadTime),
    };

    private static object Revert(RevertFigure r) => new Dictionary<string, object?>
    {
        ["commit"] = r.Commit,
        ["date"] = Instant(r.Date),
        ["subject"] = r.Subject,
        ["reverted_commit"] = r.RevertedCommit,
        ["reverted_release"] = r.RevertedReleaseTag,
        ["released_in"] = r.ReleasedInTag,
    };

    internal static string Day(System.DateTimeOffset d) => d.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Instant(System.DateTimeOffset d) => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
