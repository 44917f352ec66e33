using System;
using System.Collections.Generic;
using NuGet.Versioning;
using ReleaseTasks.Git;

namespace ReleaseTasks.Versioning;

/// <summary>
/// "Main never versions at or below a release that branched from it", GitVersion's tracks-release-branches way: the
/// release branches of the repository (local <c>release/X.Y</c> and every remote's, so a CI clone with only
/// <c>origin/release/1.3</c> sees it) and the stable version tags HEAD cannot reach lift the main line's core to the
/// next minor of the highest of them. Everything is read from the one ref listing versioning already makes.
/// </summary>
public static class ReleaseLines
{
    private const string Heads = "refs/heads/";
    private const string Remotes = "refs/remotes/";
    private const string ReleasePrefix = "release/";

    /// <summary>The names of the main line, whose builds follow the releases branched from it (a detached HEAD outside
    /// CI is versioned like the main line, so it follows them too).</summary>
    public static bool FollowsReleases(BranchPolicy policy) =>
        policy.Name is "main" or "master" or "develop" or "trunk" || ReferenceEquals(policy, BranchPolicy.UnknownBranch);

    /// <summary>
    /// The releases the main line must stay above: the project's release branches (<see cref="ReleaseLineName"/>:
    /// <c>release/X.Y[.Z]</c>, or <c>release/core-v1.3</c> with the tag prefix <c>core-v</c>; another prefix's are not its
    /// releases), and stable version tags above the previous tag (HEAD cannot reach them: the previous tag is the highest
    /// it can).
    /// </summary>
    public static IReadOnlyList<BranchedRelease> Find(IEnumerable<GitRef> branches, IEnumerable<VersionTag> tags, VersionTag? previous, string tagPrefix)
    {
        var found = new List<BranchedRelease>();
        foreach (var branch in branches)
            if (ReleaseBranchName(branch.Name) is { } name && ReleaseLineName.VersionOf(name, tagPrefix) is { } version)
                found.Add(new BranchedRelease(ShortName(branch.Name), version));
        foreach (var tag in tags)
            if (!tag.Version.IsPrerelease && (previous == null || VersionComparer.VersionRelease.Compare(tag.Version, previous.Version) > 0))
                found.Add(new BranchedRelease(tag.Name, tag.Version));
        return found;
    }

    /// <summary>The release whose floor is highest, or null when there is none.</summary>
    public static BranchedRelease? Highest(IReadOnlyList<BranchedRelease> releases)
    {
        BranchedRelease? highest = null;
        foreach (var release in releases)
            if (highest == null || VersionComparer.VersionRelease.Compare(release.MainLineFloor, highest.MainLineFloor) > 0) highest = release;
        return highest;
    }

    /// <summary>"release/1.3" for refs/heads/release/1.3 and refs/remotes/origin/release/1.3; null for other refs.</summary>
    public static string? ReleaseBranchName(string refName)
    {
        var name = BranchName(refName);
        return name != null && name.StartsWith(ReleasePrefix, StringComparison.OrdinalIgnoreCase) ? name : null;
    }

    /// <summary>The branch a ref names without its remote: main for refs/heads/main and refs/remotes/origin/main.</summary>
    public static string? BranchName(string refName)
    {
        if (refName.StartsWith(Heads, StringComparison.Ordinal)) return refName.Substring(Heads.Length);
        if (!refName.StartsWith(Remotes, StringComparison.Ordinal)) return null;
        var rest = refName.Substring(Remotes.Length);
        var slash = rest.IndexOf('/');
        return slash < 0 ? null : rest.Substring(slash + 1);
    }

    /// <summary>What a user types for a ref: release/1.3, origin/release/1.3.</summary>
    public static string ShortName(string refName) =>
        refName.StartsWith(Heads, StringComparison.Ordinal) ? refName.Substring(Heads.Length)
        : refName.StartsWith(Remotes, StringComparison.Ordinal) ? refName.Substring(Remotes.Length)
        : refName;
}
