using System;
using System.Globalization;
using System.IO;
using Microsoft.Build.Framework;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.IO;
using ReleaseTasks.Metrics;

namespace ReleaseTasks.Tasks;

/// <summary>
/// Writes the release metrics of the repository (Markdown, JSON and an SVG chart): releases per month by kind, lead time
/// from commit to release, the share of fix and security releases, reverts after a release and the time between releases.
/// </summary>
public sealed class WriteReleaseMetrics : ReleaseTaskBase
{
    [Required] public string ProjectDirectory { get; set; } = string.Empty;
    public string? TagPrefix { get; set; }
    public string[] PathFilter { get; set; } = Array.Empty<string>();
    public string? GitPath { get; set; }

    /// <summary>ReleaseTasksMetricsMonths: whole months of the window; 0 for the whole history. Empty: 12.</summary>
    public string? Months { get; set; }

    public string? MarkdownFile { get; set; }
    public string? JsonFile { get; set; }
    public string? ChartFile { get; set; }

    protected override string What => "compute the release metrics";

    protected override void ExecuteCore()
    {
        var months = ReleaseMetricsRequest.DefaultMonths;
        if (!string.IsNullOrWhiteSpace(Months)
            && (!int.TryParse(Months!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out months) || months > 1200))
        {
            Report(DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksMetricsMonths", Months!, "a whole number of months from 0 to 1200, e.g. 12 (0: the whole history)"));
            return;
        }
        var git = CreateGitSettings(GitPath, ProjectDirectory);
        if (git == null) return;

        var request = new ReleaseMetricsRequest(ProjectDirectory)
        {
            TagPrefix = TagPrefix?.Trim() ?? string.Empty,
            PathFilters = PathFilter,
            Months = months,
            Git = git,
        };
        var resolution = ReleaseMetricsResolver.Resolve(request);
        foreach (var diagnostic in resolution.Diagnostics) Report(diagnostic);
        if (resolution.Report is not { } report) return;

        if (!string.IsNullOrWhiteSpace(ChartFile)) AtomicFile.WriteAllText(ChartFile!, ReleaseMetricsChart.Render(report));
        if (!string.IsNullOrWhiteSpace(JsonFile)) AtomicFile.WriteAllText(JsonFile!, ReleaseMetricsModel.Json(report));
        if (!string.IsNullOrWhiteSpace(MarkdownFile))
            AtomicFile.WriteAllText(MarkdownFile!, ReleaseMetricsMarkdown.Render(report, ChartLink(MarkdownFile!, ChartFile)));

        var lead = report.LeadTime.Median is { } median ? "lead time median " + ReleaseMetricsMarkdown.Duration(median) : "no lead time";
        Log.LogMessage(MessageImportance.High,
            $"ReleaseTasks: release metrics {report.From:yyyy-MM} to {report.Until.AddMonths(-1):yyyy-MM}: {report.ReleaseCount} release(s), " +
            $"{report.StableReleaseCount} stable, {lead}, {report.Reverts.Count} revert(s) after a release → {MarkdownFile}");
        Log.LogMessage(MessageImportance.Low,
            $"ReleaseTasks: [detail] release metrics read {report.HistoryCommits} commits and {report.Releases.Count} release tags with {resolution.GitProcesses} git process(es)");
    }

    /// <summary>The chart's file name when it sits beside the Markdown file, its absolute file URI otherwise.</summary>
    private static string? ChartLink(string markdown, string? chart)
    {
        if (string.IsNullOrWhiteSpace(chart)) return null;
        var chartPath = Path.GetFullPath(chart);
        var sameFolder = string.Equals(Path.GetDirectoryName(Path.GetFullPath(markdown)), Path.GetDirectoryName(chartPath), StringComparison.Ordinal);
        return sameFolder ? Path.GetFileName(chartPath) : new Uri(chartPath).AbsoluteUri;
    }
}
