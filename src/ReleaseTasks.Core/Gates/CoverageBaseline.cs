using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;

namespace ReleaseTasks.Gates;

/// <summary>The committed coverage baseline: a small JSON file holding the line coverage to ratchet against.</summary>
public static class CoverageBaseline
{
    private static readonly Regex LinePercent = new(@"""line_percent""\s*:\s*(?<v>[0-9]+(?:\.[0-9]+)?)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>The recorded figure, or why there is none: a baseline that was asked for and cannot be read must
    /// fail the gate, never skip it (a deleted or mistyped file would otherwise switch the ratchet off).</summary>
    public static (double? Percent, string? Problem) Read(string path)
    {
        string text;
        try
        {
            if (Directory.Exists(path)) return (null, "it is a directory");
            if (!File.Exists(path)) return (null, "the file does not exist");
            text = File.ReadAllText(path);
        }
        catch (System.Exception e) when (e is IOException or System.UnauthorizedAccessException)
        {
            return (null, "the file cannot be read (" + e.Message + ")");
        }
        var m = LinePercent.Match(text);
        if (!m.Success) return (null, "it has no \"line_percent\" figure (expected {\"line_percent\": 82.5})");
        var value = double.Parse(m.Groups["v"].Value, CultureInfo.InvariantCulture);
        return value <= 100 ? (value, null) : (null, $"its line_percent {m.Groups["v"].Value} is above 100");
    }

    public static void Write(string path, double linePercent) =>
        File.WriteAllText(path, "{\n  \"line_percent\": " + linePercent.ToString("0.##", CultureInfo.InvariantCulture) + "\n}\n");
}
