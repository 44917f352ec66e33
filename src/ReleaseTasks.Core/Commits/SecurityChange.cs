using System;
using System.Collections.Generic;
using System.Linq;

namespace ReleaseTasks.Commits;

/// <summary>
/// A security change, by the commit grammar: type or scope <c>security</c> (<c>security: …</c>, <c>fix(security): …</c>),
/// or a <c>Security:</c> or <c>CVE:</c> footer (any case). Prose in the body never counts.
/// </summary>
public static class SecurityChange
{
    public static bool Is(ConventionalCommit message) =>
        message.IsConventional &&
        (IsSecurity(message.Type) || IsSecurity(message.Scope) ||
         message.Footers.Any(f => IsSecurity(f.Token) || string.Equals(f.Token, "CVE", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Whether any commit of a release range is a security change (reverted commits are not in the range).</summary>
    public static bool In(IEnumerable<ReleaseCommit> commits) => commits.Any(c => Is(c.Message));

    private static bool IsSecurity(string? word) => string.Equals(word, "security", StringComparison.OrdinalIgnoreCase);
}
