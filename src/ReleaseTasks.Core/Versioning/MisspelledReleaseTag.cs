using System;
using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Git;

namespace ReleaseTasks.Versioning;

/// <summary>
/// Finds the one tag that looks like a version, is not SemVer, and would have changed the version had it been spelled
/// as SemVer (RT1010): on HEAD when no SemVer tag there is as high, else the highest reachable from HEAD above the tag
/// the version came from. One warning, however many such tags a history holds.
/// </summary>
public static class MisspelledReleaseTag
{
    /// <param name="range">The commits since <paramref name="previous"/> that versioning read anyway; a tag on one of
    /// them is reachable without another git call.</param>
    public static Diagnostic? Find(IGitHistory git, IReadOnlyList<VersionLikeTag> versionLike, IReadOnlyList<VersionTag> versionTags,
        string headCommit, IReadOnlyList<VersionTag> headTags, VersionTag? previous, IReadOnlyList<GitCommit>? range, SemanticVersion computed)
    {
        // A tag whose SemVer spelling exists already (v2.1 beside v2.1.0) was fixed by the team.
        var candidates = versionLike
            .Where(t => !versionTags.Any(v => VersionComparer.VersionRelease.Equals(v.Version, t.Version)))
            .ToList();
        if (candidates.Count == 0) return null;
        var others = versionLike.Count - 1;

        var onHead = candidates
            .Where(t => string.Equals(t.CommitId, headCommit, StringComparison.OrdinalIgnoreCase)
                        && headTags.All(h => VersionComparer.VersionRelease.Compare(h.Version, t.Version) < 0))
            .OrderByDescending(t => t.Version, VersionComparer.VersionRelease)
            .FirstOrDefault();
        if (onHead != null) return DiagnosticCatalog.VersionLikeTagOnHead(onHead.Name, onHead.SemVerName, onHead.Version.ToNormalizedString(), onHead.CommitId, computed.ToNormalizedString(), others);
        if (headTags.Count > 0) return null;

        var higher = candidates
            .Where(t => previous == null || VersionComparer.VersionRelease.Compare(t.Version, previous.Version) > 0)
            .OrderByDescending(t => t.Version, VersionComparer.VersionRelease)
            .ToList();
        if (higher.Count == 0) return null;

        var inRange = new HashSet<string>((range ?? Array.Empty<GitCommit>()).Select(c => c.Id), StringComparer.OrdinalIgnoreCase);
        IReadOnlyCollection<string>? reachable = null;
        foreach (var tag in higher)
        {
            if (!inRange.Contains(tag.CommitId))
            {
                // Only for tags the range does not show (no previous tag, a path filter, a tag behind the previous one):
                // one question about exactly those tags.
                reachable ??= ReachableTag.Reachable(git, higher.Where(t => !inRange.Contains(t.CommitId)).Select(t => t.Name).ToList());
                if (!reachable.Contains(tag.Name)) continue;
            }
            return DiagnosticCatalog.VersionLikeTagInHistory(tag.Name, tag.SemVerName, tag.Version.ToNormalizedString(), tag.CommitId,
                previous?.Name, computed.ToNormalizedString(), others);
        }
        return null;
    }
}
