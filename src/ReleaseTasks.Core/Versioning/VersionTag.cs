using System;
using System.Diagnostics.CodeAnalysis;
using NuGet.Versioning;

namespace ReleaseTasks.Versioning;

/// <summary>A git tag that names a SemVer 2.0 version, e.g. <c>v1.2.3</c>, <c>1.2.3-rc.1</c> or <c>mylib-v2.0.0</c>.</summary>
public sealed record VersionTag(string Name, SemanticVersion Version, string CommitId)
{
    /// <summary>
    /// Reads a tag name as a version. With no prefix configured, <c>v</c>, <c>V</c> or nothing may precede the
    /// version; with a prefix, only tags that start with exactly that prefix count.
    /// </summary>
    public static bool TryParse(string tagName, string commitId, string? prefix, [NotNullWhen(true)] out VersionTag? tag)
    {
        tag = null;
        if (!TryParseName(tagName, prefix, out var version)) return false;
        tag = new VersionTag(tagName, version, commitId);
        return true;
    }

    /// <summary>True when the tag carries the configured prefix (whether or not the rest is a valid version).</summary>
    public static bool HasPrefix(string tagName, string? prefix) =>
        string.IsNullOrEmpty(prefix) || tagName.StartsWith(prefix, StringComparison.Ordinal);

    public static bool TryParseName(string tagName, string? prefix, [NotNullWhen(true)] out SemanticVersion? version)
    {
        version = null;
        string text;
        if (string.IsNullOrEmpty(prefix))
            text = tagName.Length > 0 && (tagName[0] == 'v' || tagName[0] == 'V') ? tagName.Substring(1) : tagName;
        else if (tagName.StartsWith(prefix, StringComparison.Ordinal))
            text = tagName.Substring(prefix!.Length);
        else
            return false;

        return TryParseSemVer(text, out version);
    }

    public static bool TryParseSemVer(string text, [NotNullWhen(true)] out SemanticVersion? version)
    {
        version = null;
        // NuGet.Versioning parses and compares; this check keeps out what NuGet tolerates but SemVer 2.0 forbids
        // (leading zeros, four parts, empty identifiers). Written out rather than as a regex: it runs in every
        // build, no-op builds included, where building a regex costs more than the rest of the work.
        return IsSemVer(text) && SemanticVersion.TryParse(text, out version);
    }

    /// <summary>The SemVer 2.0 grammar of semver.org, with numeric parts that fit in an int.</summary>
    public static bool IsSemVer(string text)
    {
        var plus = text.IndexOf('+');
        var core = plus < 0 ? text : text.Substring(0, plus);
        if (plus >= 0 && !Identifiers(text.Substring(plus + 1), numericRule: false)) return false;
        var dash = core.IndexOf('-');
        var numbers = dash < 0 ? core : core.Substring(0, dash);
        if (dash >= 0 && !Identifiers(core.Substring(dash + 1), numericRule: true)) return false;
        var parts = numbers.Split('.');
        if (parts.Length != 3) return false;
        foreach (var part in parts)
            if (!IsNumber(part) || !int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)) return false;
        return true;
    }

    private static bool Identifiers(string text, bool numericRule)
    {
        if (text.Length == 0) return false;
        foreach (var identifier in text.Split('.'))
        {
            if (identifier.Length == 0) return false;
            var allDigits = true;
            foreach (var c in identifier)
            {
                if (c is >= '0' and <= '9') continue;
                allDigits = false;
                if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '-')) return false;
            }
            // Numeric pre-release identifiers must not have leading zeros (build metadata may).
            if (numericRule && allDigits && !IsNumber(identifier)) return false;
        }
        return true;
    }

    private static bool IsNumber(string part)
    {
        if (part.Length == 0 || part.Length > 1 && part[0] == '0') return false;
        foreach (var c in part)
            if (c is < '0' or > '9') return false;
        return true;
    }
}
