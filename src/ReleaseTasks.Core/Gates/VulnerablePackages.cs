using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ReleaseTasks.Gates;

/// <summary>Severity of a known vulnerability, in NuGet Audit's terms (NU1901 low … NU1904 critical).</summary>
public enum VulnerabilitySeverity
{
    Low = 1,
    Moderate = 2,
    High = 3,
    Critical = 4,
}

public sealed record VulnerablePackage(VulnerabilitySeverity Severity, string Code, string Message);

/// <summary>
/// NuGet's own audit results, as restore records them in obj/project.assets.json (log codes NU1901–NU1904):
/// ReleaseTasks does not check vulnerabilities itself, it turns NuGet's findings into a release gate.
/// </summary>
public static class VulnerablePackages
{
    private static readonly Regex Log = new(
        @"\{[^{}]*?""code""\s*:\s*""NU190(?<level>[1-4])""[^{}]*?""message""\s*:\s*""(?<message>(?:[^""\\]|\\.)*)""[^{}]*\}",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline);

    public static IReadOnlyList<VulnerablePackage> FromAssetsFile(string json)
    {
        var found = new List<VulnerablePackage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Log.Matches(json))
        {
            var level = (VulnerabilitySeverity)(m.Groups["level"].Value[0] - '0');
            var message = Regex.Unescape(m.Groups["message"].Value);
            if (seen.Add(message)) found.Add(new VulnerablePackage(level, "NU190" + m.Groups["level"].Value, message));
        }
        return found;
    }

    public static bool TryParseSeverity(string? text, out VulnerabilitySeverity severity) =>
        Enum.TryParse(text?.Trim(), true, out severity) && Enum.IsDefined(typeof(VulnerabilitySeverity), severity);
}
