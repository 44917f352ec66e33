using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReleaseTasks.Coverage;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Gates;

/// <summary>
/// Judges the release criteria: coverage (total, per assembly, changed lines, against the baseline), tests and
/// vulnerable dependencies. Every failed condition is one error with the actual and the required value and the
/// worst offenders; every uncovered changed line a warning at its file and line.
/// </summary>
public static class QualityGates
{
    public static GateOutcome Evaluate(GateInputs inputs, GateSettings settings)
    {
        var conditions = new List<GateCondition>();
        var diagnostics = new List<Diagnostic>();
        CoverageSummary? total = null, changedSummary = null;
        IReadOnlyDictionary<string, CoverageSummary> assemblies = new Dictionary<string, CoverageSummary>();

        if (inputs.Coverage != null)
        {
            var coverage = Filter(inputs.Coverage, settings);
            var sum = coverage.Total();
            total = sum;
            assemblies = coverage.ByAssembly();

            // A figure of nothing is no figure: 0 coverable lines (or no branch data) fails instead of counting as 100 %.
            var noLines = sum.LinesValid == 0 ? WhatWasFound(inputs.Coverage, coverage) : null;
            if (settings.LineThreshold is { } line)
            {
                if (noLines != null) NotJudged(conditions, diagnostics, "Line coverage", "≥ " + Percent(line), "no coverable line", DiagnosticCatalog.NoCoverableLines("Line coverage", noLines));
                else Judge(conditions, diagnostics, "Line coverage", sum.LinePercent, line,
                    () => DiagnosticCatalog.CoverageTooLow(DiagnosticCatalog.LineCoverageTooLow, "Line", sum.LinePercent, sum.LinesCovered, sum.LinesValid, line,
                        WorstAssemblies(assemblies, s => s.LinePercent, s => $"{s.LinesCovered}/{s.LinesValid}"), "ReleaseTasksLineCoverageThreshold"));
            }
            if (settings.BranchThreshold is { } branch)
            {
                if (sum.BranchesValid == 0)
                    NotJudged(conditions, diagnostics, "Branch coverage", "≥ " + Percent(branch), "no branch data",
                        DiagnosticCatalog.NoCoverableLines("Branch coverage", noLines ?? $"the reports record no branch in their {sum.LinesValid} coverable line(s) (lcov without BRDA records, or code without branches)."));
                else Judge(conditions, diagnostics, "Branch coverage", sum.BranchPercent, branch,
                    () => DiagnosticCatalog.CoverageTooLow(DiagnosticCatalog.BranchCoverageTooLow, "Branch", sum.BranchPercent, sum.BranchesCovered, sum.BranchesValid, branch,
                        WorstAssemblies(assemblies, s => s.BranchPercent, s => $"{s.BranchesCovered}/{s.BranchesValid}"), "ReleaseTasksBranchCoverageThreshold"));
            }

            foreach (var pair in settings.AssemblyThresholds)
            {
                if (!assemblies.TryGetValue(pair.Key, out var summary) || summary.LinesValid == 0)
                {
                    NotJudged(conditions, diagnostics, $"Line coverage of {pair.Key}", "≥ " + Percent(pair.Value), "no data",
                        DiagnosticCatalog.AssemblyNotCovered(pair.Key, pair.Value, AssembliesFound(inputs.Coverage, assemblies, pair.Key)));
                    continue;
                }
                Judge(conditions, diagnostics, $"Line coverage of {pair.Key}", summary.LinePercent, pair.Value,
                    () => DiagnosticCatalog.AssemblyCoverage(pair.Key, summary.LinePercent, summary.LinesCovered, summary.LinesValid, pair.Value,
                        WorstFiles(coverage, pair.Key)));
            }

            if (inputs.BaselineProblem != null)
            {
                NotJudged(conditions, diagnostics, "No drop against the baseline", inputs.BaselineFile, "baseline unusable",
                    DiagnosticCatalog.BaselineCannotBeUsed(inputs.BaselineFile, inputs.BaselineProblem));
            }
            else if (inputs.BaselinePercent is { } baseline)
            {
                if (noLines != null)
                    NotJudged(conditions, diagnostics, "No drop against the baseline", $"≥ {Percent(baseline)}", "no coverable line",
                        DiagnosticCatalog.NoCoverableLines("The drop against the baseline", noLines));
                else
                {
                    var passed = sum.LinePercent >= baseline - settings.BaselineTolerance;
                    conditions.Add(new GateCondition("No drop against the baseline", Percent(sum.LinePercent),
                        $"≥ {Percent(baseline)} − {settings.BaselineTolerance.ToString("0.##", CultureInfo.InvariantCulture)}", passed));
                    if (!passed) diagnostics.Add(DiagnosticCatalog.Dropped(sum.LinePercent, baseline, settings.BaselineTolerance, inputs.BaselineFile));
                }
            }

            if (settings.ChangedLineThreshold is { } changedThreshold && inputs.Changed != null)
                changedSummary = JudgeChangedLines(inputs.Coverage, coverage, inputs.Changed, changedThreshold, settings, conditions, diagnostics);
        }

        if (inputs.Tests is { } tests)
        {
            var incomplete = tests.Incomplete.ToList();
            var passed = tests.Failed == 0 && tests.Executed > 0 && incomplete.Count == 0;
            var files = $"{tests.Files + tests.Ignored.Count} result file(s) read" + (tests.Ignored.Count > 0 ? $", {tests.Ignored.Count} older set aside" : "");
            conditions.Add(new GateCondition("Tests", $"{tests.Passed} passed, {tests.Failed} failed ({files})",
                "all pass, at least one ran, every run finished", passed, files));
            foreach (var run in incomplete) diagnostics.Add(DiagnosticCatalog.RunIncomplete(run.Path, run.Incomplete!));
            if (tests.Failed > 0) diagnostics.Add(DiagnosticCatalog.Failed(tests.Failed, tests.FailedTests));
            else if (tests.Executed == 0 && incomplete.Count == 0)
                diagnostics.Add(DiagnosticCatalog.NothingRan(tests.Files == 0 ? "no TRX file matched ReleaseTasksTestResults" : $"the {tests.Files} TRX file(s) record no executed test"));
            if (tests.Ignored.Count > 0) diagnostics.Add(DiagnosticCatalog.OlderRunsIgnored(tests.Ignored));
        }

        if (settings.AuditLevel is { } level && settings.IsReleaseBuild && inputs.Vulnerabilities != null)
        {
            var blocking = inputs.Vulnerabilities.Where(v => v.Severity >= level).ToList();
            conditions.Add(new GateCondition("Vulnerable dependencies", blocking.Count.ToString(CultureInfo.InvariantCulture),
                $"none {level.ToString().ToLowerInvariant()} or worse", blocking.Count == 0));
            foreach (var v in blocking)
                diagnostics.Add(DiagnosticCatalog.Vulnerable(v.Severity.ToString().ToLowerInvariant(), v.Message, level.ToString().ToLowerInvariant()));
        }

        var (readLine, readCounts) = WhatWasRead(inputs);
        return new GateOutcome(conditions, diagnostics)
        {
            Total = total, Assemblies = assemblies, Changed = changedSummary, ReadLine = readLine, ReadCounts = readCounts,
        };
    }

    private static (string? Line, IReadOnlyDictionary<string, int> Counts) WhatWasRead(GateInputs inputs)
    {
        var parts = new List<string>();
        var counts = new Dictionary<string, int>();
        if (inputs.Coverage != null)
        {
            counts["coverage_reports"] = inputs.CoverageReportsRead;
            counts["coverage_copies_skipped"] = inputs.CoverageCopiesSkipped;
            parts.Add($"{inputs.CoverageReportsRead} coverage report(s)"
                      + (inputs.CoverageCopiesSkipped > 0 ? $", {inputs.CoverageCopiesSkipped} identical copy(ies) skipped" : ""));
        }
        if (inputs.Tests is { } tests)
        {
            counts["test_result_files"] = tests.Files + tests.Ignored.Count;
            counts["test_result_files_set_aside"] = tests.Ignored.Count;
            parts.Add($"{tests.Files + tests.Ignored.Count} TRX file(s)"
                      + (tests.Ignored.Count > 0 ? $", {tests.Ignored.Count} older run(s) set aside as stale (RT2018)" : ""));
        }
        return (parts.Count == 0 ? null : "Read: " + string.Join("; ", parts), counts);
    }

    private static CoverageSummary? JudgeChangedLines(CoverageReport unfiltered, CoverageReport coverage, ChangedLines changed, double threshold,
        GateSettings settings, List<GateCondition> conditions, List<Diagnostic> diagnostics)
    {
        if (PathsDoNotMeet(unfiltered, changed) is { } mismatch)
        {
            NotJudged(conditions, diagnostics, "Changed-line coverage", "≥ " + Percent(threshold), "paths do not match", mismatch);
            return null;
        }
        var summary = new CoverageSummary();
        var uncovered = new List<(string File, int Line)>();
        foreach (var pair in changed.Files)
        {
            var file = coverage.File(pair.Key);
            if (file == null) continue;
            foreach (var number in pair.Value)
            {
                if (!file.Lines.TryGetValue(number, out var line)) continue;
                summary = summary.Add(line);
                if (!line.IsCovered) uncovered.Add((pair.Key, number));
            }
        }
        if (summary.LinesValid < settings.ChangedLinesMinimum)
        {
            conditions.Add(new GateCondition("Changed-line coverage", $"{summary.LinesValid} changed coverable line(s)",
                $"judged from {settings.ChangedLinesMinimum} line(s)", true, "not judged"));
            return summary;
        }
        var passed = summary.LinePercent >= threshold;
        conditions.Add(new GateCondition("Changed-line coverage", Percent(summary.LinePercent), "≥ " + Percent(threshold), passed, changed.Base));
        if (!passed) diagnostics.Add(DiagnosticCatalog.ChangedLinesCoverage(summary.LinePercent, summary.LinesCovered, summary.LinesValid, threshold, changed.Base));
        foreach (var (file, line) in uncovered.Take(settings.MaxLineWarnings))
            diagnostics.Add(DiagnosticCatalog.ChangedLineNotCovered(file, line, changed.Base));
        if (uncovered.Count > settings.MaxLineWarnings) diagnostics.Add(DiagnosticCatalog.MoreUncoveredLines(uncovered.Count - settings.MaxLineWarnings));
        return summary;
    }

    /// <summary>
    /// The changed files and the reports' files never meet although they plainly should: some changed file has the
    /// name of a report's file, or every report's file lies outside the repository (paths written in a container, on
    /// another drive-letter case, an unmapped /_/). Then "0 changed lines" would be a pass that judged nothing. A
    /// change that touches only files the reports never cover (docs, tests) meets neither test and is not judged.
    /// </summary>
    private static Diagnostic? PathsDoNotMeet(CoverageReport unfiltered, ChangedLines changed)
    {
        if (changed.Files.Count == 0 || unfiltered.Files.Count == 0) return null;
        if (changed.Files.Keys.Any(p => unfiltered.File(p) != null)) return null;
        var reportNames = new HashSet<string>(unfiltered.Files.Select(f => FileName(f.Path)), System.StringComparer.OrdinalIgnoreCase);
        var sameName = changed.Files.Keys.Where(p => reportNames.Contains(FileName(p))).ToList();
        var allOutside = unfiltered.Files.All(f => IsAbsolute(f.Path));
        if (sameName.Count == 0 && !allOutside) return null;
        var diffShown = (sameName.Count > 0 ? sameName : changed.Files.Keys.ToList()).OrderBy(p => p, System.StringComparer.Ordinal).Take(3).ToList();
        var reportShown = unfiltered.Files.Select(f => f.Path)
            .OrderBy(p => diffShown.Any(d => string.Equals(FileName(d), FileName(p), System.StringComparison.OrdinalIgnoreCase)) ? 0 : 1)
            .ThenBy(p => p, System.StringComparer.Ordinal).Take(3).ToList();
        return DiagnosticCatalog.ChangedFilesMatchNoReport(changed.Files.Count, Quote(diffShown, changed.Files.Count),
            Quote(reportShown, unfiltered.Files.Count), changed.Base);
    }

    private static string Quote(IReadOnlyList<string> shown, int of) =>
        string.Join(", ", shown.Select(p => "'" + p + "'")) + (of > shown.Count ? $" and {of - shown.Count} more" : "");

    private static string FileName(string path) => path.Substring(path.LastIndexOf('/') + 1);

    private static bool IsAbsolute(string path) =>
        path.StartsWith("/", System.StringComparison.Ordinal) || path.Length > 2 && path[1] == ':' && (path[2] == '/' || path[2] == '\\');

    /// <summary>What the reports hold, for a message about a figure that had nothing to count.</summary>
    private static string WhatWasFound(CoverageReport unfiltered, CoverageReport kept)
    {
        if (unfiltered.Files.Count == 0) return "the coverage reports hold no source file (the test run instrumented nothing).";
        var names = unfiltered.Files.Select(f => f.Assembly.Length > 0 ? f.Assembly : "(unknown assembly)").Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToList();
        return $"the coverage reports hold {unfiltered.Files.Count} file(s) of {string.Join(", ", names.Take(5).Select(n => "'" + n + "'"))}{(names.Count > 5 ? $" and {names.Count - 5} more" : "")}, " +
               (kept.Files.Count == 0 ? "and the exclusions leave none of them." : $"and the {kept.Files.Count} left after exclusions have no coverable line.");
    }

    private static string AssembliesFound(CoverageReport unfiltered, IReadOnlyDictionary<string, CoverageSummary> kept, string wanted)
    {
        var present = kept.Where(a => a.Value.LinesValid > 0).Select(a => a.Key.Length > 0 ? a.Key : "(unknown assembly)").OrderBy(n => n, System.StringComparer.Ordinal).ToList();
        var text = present.Count == 0 ? "The reports hold no assembly with coverable lines." : "Assemblies in the reports: " + string.Join(", ", present.Select(n => "'" + n + "'")) + ".";
        var excluded = unfiltered.Files.Any(f => f.Assembly == wanted);
        var near = present.FirstOrDefault(n => string.Equals(n, wanted, System.StringComparison.OrdinalIgnoreCase));
        if (excluded) text += $" '{wanted}' is in the reports but ReleaseTasksCoverageExclude or ReleaseTasksCoverageExcludeAssemblies leaves it out.";
        else if (near != null) text += $" Did you mean '{near}'?";
        return text;
    }

    private static void NotJudged(List<GateCondition> conditions, List<Diagnostic> diagnostics, string name, string required, string actual, Diagnostic error)
    {
        conditions.Add(new GateCondition(name, actual, required, false, "not judged: " + error.Code));
        diagnostics.Add(error);
    }

    private static CoverageReport Filter(CoverageReport coverage, GateSettings settings)
    {
        var files = settings.ExcludeFiles.Select(Glob.ToRegex).ToList();
        var assemblies = settings.ExcludeAssemblies.Select(Glob.ToRegex).ToList();
        return coverage.Where(f => !files.Any(r => r.IsMatch(f.Path)) && !assemblies.Any(r => r.IsMatch(f.Assembly)));
    }

    private static void Judge(List<GateCondition> conditions, List<Diagnostic> diagnostics, string name, double actual, double required,
        System.Func<Diagnostic> failure)
    {
        var passed = actual >= required;
        conditions.Add(new GateCondition(name, Percent(actual), "≥ " + Percent(required), passed));
        if (!passed) diagnostics.Add(failure());
    }

    private static string WorstAssemblies(IReadOnlyDictionary<string, CoverageSummary> assemblies,
        System.Func<CoverageSummary, double> rate, System.Func<CoverageSummary, string> counts) =>
        string.Join(", ", assemblies.OrderBy(a => rate(a.Value)).ThenBy(a => a.Key).Take(3)
            .Select(a => $"{(a.Key.Length > 0 ? a.Key : "(unknown assembly)")} {Percent(rate(a.Value))} ({counts(a.Value)})"));

    private static string WorstFiles(CoverageReport coverage, string assembly) =>
        string.Join(", ", coverage.Files.Where(f => f.Assembly == assembly)
            .Select(f => (f.Path, Summary: CoverageReport.Summary(f)))
            .OrderBy(f => f.Summary.LinePercent).ThenBy(f => f.Path).Take(3)
            .Select(f => $"{f.Path} {Percent(f.Summary.LinePercent)} ({f.Summary.LinesCovered}/{f.Summary.LinesValid})"));

    public static string Percent(double value) => value.ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
