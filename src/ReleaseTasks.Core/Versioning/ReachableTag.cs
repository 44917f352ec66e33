using System;
using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.Git;

namespace ReleaseTasks.Versioning;

/// <summary>
/// The highest of some version tags that is reachable from HEAD, with the commits since it, without walking the
/// whole history. The highest tag is tried first with one git call that both proves ancestry and reads the commits;
/// usually it is the one. When it is not (newer releases on maintenance branches that were never merged), git is
/// asked which of the next highest tags HEAD contains, a few at a time: each such question walks only down to the
/// oldest tag asked about, so a history whose top tags sit on other branches costs two short walks, not one of the
/// whole history. Versioning and release notes both start their range here.
/// </summary>
public static class ReachableTag
{
    // Tags per for-each-ref --merged question after the first miss: a small batch first (the usual case: one or two
    // maintenance releases above the main line's tag), then a larger one, then every tag at once.
    private static readonly int[] Batches = { 8, 56 };

    public static (VersionTag? Tag, IReadOnlyList<GitCommit>? Commits) Highest(
        IGitHistory git, IEnumerable<VersionTag> tags, IReadOnlyList<string> pathFilters)
    {
        var candidates = tags.OrderByDescending(t => t.Version, VersionComparer.VersionRelease).ToList();
        if (candidates.Count == 0) return (null, null);

        var first = candidates[0];
        var commits = git.CommitsSinceAncestor(first.CommitId, pathFilters);
        if (commits != null) return (first, commits);

        // The rest, without the tags on the commit just ruled out.
        var rest = candidates.Where(t => !string.Equals(t.CommitId, first.CommitId, StringComparison.OrdinalIgnoreCase)).ToList();
        var best = FirstReachable(git, rest);
        return best == null ? (null, null) : (best, git.CommitsSince(best.CommitId, pathFilters));
    }

    /// <summary>The first of <paramref name="ordered"/> that HEAD contains, asking git about a batch at a time.</summary>
    private static VersionTag? FirstReachable(IGitHistory git, List<VersionTag> ordered)
    {
        var start = 0;
        foreach (var size in Batches)
        {
            if (start >= ordered.Count) return null;
            var batch = ordered.Skip(start).Take(size).ToList();
            var reachable = Reachable(git, batch.Select(t => t.Name).ToList());
            var found = batch.FirstOrDefault(t => reachable.Contains(t.Name));
            if (found != null) return found;
            start += batch.Count;
        }
        if (start >= ordered.Count) return null;
        var all = new HashSet<string>(git.TagsReachableFromHead().Select(t => t.Name), StringComparer.Ordinal);
        return ordered.Skip(start).FirstOrDefault(t => all.Contains(t.Name));
    }

    /// <summary>
    /// Which of the named tags HEAD contains: one question about exactly those tags, or about every tag when a name
    /// would be read by git as a pattern (a prefix holding *, ? or [) or when there are too many for one command line.
    /// </summary>
    public static IReadOnlyCollection<string> Reachable(IGitHistory git, IReadOnlyList<string> tagNames)
    {
        if (tagNames.Count <= Batches[Batches.Length - 1] && tagNames.All(n => n.IndexOfAny(PatternCharacters) < 0))
            return git.ReachableFromHead(tagNames);
        return new HashSet<string>(git.TagsReachableFromHead().Select(t => t.Name).Where(tagNames.Contains), StringComparer.Ordinal);
    }

    private static readonly char[] PatternCharacters = { '*', '?', '[', '\\' };
}
