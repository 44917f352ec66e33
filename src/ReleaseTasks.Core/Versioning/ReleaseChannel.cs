using System;
using System.Linq;
using NuGet.Versioning;

namespace ReleaseTasks.Versioning;

/// <summary>
/// What kind of release a version is, for the build's outputs (ReleaseTasksReleaseType, ReleaseTasksChannel,
/// ReleaseTasksIsLts): derived from the version and the branch alone, so a cached version needs nothing more.
/// </summary>
public static class ReleaseChannel
{
    public const string Stable = "stable";

    /// <summary>"Stable" for a release, "PreRelease" for anything with a pre-release label.</summary>
    public static string ReleaseType(SemanticVersion version) => version.IsPrerelease ? "PreRelease" : "Stable";

    /// <summary>
    /// The channel is the first identifier of the pre-release label, lowercased: <c>alpha</c>, <c>beta</c>, <c>rc</c>
    /// by the default branch policies and tags, or a policy's own (<c>nightly.{h}</c> → <c>nightly</c>, pull requests
    /// <c>pr</c>); a feature branch's <c>alpha.feature-x.3</c> is on <c>alpha</c>. A release is <c>stable</c>.
    /// </summary>
    public static string Of(SemanticVersion version)
    {
        // A pre-release has at least one label.
        return version.IsPrerelease ? version.ReleaseLabels.First().ToLowerInvariant() : Stable;
    }

    /// <summary>A long-term-support line: an <c>lts/*</c> or <c>support/*</c> branch (any case), or the team says so.</summary>
    public static bool IsLts(string? branch, bool declared) =>
        declared || branch != null &&
        (branch.StartsWith("lts/", StringComparison.OrdinalIgnoreCase) || branch.StartsWith("support/", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A tag checked out on a detached HEAD outside CI has no branch: it is LTS when an lts/* or support/* branch,
    /// local or remote-tracking (refs/remotes/&lt;remote&gt;/lts/…), holds it. Only asked for that case: one
    /// for-each-ref --contains, cached with the version.
    /// </summary>
    public static bool AnyLts(System.Collections.Generic.IEnumerable<string> references) => references.Any(r =>
    {
        if (r.StartsWith("refs/heads/", StringComparison.Ordinal)) return IsLts(r.Substring("refs/heads/".Length), false);
        if (!r.StartsWith("refs/remotes/", StringComparison.Ordinal)) return false;
        var rest = r.Substring("refs/remotes/".Length);
        var slash = rest.IndexOf('/');
        return slash > 0 && IsLts(rest.Substring(slash + 1), false);
    });
}
