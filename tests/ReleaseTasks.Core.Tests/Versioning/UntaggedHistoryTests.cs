using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ReleaseTasks.Git;
using ReleaseTasks.Tests.Git;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

/// <summary>
/// Issue 12: before the first release tag the version reads only the messages that can change it (+semver:, Release-As,
/// reverts) out of the whole history. On many generated untagged histories — reverts (git's and `revert:` with Refs,
/// full and short ids, reverts of reverts), merges carrying directives, path filters, Release-As in footers, bodies and
/// prose, valid, invalid and too low, +semver in any case — the version is computed both ways, the old one reading every
/// message, and must be the same in every respect the user sees.
/// </summary>
public class UntaggedHistoryTests
{
    /// <summary>The read before issue 12: every message of the history, through the same git log.</summary>
    private sealed class EveryMessage : ForwardingHistory
    {
        public EveryMessage(IGitHistory git) : base(git) { }
        public override IReadOnlyList<GitCommit> WholeHistory(IReadOnlyList<string> pathFilters, IReadOnlyList<string> messageMarkers) => Git.CommitsSince(null, pathFilters);
    }

    private static readonly string[] Paths = { "a/x.txt", "a/deep/y.txt", "b/y.txt", "c/z.txt" };

    private static readonly string[] Messages =
    {
        "feat: a feature", "fix: a fix", "chore: tidy", "feat!: breaking", "fix(core)!: gone\n\nBREAKING CHANGE: it is gone",
        "not conventional at all", "docs: explain semver and release-as in prose",
        "feat: x\n\n+semver: major", "fix: y\n\n+semver: minor", "chore: z\n\n+SEMVER: Patch", "feat: w\n\n+semver: none",
        "feat: v\n\nbody text +semver:breaking inline", "fix: u\n\n+semver: majority", "+semver: feature in the subject",
        "feat: t\n\nRelease-As: 2.0.0", "fix: s\n\nrelease-as: 1.5.0", "chore: r\n\nRelease-As: v3.1.0", "fix: q\n\nRelease-As: banana",
        "fix: p\n\nRelease-As: 0.0.5", "feat: o\n\nWe will Release-As: 9.0.0 one day, says the body.\n\nRefs: #1",
        "chore: n\n\nRELEASE-AS: 1.1.1", "feat: m\n\nRelease-As: 1.2", "fix: l\n\nRelease-As #4.0.0",
        "feat: k\n\n+semver: major\n\nRelease-As: 5.0.0",
    };

    [Fact]
    public void TheVersionOfAnUntaggedHistoryIsTheSameReadingOnlyTheMessagesThatCanMatter()
    {
        var decided = 0;
        var compared = 0;
        for (var seed = 1; seed <= 24; seed++)
        {
            using var repo = new TempRepository();
            GenerateHistory(repo.Directory, new Random(seed), commits: 25 + seed % 20);
            foreach (var filters in new[] { Array.Empty<string>(), new[] { "a/**" }, new[] { "b/**", "c/**" } })
            foreach (var initial in new[] { "0.1.0", "1.0.0" })
            {
                var settings = new VersionSettings { PathFilters = filters, InitialVersion = NuGet.Versioning.SemanticVersion.Parse(initial) };
                var request = new VersionRequest(repo.Directory, settings) { Environment = _ => null };
                var everyMessage = ReleaseVersionResolver.Resolve(request, new EveryMessage(new GitCliHistory("git", repo.Directory))).Result;
                var cli = new GitCliHistory("git", repo.Directory);
                var markersOnly = ReleaseVersionResolver.Resolve(request, cli).Result;

                var where = $"seed {seed}, filters '{string.Join(";", filters)}', initial {initial}";
                Assert.True(everyMessage.Version.ToFullString() == markersOnly.Version.ToFullString(), where);
                Assert.True(everyMessage.Explanation == markersOnly.Explanation, $"{where}: {everyMessage.Explanation} / {markersOnly.Explanation}");
                Assert.Equal(everyMessage.Height, markersOnly.Height);
                Assert.Equal(everyMessage.CommitDate, markersOnly.CommitDate);
                Assert.Equal(everyMessage.Diagnostics.Select(d => d.Code + " " + d.Message), markersOnly.Diagnostics.Select(d => d.Code + " " + d.Message));
                Assert.Equal("", markersOnly.PreviousTag);
                // Still one git process for the history, one for the refs (and with a path filter that leaves HEAD out, HEAD's date).
                Assert.InRange(cli.ProcessCount, 2, filters.Length > 0 ? 3 : 2);
                compared++;
                if (markersOnly.Explanation.Contains("+semver") || markersOnly.Explanation.Contains("Release-As")) decided++;
            }
        }
        // Not a comparison of versions nothing could change: directives and Release-As decided many of them.
        Assert.Equal(24 * 6, compared);
        Assert.True(decided > compared / 4, $"only {decided} of {compared} versions were decided by a directive or Release-As");
    }

