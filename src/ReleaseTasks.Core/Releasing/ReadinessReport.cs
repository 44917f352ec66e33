using System.Collections.Generic;
using System.Linq;
using System.Text;
using ReleaseTasks.ReleaseNotes;

namespace ReleaseTasks.Releasing;

/// <summary>The checklist as a console table, Markdown (obj/ReleaseReadiness.md, the GitHub job summary) and JSON
/// (obj/ReleaseReadiness.json, schema in docs/releasing.md).</summary>
public static class ReadinessReport
{
    public static IReadOnlyList<string> ConsoleTable(ReadinessOutcome outcome)
    {
        var header = new[] { "Item", "Result", "Why" };
        var rows = outcome.Items.Select(i => new[] { i.Name, i.State == ReadinessState.Failed ? "FAILED" : i.StateText, i.Detail }).ToList();
        var widths = Enumerable.Range(0, 3).Select(i => rows.Select(r => r[i].Length).Concat(new[] { header[i].Length }).Max()).ToArray();
        string Row(string[] cells) => string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
        var lines = new List<string> { $"Release readiness of {Title(outcome)}: {Verdict(outcome)}", Row(header), string.Join("  ", widths.Select(w => new string('-', w))) };
        lines.AddRange(rows.Select(Row));
        return lines;
    }

    public static string Markdown(ReadinessOutcome outcome)
    {
        var sb = new StringBuilder();
        sb.Append("## Release readiness of ").Append(Title(outcome)).Append(": ").Append(Verdict(outcome)).Append("\n\n");
        if (outcome.EmergencyReason != null) sb.Append("**Emergency release:** ").Append(outcome.EmergencyReason).Append("\n\n");
        sb.Append("| Item | Result | Why |\n|---|---|---|\n");
        foreach (var i in outcome.Items)
        {
            var mark = i.State switch { ReadinessState.Passed => "✅ passed", ReadinessState.Failed => "❌ failed", _ => "➖ not judged" };
            var why = i.State == ReadinessState.Passed ? i.Detail : $"{i.Detail} — {i.Fix}";
            sb.Append($"| {Cell(i.Name)} | {mark} | {Cell(why)} |\n");
        }
        return sb.ToString();
    }

    public static string Json(ReadinessOutcome outcome) => JsonText.Write(new Dictionary<string, object?>
    {
        ["ready"] = outcome.Ready,
        ["strict"] = outcome.Strict,
        ["version"] = outcome.ReleaseVersion,
        ["tag"] = outcome.TagName,
        ["emergency_reason"] = outcome.EmergencyReason,
        ["items"] = outcome.Items.Select(i => (object)new Dictionary<string, object?>
        {
            ["name"] = i.Name, ["state"] = i.StateText, ["detail"] = i.Detail, ["fix"] = i.Fix, ["code"] = i.Code.Length > 0 ? i.Code : null,
        }).ToList(),
    });

    private static string Title(ReadinessOutcome outcome) => outcome.TagName.Length > 0 ? outcome.TagName : "this project";

    private static string Verdict(ReadinessOutcome outcome) => outcome.Ready ? "ready" : "not ready";

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
