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

            if (settings.LineThreshold is { } line)
                Judge(conditions, diagnostics, "Line coverage", sum.LinePercent, line,
                    () => DiagnosticCatalog.CoverageTooLow(DiagnosticCatalog.LineCoverageTooLow, "Line", sum.LinePercent, sum.LinesCovered, sum.LinesValid, line,
                        WorstAssemblies(assemblies, s => s.LinePercent, s => $"{s.LinesCovered}/{s.LinesValid}"), "ReleaseTasksLineCoverageThreshold"));
            if (settings.BranchThreshold is { } branch)
                Judge(conditions, diagnostics, "Branch coverage", sum.BranchPercent, branch,
                    () => DiagnosticCatalog.CoverageTooLow(DiagnosticCatalog.BranchCoverageTooLow, "Branch", sum.BranchPercent, sum.BranchesCovered, sum.BranchesValid, branch,
                        WorstAssemblies(assemblies, s => s.BranchPercent, s => $"{s.BranchesCovered}/{s.BranchesValid}"), "ReleaseTasksBranchCoverageThreshold"));

            foreach (var pair in settings.AssemblyThresholds)
            {
                var summary = assemblies.TryGetValue(pair.Key, out var s) ? s : new CoverageSummary();
                Judge(conditions, diagnostics, $"Line coverage of {pair.Key}", summary.LinePercent, pair.Value,
                    () => DiagnosticCatalog.AssemblyCoverage(pair.Key, summary.LinePercent, summary.LinesCovered, summary.LinesValid, pair.Value,
                        WorstFiles(coverage, pair.Key)));
            }

            if (inputs.BaselinePercent is { } baseline)
            {
                var passed = sum.LinePercent >= baseline - settings.BaselineTolerance;
                conditions.Add(new GateCondition("No drop against the baseline", Percent(sum.LinePercent),
                    $"≥ {Percent(baseline)} − {settings.BaselineTolerance.ToString("0.##", CultureInfo.InvariantCulture)}", passed));
                if (!passed) diagnostics.Add(DiagnosticCatalog.Dropped(sum.LinePercent, baseline, settings.BaselineTolerance, inputs.BaselineFile));
            }

            if (settings.ChangedLineThreshold is { } changedThreshold && inputs.Changed != null)
                changedSummary = JudgeChangedLines(coverage, inputs.Changed, changedThreshold, settings, conditions, diagnostics);
        }

        if (inputs.Tests is { } tests)
        {
            var passed = tests.Failed == 0 && tests.Executed > 0;
            conditions.Add(new GateCondition("Tests", $"{tests.Passed} passed, {tests.Failed} failed", "all pass, at least one ran", passed));
            if (tests.Failed > 0) diagnostics.Add(DiagnosticCatalog.Failed(tests.Failed, tests.FailedTests));
            else if (tests.Executed == 0)
                diagnostics.Add(DiagnosticCatalog.NothingRan(tests.Files == 0 ? "no TRX file matched ReleaseTasksTestResults" : $"the {tests.Files} TRX file(s) record no executed test"));
        }

        if (settings.AuditLevel is { } level && settings.IsReleaseBuild && inputs.Vulnerabilities != null)
        {
            var blocking = inputs.Vulnerabilities.Where(v => v.Severity >= level).ToList();
            conditions.Add(new GateCondition("Vulnerable dependencies", blocking.Count.ToString(CultureInfo.InvariantCulture),
                $"none {level.ToString().ToLowerInvariant()} or worse", blocking.Count == 0));
            foreach (var v in blocking)
                diagnostics.Add(DiagnosticCatalog.Vulnerable(v.Severity.ToString().ToLowerInvariant(), v.Message, level.ToString().ToLowerInvariant()));
        }

        return new GateOutcome(conditions, diagnostics) { Total = total, Assemblies = assemblies, Changed = changedSummary };
    }

    private static CoverageSummary? JudgeChangedLines(CoverageReport coverage, ChangedLines changed, double threshold,
        GateSettings settings, List<GateCondition> conditions, List<Diagnostic> diagnostics)
    {
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