    [Fact]
    public void OnlyTheMessagesWithAMarkerAreKept()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: plain");
        repo.Commit("fix: y\n\n+Semver: minor");
        var reverted = repo.Commit("chore: z");
        repo.Commit($"Revert \"chore: z\"\n\nThis reverts commit {reverted}.");
        var git = new GitCliHistory("git", repo.Directory);

        var history = git.WholeHistory(Array.Empty<string>(), FirstReleaseBump.MessageMarkers);
        var full = git.CommitsSince(null, Array.Empty<string>());

        Assert.Equal(full.Select(c => (c.Id, string.Join(" ", c.Parents), c.Date)), history.Select(c => (c.Id, string.Join(" ", c.Parents), c.Date)));
        Assert.Equal(new[] { full[0].Message, "", full[2].Message, "" }, history.Select(c => c.Message));
        Assert.Equal(2, git.ProcessCount);
    }

    /// <summary>
    /// A random history written with git fast-import (one process; `get-mark` gives each commit's id for the reverts):
    /// a main line, a side branch forked from an earlier commit and merged back now and then (merge messages carry
    /// directives too), commits touching one of a few folders, and reverts of earlier commits and of reverts.
    /// </summary>
    private static void GenerateHistory(string directory, Random random, int commits)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "fast-import", "--quiet", "--done" }) start.ArgumentList.Add(a);
        using var import = Process.Start(start)!;
        var input = import.StandardInput;
        input.NewLine = "\n";
        var ids = new List<string>();
        var messages = new List<string>();
        int? main = null;
        int? side = null;
        var time = 1_700_000_000;

        int Write(string message, int? parent, int? merged, string branch = "main")
        {
            var mark = ids.Count + 1;
            input.Write($"commit refs/heads/{branch}\nmark :{mark}\n");
            // Out-of-order dates now and then: git log's order is not the order of writing.
            time += random.Next(-50, 400);
            input.Write($"committer T <t@t> {time} +0{random.Next(0, 3)}00\ndata {message.Length}\n{message}\n");
            if (parent != null) input.Write($"from :{parent}\n");
            if (merged != null) input.Write($"merge :{merged}\n");
            var path = Paths[random.Next(Paths.Length)];
            input.Write($"M 644 inline {path}\ndata 8\n{mark,7}\n\n");
            input.Write($"get-mark :{mark}\n");
            input.Flush();
            ids.Add(import.StandardOutput.ReadLine()!.Trim());
            messages.Add(message);
            return mark;
        }

        for (var i = 0; i < commits; i++)
        {
            var roll = random.Next(100);
            string message;
            if (ids.Count > 2 && roll < 18)
            {
                var target = random.Next(ids.Count);
                var id = random.Next(3) == 0 ? ids[target].Substring(0, 7 + random.Next(6)) : ids[target];
                message = random.Next(2) == 0
                    ? $"Revert \"{messages[target].Split('\n')[0]}\"\n\nThis reverts commit {id}." + (random.Next(4) == 0 ? "\n\n+semver: minor" : "")
                    : $"revert: {messages[target].Split('\n')[0]}\n\nRefs: {id}" + (random.Next(4) == 0 ? "\nRelease-As: 7.0.0" : "");
            }
            else message = Messages[random.Next(Messages.Length)];

            if (side == null && ids.Count > 3 && roll is >= 18 and < 28)
                side = Write(message, random.Next(1, ids.Count), null, "side");
            else if (side != null && roll is >= 28 and < 45)
                side = Write(message, side, null, "side");
            else if (side != null && roll is >= 45 and < 55)
            {
                main = Write(random.Next(2) == 0 ? "Merge branch 'side'\n\n+semver: major" : "Merge side\n\nRelease-As: 8.0.0", main, side);
                side = null;
            }
            else main = Write(message, main, null);
        }
        input.Write("done\n");
        input.Close();
        import.WaitForExit();
        if (import.ExitCode != 0) throw new InvalidOperationException("git fast-import failed");
        RunGit(directory, "reset", "-q", "--hard", "main");
    }

    private static void RunGit(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException("git " + string.Join(" ", args) + " failed");
    }
}
