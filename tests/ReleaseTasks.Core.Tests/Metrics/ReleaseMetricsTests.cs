using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Metrics;

namespace ReleaseTasks.Tests.Metrics;

/// <summary>
/// Release metrics of real git histories whose every commit has a fixed author and committer date, so each figure is
/// computed by hand below. Days are 86,400 s; dates are UTC.
/// </summary>
public class ReleaseMetricsTests
{
    private const double Day = 86400;

    private static DateTimeOffset At(string date) => DateTimeOffset.Parse(date + "T00:00:00+00:00", CultureInfo.InvariantCulture);

    /// <summary>
    /// c1 01-01 chore, c2 01-03 feat, c3 01-05 fix            ← v1.0.0 (01-05)
    /// c4 02-01 feat                                          ← v1.1.0-rc.1 (02-01)
    /// c5 02-05 fix(security)                                 ← v1.1.0 (02-05)
    /// c6 03-01 fix (reverted later), c7 03-03 docs           ← v1.1.1 (03-03)
    /// c8 03-10 git revert of c6; topic branch t1 03-12 fix, merged 03-14; c9 03-20 fix ← v1.1.2 (03-20)
    /// c10 05-01 feat! (unreleased, HEAD)
    /// </summary>
    private static TempRepository History(out Dictionary<string, string> ids)
    {
        var repo = new TempRepository();
        ids = new Dictionary<string, string>
        {
            ["c1"] = repo.Commit("chore: init", date: At("2024-01-01")),
            ["c2"] = repo.Commit("feat: search", date: At("2024-01-03")),
            ["c3"] = repo.Commit("fix: crash", date: At("2024-01-05")),
        };
        repo.Git("tag", "v1.0.0");
        ids["c4"] = repo.Commit("feat: export", date: At("2024-02-01"));
        repo.Git("tag", "-a", "v1.1.0-rc.1", "-m", "rc");
        ids["c5"] = repo.Commit("fix(security): escape names", date: At("2024-02-05"));
        repo.Git("tag", "v1.1.0");
        ids["c6"] = repo.Commit("fix: rounding", date: At("2024-03-01"));
        ids["c7"] = repo.Commit("docs: readme", date: At("2024-03-03"));
        repo.Git("tag", "-a", "v1.1.1", "-m", "patch");
        repo.GitIn(repo.Directory, Dated("2024-03-10"), "revert", "--no-edit", ids["c6"]);
        ids["c8"] = repo.Head;
        repo.Git("checkout", "-q", "-b", "topic");
        ids["t1"] = repo.Commit("fix: topic fix", date: At("2024-03-12"));
        repo.Git("checkout", "-q", "main");
        repo.GitIn(repo.Directory, Dated("2024-03-14"), "merge", "--no-ff", "-q", "-m", "Merge branch 'topic'", "topic");
        ids["c9"] = repo.Commit("fix: tidy", date: At("2024-03-20"));
        repo.Git("tag", "v1.1.2");
        ids["c10"] = repo.Commit("feat!: new api", date: At("2024-05-01"));
        return repo;
    }

