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
}
