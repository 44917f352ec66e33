using System;
using System.Collections.Generic;
using ReleaseTasks.Commits;

namespace ReleaseTasks.Versioning;

/// <summary>Conventional Commits → bump: any breaking change → major, any feat → minor, anything else (messages that
/// are not Conventional Commits included) → patch; a <c>+semver:</c> directive replaces its commit's own type.</summary>
public static class BumpDetector
{
    // Types the release notes hide by default: they make a patch only when nothing else in the range does.
    private static readonly HashSet<string> Housekeeping = new(StringComparer.OrdinalIgnoreCase) { "chore", "ci", "build", "docs", "style", "test" };

    /// <summary>
    /// The bump and the commit that decided it, which the explanation line names: the newest commit of the highest
    /// bump. Within a patch, where every commit bumps the same, the commit that means a patch decides: a <c>fix</c>
    /// before other types (perf, refactor, …), those before housekeeping (chore, ci, build, docs, style, test), and
    /// those before messages that are not Conventional Commits.
    /// </summary>
    public static (ReleaseBump Bump, ReleaseCommit? Deciding) Detect(IEnumerable<ReleaseCommit> commits)
    {
        var bump = ReleaseBump.Patch;
        var rank = -1;
        ReleaseCommit? deciding = null;
        foreach (var commit in commits)
        {
            if (Of(commit) is not { } this_) continue;
            // An explicit +semver: patch names the patch better than any type does.
            var thisRank = this_ != ReleaseBump.Patch ? 0 : SemverDirective.Of(commit.Commit.Message) != null ? 4 : PatchRank(commit.Message);
            if (this_ > bump || deciding == null || this_ == bump && thisRank > rank)
            {
                bump = this_;
                rank = thisRank;
                deciding = commit;
            }
            if (bump == ReleaseBump.Major) break;
        }
        return (bump, deciding);
    }

    /// <summary>What one commit asks for: a <c>+semver:</c> directive when it has one (null for <c>none</c>: it counts for
    /// nothing), else its Conventional Commit. A message that is not Conventional Commits counts as a patch, whatever its
    /// footers say: its commit is left out of the release notes, so it must not make a major release either.</summary>
    public static ReleaseBump? Of(ReleaseCommit commit)
    {
        switch (SemverDirective.Of(commit.Commit.Message))
        {
            case SemverBump.None: return null;
            case SemverBump.Patch: return ReleaseBump.Patch;
            case SemverBump.Minor: return ReleaseBump.Minor;
            case SemverBump.Major: return ReleaseBump.Major;
        }
        return !commit.Message.IsConventional ? ReleaseBump.Patch
            : commit.Message.IsBreaking ? ReleaseBump.Major
            : commit.Message.Type == "feat" ? ReleaseBump.Minor
            : ReleaseBump.Patch;
    }

    private static int PatchRank(ConventionalCommit message) =>
        !message.IsConventional ? 0
        : string.Equals(message.Type, "fix", StringComparison.OrdinalIgnoreCase) ? 3
        : Housekeeping.Contains(message.Type ?? "") ? 1
        : 2;
}
