using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;

namespace ReleaseTasks.Versioning;

/// <summary>The release a build is compared with downstream (package validation's baseline).</summary>
public static class PreviousRelease
{
    /// <summary>
    /// The highest stable release below <paramref name="version"/> (its core version for a pre-release: 2.0.0-rc.1 is
    /// compared with 1.x), among every release tag of the repository; null when there is none. Pre-releases are never a
    /// baseline: their API carries no promise.
    /// </summary>
    public static SemanticVersion? StableBefore(SemanticVersion version, IEnumerable<SemanticVersion> releases)
    {
        var core = new SemanticVersion(version.Major, version.Minor, version.Patch);
        return releases
            .Where(r => !r.IsPrerelease && VersionComparer.Version.Compare(r, core) < 0)
            .OrderByDescending(r => r, VersionComparer.Version)
            .FirstOrDefault();
    }

    /// <summary>Whether going from <paramref name="baseline"/> to <paramref name="version"/> may break the API: a major
    /// release (a minor one while the major is 0), as RT5001 judges it.</summary>
    public static bool AllowsBreakingChanges(SemanticVersion baseline, SemanticVersion version) =>
        version.Major > baseline.Major || (baseline.Major == 0 && version.Major == 0 && version.Minor > baseline.Minor);
}
