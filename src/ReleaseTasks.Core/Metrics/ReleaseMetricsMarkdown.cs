using System;
using System.Globalization;
using System.Linq;
using System.Text;
using ReleaseTasks.ReleaseNotes;

namespace ReleaseTasks.Metrics;

/// <summary>The report as Markdown: a summary table, the chart, releases per month, the releases and the reverts.</summary>
public static class ReleaseMetricsMarkdown
{
    /// <param name="chartLink">Where the SVG chart is, relative to the Markdown file; null leaves the image out.</param>
    public static string Render(ReleaseMetricsReport report, string? chartLink)
    {
        var sb = new StringBuilder();
        var last = report.Until.AddMonths(-1);
        sb.Append("# Release metrics\n\n");
        sb.Append(Invariant($"{report.From:yyyy-MM} to {last:yyyy-MM} ({report.Months.Count} months, UTC)"));
        sb.Append(report.TagPrefix.Length > 0 ? $" · tags `{report.TagPrefix}1.2.3`" : " · tags `v1.2.3` or `1.2.3`");
        if (report.PathFilters.Count > 0) sb.Append(" · paths ").Append(string.Join(", ", report.PathFilters.Select(p => "`" + p + "`")));
        sb.Append(Invariant($" · {report.HistoryCommits} commits in the history\n\n"));
        if (chartLink != null) sb.Append("![Releases per month by kind](").Append(chartLink.Replace(" ", "%20")).Append(")\n\n");

        sb.Append("| Figure | Value |\n|---|---|\n");
        sb.Append(Invariant($"| Releases | {report.ReleaseCount} ({report.StableReleaseCount} stable, {report.PreReleaseCount} pre-release) |\n"));
        sb.Append(Invariant($"| Fix releases (stable, patch bump) | {Share(report.FixReleaseCount, report.StableReleaseCount, report.FixShare)} |\n"));
        sb.Append(Invariant($"| Security releases (stable) | {Share(report.SecurityReleaseCount, report.StableReleaseCount, report.SecurityShare)} |\n"));
        sb.Append("| Lead time, commit to stable release | ").Append(Spread(report.LeadTime, "commits")).Append(" |\n");
        sb.Append("| Time between releases | ").Append(Spread(report.TimeBetweenReleases, "intervals")).Append(" |\n");
        sb.Append("| Time between stable releases | ").Append(Spread(report.TimeBetweenStableReleases, "intervals")).Append(" |\n");
        sb.Append(Invariant($"| Reverts after a release | {report.Reverts.Count} |\n\n"));

        sb.Append("## Releases per month\n\n| Month | ").Append(string.Join(" | ", ReleaseKind.All)).Append(" | total |\n|---|");
        sb.Append(string.Concat(Enumerable.Repeat("---:|", ReleaseKind.All.Length + 1))).Append('\n');
        foreach (var m in report.Months)
            sb.Append("| ").Append(m.Name).Append(" | ").Append(string.Join(" | ", ReleaseKind.All.Select(k => m.Kinds[k].ToString(CultureInfo.InvariantCulture))))
              .Append(Invariant($" | {m.Total} |\n"));

        var releases = report.Releases.Where(r => r.InWindow).ToList();
        sb.Append("\n## Releases\n\n");
        if (releases.Count == 0) sb.Append("No release in the window.\n");
        else
        {
            sb.Append("| Release | Date | Kind | Channel | Commits | Lead time (median) |\n|---|---|---|---|---:|---|\n");
            foreach (var r in releases)
                sb.Append(Invariant($"| `{r.Tag}` | {r.Date.UtcDateTime:yyyy-MM-dd} | {r.Kind} | {r.Channel} | {r.Commits} | "))
                  .Append(r.LeadTime.Median is { } m ? Duration(m) : "—").Append(" |\n");
        }

        sb.Append("\n## Reverts after a release\n\n");
        if (report.Reverts.Count == 0) sb.Append("None.\n");
        foreach (var r in report.Reverts)
            sb.Append(Invariant($"- `{Short(r.Commit)}` {MarkdownText.Escape(r.Subject)} ({r.Date.UtcDateTime:yyyy-MM-dd}): reverts `{Short(r.RevertedCommit)}`, shipped in `{r.RevertedReleaseTag}`; "))
              .Append(r.ReleasedInTag != null ? $"released in `{r.ReleasedInTag}`" : "not released yet").Append('\n');
        return sb.ToString();
    }

    /// <summary>A duration for people: minutes, hours or days with one decimal.</summary>
    public static string Duration(double seconds)
    {
        if (seconds < 3600) return Invariant($"{seconds / 60:0.#} min");
        if (seconds < 86400) return Invariant($"{seconds / 3600:0.#} h");
        return Invariant($"{seconds / 86400:0.#} d");
    }

    private static string Spread(Distribution d, string what) =>
        d.Median is { } median && d.P90 is { } p90
            ? $"median {Duration(median)}, 90th percentile {Duration(p90)} ({d.Count.ToString(CultureInfo.InvariantCulture)} {what})"
            : "— (none)";

    private static string Share(int count, int of, double? share) =>
        share is { } s ? Invariant($"{count} of {of} ({s * 100:0.#} %)") : "— (no stable release)";

    private static string Short(string id) => id.Length > 7 ? id.Substring(0, 7) : id;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
