using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ReleaseTasks.Git;

namespace ReleaseTasks.Commits;

/// <summary>
/// The commits that make up a release: merge commits are skipped (the commits they bring in are in the range
/// themselves), and a revert cancels the commit it reverts when both are in the range.
/// </summary>
public static class CommitRange
{
    /// <summary>The effective commits of a range given newest first, in the same order.</summary>
    public static IReadOnlyList<ReleaseCommit> Effective(IEnumerable<GitCommit> commits)
    {
        var parsed = commits.Where(c => !c.IsMerge)
            .Select(c => new ReleaseCommit(c, ConventionalCommitParser.Parse(c.Message)))
            .ToList();

        // Newest first (git log's order): a revert that a newer commit reverted again (the change re-landed) is
        // cancelled by that one and cancels nothing itself, so the original commit counts again.
        var cancelled = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var revert in parsed)
        {
            if (cancelled.Contains(revert.Commit.Id)) continue;
            foreach (var target in RevertedIds(revert))
            {
                var reverted = parsed.FirstOrDefault(p =>
                    !ReferenceEquals(p, revert) && p.Commit.Id.StartsWith(target, StringComparison.OrdinalIgnoreCase));
                if (reverted == null || cancelled.Contains(reverted.Commit.Id)) continue;
                cancelled.Add(reverted.Commit.Id);
                cancelled.Add(revert.Commit.Id);
                break;
            }
        }
        return parsed.Where(p => !cancelled.Contains(p.Commit.Id)).ToList();
    }

    /// <summary>The ids a commit says it reverts: git's revert sentence, or a <c>revert:</c> commit's Refs footer.</summary>
    public static IEnumerable<string> RevertedIds(ReleaseCommit commit)
    {
        foreach (Match m in CommitPatterns.GitRevert().Matches(commit.Commit.Message))
            yield return m.Groups["sha"].Value;

        if (commit.Message.Type != "revert") yield break;
        foreach (var footer in commit.Message.Footers)
        {
            if (!string.Equals(footer.Token, "Refs", StringComparison.OrdinalIgnoreCase)) continue;
            foreach (Match m in CommitPatterns.ShaToken().Matches(footer.Value))
                yield return m.Value;
        }
    }
}
