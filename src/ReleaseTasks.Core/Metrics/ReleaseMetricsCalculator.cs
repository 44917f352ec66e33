using System;
using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.Commits;
using ReleaseTasks.Git;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Metrics;

/// <summary>
/// Computes the release metrics of a history. A commit is <em>first released</em> by the earliest release (by date, then
/// version) whose tagged commit reaches it; each commit is visited once per walk, so the cost grows with the history,
/// not with the number of releases times the history.
/// </summary>
public static class ReleaseMetricsCalculator
{
    public static ReleaseMetricsReport Compute(ReleaseHistory history, int windowMonths, string tagPrefix = "", IReadOnlyList<string>? pathFilters = null)
    {
        var commits = history.Commits;
        var order = history.Releases
            .OrderBy(r => r.Time)
            .ThenBy(r => r.Tag.Version, VersionComparer.VersionRelease)
            .ThenBy(r => r.Tag.Name, StringComparer.Ordinal)
            .ToList();

        // Which release first shipped each commit, among all releases and among stable ones (lead time is to users).
        var first = Assign(commits, order, _ => true);
        var firstStable = Assign(commits, order, r => !r.Tag.Version.IsPrerelease);
        var shippedBy = Group(first, order.Count);
        var shippedByStable = Group(firstStable, order.Count);

        var (from, until) = Window(history, order, windowMonths);
        bool InWindow(DateTimeOffset t) => t >= from && t < until;

        var releases = new List<ReleaseFigure>(order.Count);
        var leadTimes = new List<double>();
        for (var k = 0; k < order.Count; k++)
        {
            var release = order[k];
            var version = release.Tag.Version;
            var stable = !version.IsPrerelease;
            // The range a release holds, as ReleaseTasksIsSecurityRelease reads it: since the previous release for a
            // pre-release, since the previous stable release (its pre-releases rolled up) for a stable one.
            var range = stable ? shippedByStable[k] : shippedBy[k];
            var security = HoldsSecurityChange(commits, range);
            var bump = stable ? Bump(version, order) : null;
            var kind = !stable ? ReleaseKind.PreRelease : security ? ReleaseKind.Security : bump!;
            var releaseLeadTimes = stable
                ? range.Where(c => commits[c].Counts).Select(c => Math.Max(0, (release.Time - commits[c].Time).TotalSeconds)).ToList()
                : new List<double>();
            var inWindow = InWindow(release.Time);
            if (inWindow) leadTimes.AddRange(releaseLeadTimes);
            releases.Add(new ReleaseFigure(
                release.Tag.Name, version.ToNormalizedString(), release.Time, commits[release.Commit].Id, !stable,
                ReleaseChannel.Of(version), bump, security, kind,
                shippedBy[k].Count(c => commits[c].Counts), Distribution.Of(releaseLeadTimes)) { InWindow = inWindow });
        }

        var counted = releases.Where(r => r.InWindow).ToList();
        var stableCounted = counted.Where(r => !r.IsPreRelease).ToList();
        return new ReleaseMetricsReport
        {
            TagPrefix = tagPrefix,
            PathFilters = pathFilters ?? Array.Empty<string>(),
            WindowMonths = windowMonths,
            From = from,
            Until = until,
            Months = Months(from, until, counted),
            Releases = releases,
            ReleaseCount = counted.Count,
            StableReleaseCount = stableCounted.Count,
            PreReleaseCount = counted.Count - stableCounted.Count,
            FixReleaseCount = stableCounted.Count(r => r.Bump == ReleaseKind.Patch),
            SecurityReleaseCount = stableCounted.Count(r => r.IsSecurity),
            LeadTime = Distribution.Of(leadTimes),
            TimeBetweenReleases = Intervals(counted),
            TimeBetweenStableReleases = Intervals(stableCounted),
            Reverts = Reverts(commits, order, first, InWindow),
            HistoryCommits = commits.Count,
        };
    }

