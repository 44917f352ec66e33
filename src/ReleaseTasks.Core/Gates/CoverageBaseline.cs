using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;

namespace ReleaseTasks.Gates;

/// <summary>The committed coverage baseline: a small JSON file holding the line coverage to ratchet against.</summary>
public static class CoverageBaseline
{
    private static readonly Regex LinePercent = new(@"""line_percent""\s*:\s*(?<v>[0-9]+(?:\.[0-9]+)?)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    public static double? Read(string path)
    {
        if (!File.Exists(path)) return null;
        var m = LinePercent.Match(File.ReadAllText(path));
        return m.Success ? double.Parse(m.Groups["v"].Value, CultureInfo.InvariantCulture) : null;
    }

    public static void Write(string path, double linePercent) =>
        File.WriteAllText(path, "{\n  \"line_percent\": " + linePercent.ToString("0.##", CultureInfo.InvariantCulture) + "\n}\n");
}
