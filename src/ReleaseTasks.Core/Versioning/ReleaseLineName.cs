using System;
using System.Globalization;
using NuGet.Versioning;

namespace ReleaseTasks.Versioning;

/// <summary>
/// The branch of a release line, per tag prefix: <c>release/</c>, the project's tag prefix, then X.Y (or X.Y.Z), so the
/// branch reads like the tags it will carry — <c>release/core-v1.3</c> holds <c>core-v1.3.0</c>, <c>core-v1.3.1</c>;
/// without a prefix, <c>release/1.3</c> (or <c>release/v1.3</c>) as before. A project sees only its own lines: the
/// prefix is compared exactly (case-sensitive, as tag prefixes are), so one prefix's branch never lifts, names or freezes
/// another project's version.
/// </summary>
public static class ReleaseLineName
{
    private const string Release = "release/";

    /// <summary>The branch CreateReleaseBranch cuts for the line X.Y: release/core-v1.3, release/1.3.</summary>
    public static string Of(string tagPrefix, string line) => Release + tagPrefix + line;

    /// <summary>The line a branch name (without refs/heads/ or the remote) holds for this prefix, or null when it is not
    /// one of the prefix's release branches.</summary>
    public static SemanticVersion? VersionOf(string branch, string tagPrefix)
    {
        if (!IsReleaseBranch(branch)) return null;
        if (tagPrefix.Length == 0) return VersionCalculator.VersionFromBranchName(branch);
        var rest = branch.Substring(Release.Length);
        return rest.StartsWith(tagPrefix, StringComparison.Ordinal) ? Line(rest.Substring(tagPrefix.Length)) : null;
    }

    /// <summary>Whether the branch is a release branch of this prefix (any release/* without a prefix), whatever follows:
    /// the feature freeze judges those.</summary>
    public static bool IsLineOf(string branch, string tagPrefix) =>
        IsReleaseBranch(branch) && (tagPrefix.Length == 0 || branch.Substring(Release.Length).StartsWith(tagPrefix, StringComparison.Ordinal));

    /// <summary>The version a branch policy with the BranchName rule reads from the name (release/3.1, beta/core-v2.0): after
    /// the last '/' without a prefix, after the last "/" + prefix with one.</summary>
    public static SemanticVersion? InBranchName(string? branch, string tagPrefix)
    {
        if (tagPrefix.Length == 0) return VersionCalculator.VersionFromBranchName(branch);
        if (string.IsNullOrEmpty(branch)) return null;
        var at = branch!.LastIndexOf("/" + tagPrefix, StringComparison.Ordinal);
        return at < 0 ? null : Line(branch.Substring(at + 1 + tagPrefix.Length));
    }

    // "release/" in any case, as release branches were always recognised (ReleaseLines, FeatureFreeze).
    private static bool IsReleaseBranch(string branch) => branch.StartsWith(Release, StringComparison.OrdinalIgnoreCase);

    /// <summary>X.Y or X.Y.Z, numbers only.</summary>
    private static SemanticVersion? Line(string text)
    {
        var parts = text.Split('.');
        if (parts.Length is < 2 or > 3) return null;
        var numbers = new int[3];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return null;
        return new SemanticVersion(numbers[0], numbers[1], numbers[2]);
    }
}