    /// <summary>
    /// Whole months (UTC) ending with the month of the newest commit or release, so the same history always gives the
    /// same report (never "now"); 0 months: from the month of the first release.
    /// </summary>
    private static (DateTimeOffset From, DateTimeOffset Until) Window(ReleaseHistory history, List<HistoryRelease> order, int months)
    {
        var end = history.Head >= 0 ? history.Commits[history.Head].Time : DateTimeOffset.MinValue;
        foreach (var r in order) if (r.Time > end) end = r.Time;
        // Nothing dated at all (no commit): an empty window.
        if (end == DateTimeOffset.MinValue) return (DateTimeOffset.FromUnixTimeSeconds(0), DateTimeOffset.FromUnixTimeSeconds(0));
        end = end.ToUniversalTime();
        var until = new DateTimeOffset(end.Year, end.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);
        DateTimeOffset from;
        if (months > 0) from = until.AddMonths(-months);
        else
        {
            var start = order.Count > 0 ? order.Min(r => r.Time).ToUniversalTime() : end;
            from = new DateTimeOffset(start.Year, start.Month, 1, 0, 0, 0, TimeSpan.Zero);
        }
        return (from, until);
    }

    /// <summary>For each commit, the index (in <paramref name="order"/>) of the first matching release reaching it; -1 for none.</summary>
    private static int[] Assign(IReadOnlyList<HistoryCommit> commits, List<HistoryRelease> order, Func<HistoryRelease, bool> counts)
    {
        var first = new int[commits.Count];
        for (var i = 0; i < first.Length; i++) first[i] = -1;
        var stack = new Stack<int>();
        for (var k = 0; k < order.Count; k++)
        {
            if (!counts(order[k]) || first[order[k].Commit] >= 0) continue;
            // What earlier releases reached is closed under ancestry: the walk stops there.
            first[order[k].Commit] = k;
            stack.Push(order[k].Commit);
            while (stack.Count > 0)
            {
                foreach (var parent in commits[stack.Pop()].Parents)
                {
                    if (first[parent] >= 0) continue;
                    first[parent] = k;
                    stack.Push(parent);
                }
            }
        }
        return first;
    }

    private static List<int>[] Group(int[] first, int releases)
    {
        var groups = new List<int>[releases];
        for (var k = 0; k < releases; k++) groups[k] = new List<int>();
        for (var i = 0; i < first.Length; i++) if (first[i] >= 0) groups[first[i]].Add(i);
        return groups;
    }

    /// <summary>The bump from the highest lower stable version (0.0.0 before the first): major, minor or patch.</summary>
    private static string Bump(SemanticVersion version, List<HistoryRelease> all)
    {
        SemanticVersion previous = new(0, 0, 0);
        foreach (var r in all)
        {
            var v = r.Tag.Version;
            if (!v.IsPrerelease && VersionComparer.VersionRelease.Compare(v, version) < 0 && VersionComparer.VersionRelease.Compare(v, previous) > 0)
                previous = v;
        }
        return version.Major != previous.Major ? ReleaseKind.Major : version.Minor != previous.Minor ? ReleaseKind.Minor : ReleaseKind.Patch;
    }

    /// <summary>
    /// A security change in the range, by the product's rule (<see cref="SecurityChange"/>), reverts in the range
    /// cancelling what they revert. Only messages that mention "security" or "cve" are parsed: the rule needs one of them.
    /// </summary>
    private static bool HoldsSecurityChange(IReadOnlyList<HistoryCommit> commits, List<int> range)
    {
        var candidates = range.Where(c => commits[c].Counts && MayBeSecurity(commits[c].Message)).ToList();
        if (!candidates.Any(c => SecurityChange.Is(ConventionalCommitParser.Parse(commits[c].Message)))) return false;
        if (!range.Any(c => commits[c].Counts && MayBeRevert(commits[c].Message))) return true;
        var newestFirst = range.Where(c => commits[c].Counts)
            .OrderByDescending(c => commits[c].Time).ThenBy(c => c)
            .Select(c => new GitCommit(commits[c].Id, Array.Empty<string>(), commits[c].Message));
        return SecurityChange.In(CommitRange.Effective(newestFirst));
    }

