using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;

namespace ReleaseTasks.Containers;

/// <summary>
/// The image tags of a version, as teams tag container images: a release gets X.Y.Z, and X.Y, X and latest when no
/// release above it holds them (a hotfix 1.2.5 after 1.3.0 moves 1.2 but not 1 or latest); a pre-release gets only
/// its full version, so that no moving tag ever points at one.
/// </summary>
public static class ContainerImageTags
{
    /// <summary>The tags for <paramref name="version"/>, given every release of the repository (the version's own tag
    /// among them or not).</summary>
    public static IReadOnlyList<string> For(SemanticVersion version, IEnumerable<SemanticVersion> releases)
    {
        var tags = new List<string> { Tag(version) };
        if (version.IsPrerelease) return tags;
        var higher = releases.Where(r => !r.IsPrerelease && VersionComparer.Version.Compare(r, version) > 0).ToList();
        if (!higher.Any(r => r.Major == version.Major && r.Minor == version.Minor)) tags.Add($"{version.Major}.{version.Minor}");
        if (!higher.Any(r => r.Major == version.Major)) tags.Add($"{version.Major}");
        if (higher.Count == 0) tags.Add("latest");
        return tags;
    }

    /// <summary>
    /// A version as an image tag. Registries accept [A-Za-z0-9_][A-Za-z0-9_.-]{0,127} (the OCI distribution spec), so
    /// SemVer's '+' becomes '_', as Helm maps it for OCI registries: '_' is in no SemVer version, so it reads back.
    /// </summary>
    public static string Tag(SemanticVersion version) => version.ToFullString().Replace('+', '_');
}
