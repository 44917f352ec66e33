using System;
using System.Collections.Generic;
using System.Linq;

namespace ReleaseTasks.Releasing;

/// <summary>The branches a release may be tagged on: names, or patterns where * stands for any characters.</summary>
public static class ReleaseBranch
{
    public static IReadOnlyList<string> Defaults { get; } = new[] { "main", "master", "release/*", "hotfix/*", "lts/*", "support/*" };

    public static bool IsAllowed(string branch, IReadOnlyList<string> patterns) =>
        branch.Length > 0 && patterns.Any(p => Matches(branch, p.Trim()));

    private static bool Matches(string text, string pattern)
    {
        var star = pattern.IndexOf('*');
        if (star < 0) return string.Equals(text, pattern, StringComparison.Ordinal);
        var head = pattern.Substring(0, star);
        var rest = pattern.Substring(star + 1);
        if (!text.StartsWith(head, StringComparison.Ordinal)) return false;
        for (var i = head.Length; i <= text.Length; i++)
            if (Matches(text.Substring(i), rest)) return true;
        return false;
    }
}
