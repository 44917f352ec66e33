using System.Collections.Generic;
using NuGet.Versioning;
using ReleaseTasks.Git;

namespace ReleaseTasks.Versioning;

/// <summary>
/// The release a cold build will most likely count from, as the ref files name it: the highest version tag of the
/// prefix in packed-refs (a fresh clone packs every tag). The version reads its range from that tag while git is still
/// listing the tags (issue 12): two git processes at once instead of one after the other. Git's listing stays the
/// answer: the range read early is used only when the tag git names first is this one, on this commit.
/// </summary>
public static class PreviousTagGuess
{
    /// <summary>The commit to start reading from, or null when there is nothing safe to guess: no packed version tag of
    /// the prefix; a loose one (a tag made or fetched since the clone: its commit is not in the file); or a version tag on
    /// HEAD, where no range is read at all.</summary>
    public static string? CommitOf(GitDirectories directories, string prefix, string headCommit)
    {
        if (directories.ReadTagRefs() is not { } refs) return null;
        foreach (var name in refs.Loose)
            if (VersionTag.HasPrefix(name, prefix) && VersionTag.TryParseName(name, prefix, out _)) return null;
        VersionTag? best = null;
        foreach (var tag in refs.Packed)
        {
            if (!VersionTag.HasPrefix(tag.Name, prefix) || !VersionTag.TryParse(tag.Name, tag.CommitId, prefix, out var version)) continue;
            if (string.Equals(tag.CommitId, headCommit, System.StringComparison.OrdinalIgnoreCase)) return null;
            // Strictly higher: among equal versions the first in refname order, as git lists them and ReachableTag tries them.
            if (best == null || VersionComparer.VersionRelease.Compare(version.Version, best.Version) > 0) best = version;
        }
        return best?.CommitId;
    }
}
