using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NuGet.Versioning;

namespace ReleaseTasks.Versioning;

/// <summary>
/// A tag that is not SemVer 2.0 but reads as a version once spelled right: two parts (<c>v2.1</c> → <c>v2.1.0</c>) or
/// leading zeros (<c>v02.1.0</c> → <c>v2.1.0</c>, <c>v2.1.0-rc.01</c> → <c>v2.1.0-rc.1</c>). One number (<c>v3</c>,
/// often a moving major tag) and four parts are no version anyone meant as SemVer, and words are not versions at all.
/// </summary>
public sealed record VersionLikeTag(string Name, string SemVerName, SemanticVersion Version, string CommitId)
{
    public static bool TryParse(string tagName, string commitId, string? prefix, [NotNullWhen(true)] out VersionLikeTag? tag)
    {
        tag = null;
        string lead;
        if (string.IsNullOrEmpty(prefix))
            lead = tagName.Length > 0 && (tagName[0] == 'v' || tagName[0] == 'V') ? tagName.Substring(0, 1) : "";
        else if (tagName.StartsWith(prefix, System.StringComparison.Ordinal))
            lead = prefix!;
        else
            return false;
        var text = tagName.Substring(lead.Length);

        var plus = text.IndexOf('+');
        var metadata = plus < 0 ? null : text.Substring(plus + 1);
        var core = plus < 0 ? text : text.Substring(0, plus);
        var dash = core.IndexOf('-');
        var release = dash < 0 ? null : core.Substring(dash + 1);
        var parts = (dash < 0 ? core : core.Substring(0, dash)).Split('.');
        if (parts.Length is < 2 or > 3) return false;

        var numbers = new List<string>();
        foreach (var part in parts)
        {
            if (part.Length == 0 || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return false;
            numbers.Add(n.ToString(CultureInfo.InvariantCulture));
        }
        if (numbers.Count == 2) numbers.Add("0");
        var spelled = string.Join(".", numbers);
        if (release != null) spelled += "-" + TrimNumericIdentifiers(release);
        if (metadata != null) spelled += "+" + metadata;

        if (spelled == text || !VersionTag.TryParseSemVer(spelled, out var version)) return false;
        tag = new VersionLikeTag(tagName, lead + spelled, version, commitId);
        return true;
    }

    // Numeric pre-release identifiers must not have leading zeros in SemVer: rc.01 means rc.1.
    private static string TrimNumericIdentifiers(string release)
    {
        var identifiers = release.Split('.');
        for (var i = 0; i < identifiers.Length; i++)
        {
            var id = identifiers[i];
            if (id.Length > 1 && id[0] == '0' && IsDigits(id)) identifiers[i] = id.TrimStart('0').Length == 0 ? "0" : id.TrimStart('0');
        }
        return string.Join(".", identifiers);
    }

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
            if (c is < '0' or > '9') return false;
        return true;
    }
}
