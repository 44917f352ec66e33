using System;
using System.Collections.Generic;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Git;

namespace ReleaseTasks.Metrics;

/// <summary>What the ReleaseMetrics target asks for: the project's directory and the product's tag and path settings.</summary>
public sealed record ReleaseMetricsRequest(string ProjectDirectory)
{
    /// <summary>ReleaseTasksMetricsDefaultMonths: the window's default length.</summary>
    public const int DefaultMonths = 12;

    public string TagPrefix { get; init; } = string.Empty;
    public IReadOnlyList<string> PathFilters { get; init; } = Array.Empty<string>();

    /// <summary>Whole months ending with the month of the newest commit or release; 0 for the whole history.</summary>
    public int Months { get; init; } = DefaultMonths;

    public GitSettings Git { get; init; } = GitSettings.Default;
}

/// <summary>The report, or why there is none, and what it cost in git processes.</summary>
public sealed record ReleaseMetricsResolution(ReleaseMetricsReport? Report, IReadOnlyList<Diagnostic> Diagnostics, int GitProcesses);

public static class ReleaseMetricsResolver
{
    public static ReleaseMetricsResolution Resolve(ReleaseMetricsRequest request)
    {
        var reader = new ReleaseHistoryReader(request.Git, request.ProjectDirectory);
        try
        {
            var history = reader.Read(request.TagPrefix, request.PathFilters);
            if (history == null)
                return new(null, new[] { DiagnosticCatalog.NoHistoryForMetrics("the project is not in a git repository") }, reader.ProcessCount);
            if (history.Head < 0)
                return new(null, new[] { DiagnosticCatalog.NoHistoryForMetrics("the repository has no commits") }, reader.ProcessCount);
            var diagnostics = new List<Diagnostic>();
            if (history.IsShallow) diagnostics.Add(DiagnosticCatalog.ShallowMetrics());
            var report = ReleaseMetricsCalculator.Compute(history, request.Months, request.TagPrefix, request.PathFilters);
            return new(report, diagnostics, reader.ProcessCount);
        }
        catch (GitException e) when (e.ExecutableNotFound)
        {
            return new(null, new[] { DiagnosticCatalog.NoHistoryForMetrics($"the git executable '{request.Git.Executable}' could not be started") }, reader.ProcessCount);
        }
        catch (GitException e)
        {
            return new(null, new[] { DiagnosticCatalog.ForGitFailure(e, request.Git.Executable, null) }, reader.ProcessCount);
        }
    }
}
