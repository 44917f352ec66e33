using System;
using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.Git;

namespace ReleaseTasks.Versioning;

/// <summary>
/// The highest of some version tags that is reachable from HEAD, with the commits since it, without walking the
/// whole history: the highest tags are tried first, each with one git call that both proves ancestry and reads
/// the commits; usually the first one is it. After a few misses (a branch far behind newer releases) git lists the
/// reachable tags, which walks the whole history. Versioning and release notes both start their range here.
/// </summary>
public static class ReachableTag
{
    private const int DirectTries = 3;

    public static (VersionTag? Tag, IReadOnlyList<GitCommit>? Commits) Highest(
        IGitHistory git, IEnumerable<VersionTag> tags, IReadOnlyList<string> pathFilters)
    {
        var candidates = tags.OrderByDescending(t => t.Version, VersionComparer.VersionRelease).ToList();
        var tried = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var candidate in candidates)
        {
            if (tried.Count == DirectTries) break;
            if (!tried.Add(candidate.CommitId)) continue;
            var commits = git.CommitsSinceAncestor(candidate.CommitId, pathFilters);
            if (commits != null) return (candidate, commits);
        }
        if (tried.Count < DirectTries) return (null, null);

        var reachable = new HashSet<string>(git.TagsReachableFromHead().Select(t => t.CommitId), StringComparer.OrdinalIgnoreCase);
        var best = candidates.FirstOrDefault(t => reachable.Contains(t.CommitId));
        return best == null ? (null, null) : (best, git.CommitsSince(best.CommitId, pathFilters));
    }
}
