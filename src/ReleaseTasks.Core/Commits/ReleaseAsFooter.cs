using System;
using NuGet.Versioning;

namespace ReleaseTasks.Commits;

/// <summary>
/// release-please's <c>Release-As: X.Y.Z</c> footer: the commit asks for the next release to be that version. The token
/// is case-insensitive like every footer token; the value is a version core, with an optional leading <c>v</c>.
/// </summary>
public static class ReleaseAsFooter
{
    public const string Token = "Release-As";

    /// <summary>The footer's text when the commit has one (the last one wins within a commit), else null.</summary>
    public static string? Text(ConventionalCommit message)
    {
        string? text = null;
        foreach (var footer in message.Footers)
            if (string.Equals(footer.Token, Token, StringComparison.OrdinalIgnoreCase)) text = footer.Value.Trim();
        return text;
    }

    /// <summary>X.Y.Z (or vX.Y.Z) as a version core; null for anything else (a label, metadata, two parts, prose).</summary>
    public static SemanticVersion? Parse(string text)
    {
        var value = text.Trim();
        if (value.StartsWith("v", StringComparison.OrdinalIgnoreCase)) value = value.Substring(1);
        if (!SemanticVersion.TryParse(value, out var version) || version.IsPrerelease || version.HasMetadata) return null;
        // NuGet accepts 1.2 and 1.2.3.4; release-please's value is SemVer's three parts, nothing else.
        return value.Split('.').Length == 3 ? new SemanticVersion(version.Major, version.Minor, version.Patch) : null;
    }
}
