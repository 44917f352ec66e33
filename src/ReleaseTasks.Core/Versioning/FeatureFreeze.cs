using System;
using System.Collections.Generic;
using ReleaseTasks.Commits;
using ReleaseTasks.Git;

namespace ReleaseTasks.Versioning;

/// <summary>
/// The feature freeze of a release branch: no <c>feat</c> and no breaking change after its branch point. The branch point
/// is where the release branch leaves the default branch: the commits after it are those HEAD has and the default branch
/// does not (<c>git log &lt;default&gt;..HEAD</c>), so the default branch moving on never counts, and commits merged back
/// into the default branch stop counting once they are there.
/// </summary>
public static class FeatureFreeze
{
    private static readonly string[] MainLineNames = { "develop", "main", "master", "trunk" };

    /// <summary>A branch build (not a pull request) of <c>release/…</c>; with a tag prefix, of the project's own release
    /// branches only (<c>release/core-v…</c>): another project's release branch does not freeze this one.</summary>
    public static bool Applies(string? branch, int? pullRequest, string tagPrefix = "") =>
        pullRequest == null && branch != null && ReleaseLineName.IsLineOf(branch, tagPrefix);

    /// <summary>
    /// The default branch's ref: ReleaseTasksDefaultBranch when set (a local branch, else origin's, else any remote's);
    /// otherwise the branch origin/HEAD names (the remote's default, present in clones), then the first of develop
    /// (git-flow cuts releases from it), main, master, trunk, locally then on origin. Null when none exists.
    /// </summary>
    public static GitRef? DefaultBranch(IReadOnlyList<GitRef> branches, string? configured)
    {
        GitRef? Find(string name)
        {
            GitRef? remote = null, origin = null;
            foreach (var b in branches)
            {
                if (b.Name == "refs/heads/" + name || b.Name == "refs/remotes/" + name) return b;
                if (b.Name == "refs/remotes/origin/" + name) origin = b;
                else if (remote == null && b.Name.StartsWith("refs/remotes/", StringComparison.Ordinal) && ReleaseLines.BranchName(b.Name) == name
                         && !b.Name.EndsWith("/HEAD", StringComparison.Ordinal)) remote = b;
            }
            return origin ?? remote;
        }

        if (!string.IsNullOrWhiteSpace(configured)) return Find(configured!.Trim());
        // origin/HEAD names the remote's current branch, which in a bare clone of a working repository may be a release
        // branch itself: only a main-line target is taken.
        foreach (var b in branches)
            if (b.Name == "refs/remotes/origin/HEAD" && b.Target.Length > 0 && ReleaseLines.ReleaseBranchName(b.Target) == null)
                foreach (var target in branches)
                    if (target.Name == b.Target) return target;
        foreach (var name in MainLineNames)
            foreach (var b in branches)
                if (b.Name == "refs/heads/" + name) return b;
        foreach (var name in MainLineNames)
            foreach (var b in branches)
                if (b.Name == "refs/remotes/origin/" + name) return b;
        return null;
    }

    /// <summary>The names CreateReleaseBranch accepts as the main line: the configured default branch, or any of
    /// develop, main, master, trunk.</summary>
    public static bool IsMainLine(string? branch, string? configured) =>
        !string.IsNullOrEmpty(branch) && (string.IsNullOrWhiteSpace(configured)
            ? Array.IndexOf(MainLineNames, branch) >= 0
            : string.Equals(branch, configured!.Trim(), StringComparison.Ordinal)
              || configured.Trim().EndsWith("/" + branch, StringComparison.Ordinal));

    /// <summary>The commits that break the freeze, newest first, as "1a2b3c4 feat: subject": every commit that asks for a
    /// minor or a major (a feat, a breaking change, or a <c>+semver: minor|major</c> directive).</summary>
    public static IReadOnlyList<string> Breaks(IEnumerable<ReleaseCommit> commits)
    {
        var breaks = new List<string>();
        foreach (var commit in commits)
        {
            if (BumpDetector.Of(commit) is not ReleaseBump.Minor and not ReleaseBump.Major) continue;
            var id = commit.Commit.Id.Length > 7 ? commit.Commit.Id.Substring(0, 7) : commit.Commit.Id;
            var subject = commit.Commit.Message.Split('\n')[0].Trim();
            breaks.Add(id + " " + subject);
        }
        return breaks;
    }
}
