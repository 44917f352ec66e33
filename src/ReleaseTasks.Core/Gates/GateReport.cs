using System.Collections.Generic;
using System.Linq;
using System.Text;
using ReleaseTasks.Coverage;
using ReleaseTasks.ReleaseNotes;

namespace ReleaseTasks.Gates;

/// <summary>The gate results as a console table, Markdown (for $GITHUB_STEP_SUMMARY) and JSON.</summary>
public static class GateReport
{
    public static IReadOnlyList<string> ConsoleTable(GateOutcome outcome)
    {
        var rows = outcome.Conditions.Select(c => new[] { c.Name, c.Actual, c.Required, c.Passed ? "passed" : "FAILED" }).ToList();
        var header = new[] { "Condition", "Actual", "Required", "Result" };
        var widths = Enumerable.Range(0, 4).Select(i => rows.Select(r => r[i].Length).Concat(new[] { header[i].Length }).Max()).ToArray();
        string Row(string[] cells) => string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
        var lines = new List<string> { Row(header), string.Join("  ", widths.Select(w => new string('-', w))) };
        lines.AddRange(rows.Select(Row));
        if (outcome.ReadLine != null) lines.Add(outcome.ReadLine);
        return lines;
    }

    public static string Markdown(GateOutcome outcome)
    {
        var sb = new StringBuilder();
        sb.Append("## Release gates: ").Append(outcome.Passed ? "passed" : "failed").Append("\n\n");
        sb.Append("| Condition | Actual | Required | Result |\n|---|---|---|---|\n");
        foreach (var c in outcome.Conditions)
            sb.Append($"| {Cell(c.Name)} | {Cell(c.Actual)} | {Cell(c.Required)} | {(c.Passed ? "✅ passed" : "❌ failed")} |\n");
        if (outcome.ReadLine != null) sb.Append('\n').Append(outcome.ReadLine).Append('\n');
        if (outcome.Assemblies.Count > 0)
        {
            sb.Append("\n| Assembly | Lines | Line coverage | Branch coverage |\n|---|---|---|---|\n");
            foreach (var a in outcome.Assemblies.OrderBy(a => a.Key))
                sb.Append($"| {Cell(a.Key.Length > 0 ? a.Key : "(unknown)")} | {a.Value.LinesCovered}/{a.Value.LinesValid} | {QualityGates.Percent(a.Value.LinePercent)} | {QualityGates.Percent(a.Value.BranchPercent)} |\n");
        }
        return sb.ToString();
    }

    public static string Json(GateOutcome outcome) => JsonText.Write(new Dictionary<string, object?>
    {
        ["passed"] = outcome.Passed,
        ["conditions"] = outcome.Conditions.Select(c => (object)new Dictionary<string, object?>
        {
            ["name"] = c.Name, ["actual"] = c.Actual, ["required"] = c.Required, ["passed"] = c.Passed, ["detail"] = c.Detail,
        }).ToList(),
        ["total"] = Summary(outcome.Total),
        ["changed_lines"] = Summary(outcome.Changed),
        ["read"] = outcome.ReadCounts.ToDictionary(c => c.Key, c => (object?)c.Value),
        ["assemblies"] = outcome.Assemblies.OrderBy(a => a.Key).ToDictionary(a => a.Key, a => Summary(a.Value)),
        ["diagnostics"] = outcome.Diagnostics.Select(d => (object)new Dictionary<string, object?>
        {
            ["code"] = d.Code, ["severity"] = d.Severity.ToString().ToLowerInvariant(), ["message"] = d.Message, ["file"] = d.File, ["line"] = d.Line,
        }).ToList(),
    });

    private static object? Summary(CoverageSummary? s) => s is not { } v ? null : new Dictionary<string, object?>
    {
        ["lines_covered"] = v.LinesCovered,
        ["lines_valid"] = v.LinesValid,
        ["line_percent"] = Round(v.LinePercent),
        ["branches_covered"] = v.BranchesCovered,
        ["branches_valid"] = v.BranchesValid,
        ["branch_percent"] = Round(v.BranchPercent),
    };

    private static string Round(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    private static string Cell(string text) => text.Replace("|", "\\|");
}
