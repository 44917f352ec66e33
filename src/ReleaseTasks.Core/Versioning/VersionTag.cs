using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using NuGet.Versioning;

namespace ReleaseTasks.Versioning;

/// <summary>A git tag that names a SemVer 2.0 version, e.g. <c>v1.2.3</c>, <c>1.2.3-rc.1</c> or <c>mylib-v2.0.0</c>.</summary>
public sealed record VersionTag(string Name, SemanticVersion Version, string CommitId)
{
    // The SemVer 2.0 grammar (semver.org): three numeric parts without leading zeros, dot-separated
    // pre-release identifiers (numeric ones without leading zeros) and build metadata.
    private static readonly Regex SemVer = new(
        @"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)" +
        @"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?" +
        @"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$",
        RegexOptions.CultureInvariant);

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
        var match = SemVer.Match(text);
        // NuGet.Versioning parses and compares; the regex keeps out what NuGet tolerates but SemVer forbids
        // (leading zeros), and the numeric parts must fit in an int.
        return match.Success
               && int.TryParse(match.Groups[1].Value, out _)
               && int.TryParse(match.Groups[2].Value, out _)
               && int.TryParse(match.Groups[3].Value, out _)
               && SemanticVersion.TryParse(text, out version);
    }
}
