using System;
using System.Collections.Generic;
using ReleaseTasks.Git;

namespace ReleaseTasks.Gates;

/// <summary>
/// Finds the base of a change (the merge-base of HEAD with the default branch, or ReleaseTasksCoverageBaseRef) and
/// the lines changed since it, working-tree changes included.
/// </summary>
public static class ChangedLinesReader
{
    /// <summary>The changed lines, or the reason they cannot be known (then the gate is skipped with RT2012).</summary>
    public static (ChangedLines? Lines, string? Unavailable) Read(GitProcess git, string? baseRef)
    {
        var candidates = string.IsNullOrWhiteSpace(baseRef)
            ? DefaultBranchCandidates(git)
            : new List<string> { baseRef!.Trim() };
        string? found = null;
        foreach (var candidate in candidates)
        {
            if (git.Run("rev-parse", "--verify", "--quiet", candidate + "^{commit}").ExitCode == 0) { found = candidate; break; }
        }
        if (found == null)
            return (null, string.IsNullOrWhiteSpace(baseRef)
                ? "no default branch (origin/HEAD, origin/main, main, origin/master, master) was found"
                : $"the base ref '{baseRef}' does not exist in this clone");

        var mergeBase = git.Run("merge-base", "HEAD", found);
        if (mergeBase.ExitCode != 0) return (null, $"HEAD and {found} have no common history");
        var baseCommit = mergeBase.Output.Trim();
        // Every option that shapes the patch is explicit: prefixes, relative paths, context, renames, external tools.
        var diff = git.RunChecked("diff", "--no-color", "--no-ext-diff", "--no-textconv", "--no-relative", "--src-prefix=a/", "--dst-prefix=b/",
            "--submodule=short", "--inter-hunk-context=0", "-M", "-U0", baseCommit, "--");
        var description = $"{found} ({baseCommit.Substring(0, Math.Min(7, baseCommit.Length))})";
        return (new ChangedLines(ChangedLines.ParseDiff(diff), description), null);
    }

    private static List<string> DefaultBranchCandidates(GitProcess git)
    {
        var list = new List<string>();
        var originHead = git.Run("symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD");
        if (originHead.ExitCode == 0 && originHead.Output.Trim().Length > 0) list.Add(originHead.Output.Trim());
        list.AddRange(new[] { "origin/main", "main", "origin/master", "master" });
        return list;
    }
}