    private static bool MayBeSecurity(string message) =>
        message.IndexOf("security", StringComparison.OrdinalIgnoreCase) >= 0 || message.IndexOf("cve", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool MayBeRevert(string message) =>
        message.IndexOf("This reverts commit", StringComparison.Ordinal) >= 0 || message.TrimStart().StartsWith("revert", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reverts committed in the window whose reverted commit a release had already shipped: the revert itself is
    /// unreleased or first shipped by a later release. Reverted commits are found as the product finds them (git's
    /// "This reverts commit &lt;id&gt;." or a <c>revert:</c> commit's <c>Refs:</c> footer).
    /// </summary>
    private static IReadOnlyList<RevertFigure> Reverts(IReadOnlyList<HistoryCommit> commits, List<HistoryRelease> order, int[] first, Func<DateTimeOffset, bool> inWindow)
    {
        var reverts = new List<RevertFigure>();
        Dictionary<string, int>? index = null;
        for (var i = 0; i < commits.Count; i++)
        {
            var revert = commits[i];
            if (!revert.Counts || !inWindow(revert.Time) || !MayBeRevert(revert.Message)) continue;
            var parsed = new ReleaseCommit(new GitCommit(revert.Id, Array.Empty<string>(), revert.Message), ConventionalCommitParser.Parse(revert.Message));
            index ??= Index(commits);
            foreach (var target in CommitRange.RevertedIds(parsed))
            {
                var reverted = Find(commits, index, target);
                if (reverted < 0 || reverted == i || first[reverted] < 0) continue;
                if (first[i] >= 0 && first[i] <= first[reverted]) continue;
                reverts.Add(new RevertFigure(revert.Id, revert.Time, revert.Subject, commits[reverted].Id,
                    order[first[reverted]].Tag.Name, first[i] >= 0 ? order[first[i]].Tag.Name : null));
                break;
            }
        }
        return reverts.OrderBy(r => r.Date).ThenBy(r => r.Commit, StringComparer.Ordinal).ToList();
    }

    private static Dictionary<string, int> Index(IReadOnlyList<HistoryCommit> commits)
    {
        var index = new Dictionary<string, int>(commits.Count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < commits.Count; i++) index[commits[i].Id] = i;
        return index;
    }

    /// <summary>A full id, or an abbreviation that names exactly one commit.</summary>
    private static int Find(IReadOnlyList<HistoryCommit> commits, Dictionary<string, int> index, string id)
    {
        if (index.TryGetValue(id, out var exact)) return exact;
        var found = -1;
        for (var i = 0; i < commits.Count; i++)
        {
            if (!commits[i].Id.StartsWith(id, StringComparison.OrdinalIgnoreCase)) continue;
            if (found >= 0) return -1;
            found = i;
        }
        return found;
    }

    private static Distribution Intervals(List<ReleaseFigure> releases)
    {
        var gaps = new List<double>();
        for (var i = 1; i < releases.Count; i++) gaps.Add((releases[i].Date - releases[i - 1].Date).TotalSeconds);
        return Distribution.Of(gaps);
    }

    private static IReadOnlyList<MonthFigure> Months(DateTimeOffset from, DateTimeOffset until, List<ReleaseFigure> releases)
    {
        var months = new List<MonthFigure>();
        for (var m = from; m < until; m = m.AddMonths(1))
        {
            var kinds = ReleaseKind.All.ToDictionary(k => k, _ => 0);
            foreach (var r in releases)
            {
                var d = r.Date.ToUniversalTime();
                if (d.Year == m.Year && d.Month == m.Month) kinds[r.Kind]++;
            }
            months.Add(new MonthFigure(m.Year, m.Month, kinds));
        }
        return months;
    }
}
