using System.Text.RegularExpressions;

namespace ReleaseTasks.Commits;

/// <summary>What a <c>+semver:</c> directive asks a commit to count as.</summary>
public enum SemverBump
{
    None,
    Patch,
    Minor,
    Major,
}

/// <summary>
/// GitVersion's commit-message directive, for teams migrating from it: <c>+semver: major</c> (or <c>breaking</c>),
/// <c>minor</c> (<c>feature</c>), <c>patch</c> (<c>fix</c>), <c>none</c> (<c>skip</c>), anywhere in the message, any case,
/// with at most one space after the colon, as GitVersion's default patterns read it. Unlike those patterns the word must
/// end there: <c>+semver: majority</c> is no directive.
/// </summary>
public static class SemverDirective
{
    /// <summary>The highest directive in the message (a message naming two asks for the larger), or null when it has none.</summary>
    public static SemverBump? Of(string message)
    {
        if (message.IndexOf("+semver:", System.StringComparison.OrdinalIgnoreCase) < 0) return null;
        SemverBump? highest = null;
        foreach (Match m in CommitPatterns.SemverDirective().Matches(message))
        {
            var bump = m.Groups["word"].Value.ToLowerInvariant() switch
            {
                "breaking" or "major" => SemverBump.Major,
                "feature" or "minor" => SemverBump.Minor,
                "fix" or "patch" => SemverBump.Patch,
                _ => SemverBump.None,
            };
            if (highest == null || bump > highest) highest = bump;
        }
        return highest;
    }

    /// <summary>The directive as written for the explanation line: "+semver: minor".</summary>
    public static string Describe(SemverBump bump) => "+semver: " + bump.ToString().ToLowerInvariant();
}