    private static Dictionary<string, string> Dated(string day)
    {
        var text = day + "T00:00:00+00:00";
        return new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = text, ["GIT_COMMITTER_DATE"] = text };
    }

    private static ReleaseMetricsResolution Resolve(TempRepository repo, int months, string prefix = "", params string[] paths) =>
        ReleaseMetricsResolver.Resolve(new ReleaseMetricsRequest(repo.Directory) { Months = months, TagPrefix = prefix, PathFilters = paths });

    [Fact]
    public void EveryFigureOfAKnownHistory()
    {
        using var repo = History(out var ids);
        var resolution = Resolve(repo, months: 0);
        var report = resolution.Report!;
        Assert.Empty(resolution.Diagnostics);
        // for-each-ref and one log; HEAD comes from the files.
        Assert.Equal(2, resolution.GitProcesses);

        // The whole history: from the first release's month to HEAD's (2024-05), five months.
        Assert.Equal(At("2024-01-01"), report.From);
        Assert.Equal(At("2024-06-01"), report.Until);
        Assert.Equal(new[] { "2024-01", "2024-02", "2024-03", "2024-04", "2024-05" }, report.Months.Select(m => m.Name));
        // 12 commits: c1–c10, t1 and the merge.
        Assert.Equal(12, report.HistoryCommits);

        var releases = report.Releases.Select(r => (r.Tag, r.Kind, r.Bump, r.IsSecurity, r.Channel, r.Commits)).ToList();
        Assert.Equal(new[]
        {
            ("v1.0.0", "major", (string?)"major", false, "stable", 3),      // c1 c2 c3; 0.0.0 → 1.0.0
            ("v1.1.0-rc.1", "prerelease", null, false, "rc", 1),             // c4
            ("v1.1.0", "security", "minor", true, "stable", 1),              // c5 first shipped here; its range rolls up c4 and c5
            ("v1.1.1", "patch", "patch", false, "stable", 2),                // c6 c7
            ("v1.1.2", "patch", "patch", false, "stable", 3),                // c8 t1 c9 (the merge is not counted)
        }, releases);
        Assert.Equal(ids["c5"], report.Releases[2].Commit);
        Assert.Equal(At("2024-02-05"), report.Releases[2].Date);

        // Per month: January a major, February a pre-release and a security release, March two patches.
        Assert.Equal(new[] { 1, 2, 2, 0, 0 }, report.Months.Select(m => m.Total));
        Assert.Equal(1, report.Months[0].Kinds["major"]);
        Assert.Equal((1, 1), (report.Months[1].Kinds["prerelease"], report.Months[1].Kinds["security"]));
        Assert.Equal(2, report.Months[2].Kinds["patch"]);

        // 5 releases, 4 stable; fix releases (patch bumps) v1.1.1 and v1.1.2: 2 of 4; security v1.1.0: 1 of 4.
        Assert.Equal((5, 4, 1), (report.ReleaseCount, report.StableReleaseCount, report.PreReleaseCount));
        Assert.Equal((2, 0.5), (report.FixReleaseCount, report.FixShare));
        Assert.Equal((1, 0.25), (report.SecurityReleaseCount, report.SecurityShare));

        // Lead time to the first stable release, in days: v1.0.0 c1 4, c2 2, c3 0; v1.1.0 c4 4, c5 0; v1.1.1 c6 2,
        // c7 0; v1.1.2 c8 10, t1 8, c9 0. Sorted 0 0 0 0 2 2 4 4 8 10 (n = 10). Median: h = 9·0.5 = 4.5 → 2 + 0.5·0 = 2.
        // P90: h = 9·0.9 = 8.1 → 8 + 0.1·(10 − 8) = 8.2.
        Assert.Equal(10, report.LeadTime.Count);
        Assert.Equal(2 * Day, report.LeadTime.Median);
        Assert.Equal(8.2 * Day, report.LeadTime.P90!.Value, 6);
        // v1.1.2 alone: 0 8 10 → median 8, p90 h = 1.8 → 8 + 0.8·2 = 9.6.
        Assert.Equal(8 * Day, report.Releases[4].LeadTime.Median);
        Assert.Equal(9.6 * Day, report.Releases[4].LeadTime.P90!.Value, 6);

        // Between releases: 01-05 → 02-01 27, → 02-05 4, → 03-03 27 (2024 is a leap year), → 03-20 17. Sorted 4 17 27 27:
        // median h = 1.5 → 17 + 0.5·10 = 22; p90 h = 2.7 → 27 + 0.7·0 = 27.
        Assert.Equal(new Distribution(4, 22 * Day, 27 * Day), report.TimeBetweenReleases);
        // Stable only: 31, 27, 17 → sorted 17 27 31: median 27; p90 h = 1.8 → 27 + 0.8·4 = 30.2.
        Assert.Equal(3, report.TimeBetweenStableReleases.Count);
        Assert.Equal(27 * Day, report.TimeBetweenStableReleases.Median);
        Assert.Equal(30.2 * Day, report.TimeBetweenStableReleases.P90!.Value, 6);

        // c8 reverts c6, which v1.1.1 shipped; c8 itself shipped in v1.1.2.
        var revert = Assert.Single(report.Reverts);
        Assert.Equal((ids["c8"], ids["c6"], "v1.1.1", (string?)"v1.1.2"), (revert.Commit, revert.RevertedCommit, revert.RevertedReleaseTag, revert.ReleasedInTag));
        Assert.Equal("Revert \"fix: rounding\"", revert.Subject);
    }

    [Fact]
    public void AWindowOfThreeMonthsEndsWithHeadsMonth()
    {
        using var repo = History(out _);
        var report = Resolve(repo, months: 3).Report!;

        // March to May: v1.1.1 and v1.1.2 only.
        Assert.Equal(new[] { "2024-03", "2024-04", "2024-05" }, report.Months.Select(m => m.Name));
        Assert.Equal((2, 2, 0), (report.ReleaseCount, report.StableReleaseCount, report.PreReleaseCount));
        Assert.Equal((2, 1.0, 0, 0.0), (report.FixReleaseCount, report.FixShare, report.SecurityReleaseCount, report.SecurityShare));
        // Lead times 2 0 10 8 0 → sorted 0 0 2 8 10: median 2; p90 h = 3.6 → 8 + 0.6·2 = 9.2.
        Assert.Equal(5, report.LeadTime.Count);
        Assert.Equal(2 * Day, report.LeadTime.Median);
        Assert.Equal(9.2 * Day, report.LeadTime.P90!.Value, 6);
        // One interval, 03-03 → 03-20.
        Assert.Equal(new Distribution(1, 17 * Day, 17 * Day), report.TimeBetweenReleases);
        Assert.Single(report.Reverts);
        // Releases outside the window are kept for context, never counted.
        Assert.Equal(new[] { false, false, false, true, true }, report.Releases.Select(r => r.InWindow));
    }

    [Fact]
    public void TheJsonFollowsTheDocumentedSchema()
    {
        using var repo = History(out var ids);
        var report = Resolve(repo, months: 3).Report!;

        using var json = JsonDocument.Parse(ReleaseMetricsModel.Json(report));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schema_version").GetInt32());
        Assert.Equal("2024-03-01", root.GetProperty("window").GetProperty("from").GetString());
        Assert.Equal("2024-06-01", root.GetProperty("window").GetProperty("until").GetString());
        Assert.Equal(3, root.GetProperty("window").GetProperty("months").GetInt32());
        var summary = root.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("releases").GetInt32());
        Assert.Equal(1.0, summary.GetProperty("fix_share").GetDouble());
        Assert.Equal(0.0, summary.GetProperty("security_share").GetDouble());
        Assert.Equal(2 * Day, summary.GetProperty("lead_time_seconds").GetProperty("median").GetDouble());
        Assert.Equal(9.2 * Day, summary.GetProperty("lead_time_seconds").GetProperty("p90").GetDouble(), 6);
        Assert.Equal(1, summary.GetProperty("reverts_after_release").GetInt32());
        // One stable interval (03-03 → 03-20); the time between releases is a count, a median and a p90.
        Assert.Equal(1, summary.GetProperty("time_between_stable_releases_seconds").GetProperty("count").GetInt32());
        Assert.Equal(17 * Day, summary.GetProperty("time_between_stable_releases_seconds").GetProperty("p90").GetDouble());
        Assert.Equal(new[] { "2024-03", "2024-04", "2024-05" }, root.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("month").GetString()));
        Assert.Equal(2, root.GetProperty("months")[0].GetProperty("patch").GetInt32());
        var release = root.GetProperty("releases")[1];
        Assert.Equal("v1.1.2", release.GetProperty("tag").GetString());
        Assert.Equal("2024-03-20T00:00:00Z", release.GetProperty("date").GetString());
        Assert.Equal("Stable", release.GetProperty("release_type").GetString());
        Assert.Equal("patch", release.GetProperty("kind").GetString());
        Assert.Equal(3, release.GetProperty("commits").GetInt32());
        var revert = root.GetProperty("reverts")[0];
        Assert.Equal(ids["c6"], revert.GetProperty("reverted_commit").GetString());
        Assert.Equal("v1.1.1", revert.GetProperty("reverted_release").GetString());
        Assert.Equal("v1.1.2", revert.GetProperty("released_in").GetString());
    }

    [Fact]
    public void TheChartIsAnSvgWithAxesAndALegend()
    {
        using var repo = History(out _);
        var report = Resolve(repo, months: 0).Report!;

        var svg = XDocument.Parse(ReleaseMetricsChart.Render(report));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        var texts = svg.Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.Contains("Releases", texts);
        Assert.Contains("Month (UTC)", texts);
        foreach (var kind in ReleaseKind.All) Assert.Contains(kind, texts);
        foreach (var month in report.Months) Assert.Contains(month.Name, texts);
        // One bar segment per (month, kind) with releases, each titled with its count.
        var bars = svg.Descendants(ns + "rect").Select(r => r.Element(ns + "title")?.Value).Where(t => t != null).ToList();
        Assert.Equal(new[] { "2024-01: 1 major", "2024-02: 1 security", "2024-02: 1 prerelease", "2024-03: 2 patch" }, bars);
    }

    [Fact]
    public void TheMarkdownNamesEveryFigure()
    {
        using var repo = History(out var ids);
        var markdown = ReleaseMetricsMarkdown.Render(Resolve(repo, months: 0).Report!, "ReleaseMetrics.svg");

        Assert.StartsWith("# Release metrics\n\n2024-01 to 2024-05 (5 months, UTC)", markdown);
        Assert.Contains("![Releases per month by kind](ReleaseMetrics.svg)", markdown);
        Assert.Contains("| Releases | 5 (4 stable, 1 pre-release) |", markdown);
        Assert.Contains("| Fix releases (stable, patch bump) | 2 of 4 (50 %) |", markdown);
        Assert.Contains("| Security releases (stable) | 1 of 4 (25 %) |", markdown);
        Assert.Contains("| Lead time, commit to stable release | median 2 d, 90th percentile 8.2 d (10 commits) |", markdown);
        Assert.Contains("| 2024-02 | 0 | 0 | 0 | 1 | 1 | 2 |", markdown);
        Assert.Contains($"- `{ids["c8"][..7]}` Revert \"fix: rounding\" (2024-03-10): reverts `{ids["c6"][..7]}`, shipped in `v1.1.1`; released in `v1.1.2`", markdown);
    }

    [Fact]
    public void AnEmptyHistoryHasNoFigure()
    {
        var report = ReleaseMetricsCalculator.Compute(ReleaseHistory.Empty, 12);
        Assert.Equal((0, 0, 0), (report.ReleaseCount, report.HistoryCommits, report.Reverts.Count));
        Assert.Empty(report.Months);
        Assert.Null(report.FixShare);
        Assert.Equal(new Distribution(0, null, null), report.LeadTime);
        Assert.Equal(new Distribution(0, null, null), report.TimeBetweenReleases);
        // The chart and the files are still well-formed.
        XDocument.Parse(ReleaseMetricsChart.Render(report));
        using var _ = JsonDocument.Parse(ReleaseMetricsModel.Json(report));
    }

    [Fact]
    public void ARepositoryWithoutCommitsIsReportedAndWritesNothing()
    {
        using var repo = new TempRepository();
        var resolution = Resolve(repo, 12);
        Assert.Null(resolution.Report);
        Assert.Equal(DiagnosticCatalog.MetricsWithoutHistory, Assert.Single(resolution.Diagnostics).Code);
    }

    [Fact]
    public void ADirectoryOutsideGitIsReported()
    {
        var dir = TempRepository.NewDirectory();
        var resolution = ReleaseMetricsResolver.Resolve(new ReleaseMetricsRequest(dir));
        Assert.Null(resolution.Report);
        Assert.Contains("not in a git repository", Assert.Single(resolution.Diagnostics).Message);
        Assert.Equal(0, resolution.GitProcesses);
    }

    [Fact]
    public void NoTagNoRelease()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a", date: At("2024-06-10"));
        repo.Commit("fix: b", date: At("2024-07-02"));
        var report = Resolve(repo, 12).Report!;

        // Twelve months ending with July 2024, all empty.
        Assert.Equal(12, report.Months.Count);
        Assert.Equal("2023-08", report.Months[0].Name);
        Assert.Equal("2024-07", report.Months[^1].Name);
        Assert.All(report.Months, m => Assert.Equal(0, m.Total));
        Assert.Equal((0, 2), (report.ReleaseCount, report.HistoryCommits));
        Assert.Equal(new Distribution(0, null, null), report.LeadTime);
        Assert.Null(report.SecurityShare);
    }

    [Fact]
    public void OneTag()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a", date: At("2024-06-01"));
        repo.Commit("fix: b", date: At("2024-06-03"));
        repo.Commit("Tidy up", date: At("2024-06-04"));
        repo.Git("tag", "v0.1.0");
        var report = Resolve(repo, 12).Report!;

        // 0.0.0 → 0.1.0 is a minor. Lead times 3, 1, 0 days: median 1; p90 h = 1.8 → 1 + 0.8·2 = 2.6. No interval.
        var release = Assert.Single(report.Releases);
        Assert.Equal(("minor", 3), (release.Kind, release.Commits));
        Assert.Equal(1 * Day, report.LeadTime.Median);
        Assert.Equal(2.6 * Day, report.LeadTime.P90!.Value, 6);
        Assert.Equal(new Distribution(0, null, null), report.TimeBetweenReleases);
        Assert.Equal((0, 0.0), (report.FixReleaseCount, report.FixShare));
    }

    [Fact]
    public void ReleasesOfAMaintenanceBranchCount()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a", date: At("2024-01-01"));
        repo.Git("tag", "v1.0.0");
        repo.Git("checkout", "-q", "-b", "support/1.0");
        repo.Commit("fix: backport", date: At("2024-01-10"));
        repo.Git("tag", "v1.0.1");
        repo.Git("checkout", "-q", "main");
        repo.Commit("feat: b", date: At("2024-01-20"));
        var report = Resolve(repo, 0).Report!;

        // v1.0.1 is not reachable from HEAD and is still a release: a patch, its backport shipped after 0 days.
        Assert.Equal(new[] { "v1.0.0", "v1.0.1" }, report.Releases.Select(r => r.Tag));
        Assert.Equal(("patch", 1), (report.Releases[1].Kind, report.Releases[1].Commits));
        Assert.Equal(3, report.HistoryCommits);
    }

    [Fact]
    public void ATagPrefixAndPathFiltersChooseTheReleasesAndCommits()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a", "liba/a.txt", At("2024-01-01"));
        repo.Commit("feat: b", "libb/b.txt", At("2024-01-02"));
        repo.Commit("fix(security): a", "liba/a.txt", At("2024-01-04"));
        repo.Git("tag", "liba-v1.0.0");
        repo.Git("tag", "v9.0.0");
        repo.Commit("fix: b again", "libb/b.txt", At("2024-01-05"));
        repo.Git("tag", "liba-v1.0.1");

        var resolution = Resolve(repo, 0, "liba-v", "liba/**");
        var report = resolution.Report!;
        // for-each-ref, the log, and the log of the filtered paths.
        Assert.Equal(3, resolution.GitProcesses);
        // Only liba's tags; liba-v1.0.1 shipped no liba commit.
        Assert.Equal(new[] { ("liba-v1.0.0", 2, "security"), ("liba-v1.0.1", 0, "patch") }, report.Releases.Select(r => (r.Tag, r.Commits, r.Kind)));
        // Lead times of liba's commits: 3 days and 0 (feat: b and fix: b again touch libb only). Median 1.5; p90 0.9·3 = 2.7.
        Assert.Equal((2, 1.5 * Day), (report.LeadTime.Count, report.LeadTime.Median));
        Assert.Equal(2.7 * Day, report.LeadTime.P90!.Value, 6);
    }

    [Fact]
    public void ASecurityFixRevertedInItsOwnReleaseIsNoSecurityRelease()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a", date: At("2024-01-01"));
        repo.Git("tag", "v1.0.0");
        var security = repo.Commit("fix: escape\n\nSecurity: XSS in names", date: At("2024-01-02"));
        repo.GitIn(repo.Directory, Dated("2024-01-03"), "revert", "--no-edit", security);
        repo.Commit("fix: other", date: At("2024-01-04"));
        repo.Git("tag", "v1.0.1");
        var report = Resolve(repo, 0).Report!;

        // As ReleaseTasksIsSecurityRelease: the revert in the same range cancels the change, and it is no revert after a release.
        Assert.Equal(("patch", false), (report.Releases[1].Kind, report.Releases[1].IsSecurity));
        Assert.Empty(report.Reverts);
    }
}
