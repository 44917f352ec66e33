using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// dotnet msbuild -t:ReleaseMetrics on a project whose repository has a dated release history: the JSON's figures are
/// computed by hand below (days of 86,400 s, UTC; 2024 is a leap year), and the Markdown and the SVG chart are there
/// and parse.
/// </summary>
public class ReleaseMetricsOfAHistory
{
    private const double Day = 86400;

    /// <summary>
    /// 01-01 chore: add project, 01-03 feat ← v1.0.0; 01-20 fix, 02-01 fix: crash ← v1.0.1; 02-10 fix + CVE footer ← v1.0.2;
    /// 03-01 feat ← v1.1.0-beta.1; 03-05 revert of "fix: crash"; 03-08 fix ← v1.1.0 (HEAD).
    /// </summary>
    private static (GitRepository Repo, string Project) History()
    {
        var repo = GitRepository.Create();
        void On(string day) => repo.CommitDate = day + "T00:00:00+00:00";
        On("2024-01-01");
        var project = TestProject.Write(repo.Directory);
        repo.CommitAll("chore: add project");
        On("2024-01-03");
        repo.Commit("feat: search");
        repo.Tag("v1.0.0");
        On("2024-01-20");
        repo.Commit("fix: typo");
        On("2024-02-01");
        var crash = repo.Commit("fix: crash");
        repo.AnnotatedTag("v1.0.1");
        On("2024-02-10");
        repo.Commit("fix: escape names\n\nCVE: CVE-2024-1234");
        repo.Tag("v1.0.2");
        On("2024-03-01");
        repo.Commit("feat: export");
        repo.Tag("v1.1.0-beta.1");
        On("2024-03-05");
        repo.Git("revert", "--no-edit", crash);
        On("2024-03-08");
        repo.Commit("fix: tidy");
        repo.Tag("v1.1.0");
        return (repo, project);
    }

    private static ProcessResult Metrics(string project, params string[] arguments) =>
        DotNet.Run(project, new[] { "msbuild", "-restore", "-nodeReuse:false", "-v:n", "-t:ReleaseMetrics" }.Concat(arguments));

    [Fact]
    public void TheReportHoldsTheFiguresOfTheHistory()
    {
        var (_, project) = History();

        var run = Metrics(project).EnsureSuccess("ReleaseMetrics");
        Assert.Contains("ReleaseTasks: release metrics 2023-04 to 2024-03: 5 release(s), 4 stable, lead time median 1 d, 1 revert(s) after a release", run.Output);
        var obj = Path.Combine(project, "obj");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(obj, "ReleaseMetrics.json")));
        var root = json.RootElement;
        // Twelve months by default, ending with HEAD's month (March 2024).
        Assert.Equal("2023-04-01", root.GetProperty("window").GetProperty("from").GetString());
        Assert.Equal("2024-04-01", root.GetProperty("window").GetProperty("until").GetString());
        var summary = root.GetProperty("summary");
        Assert.Equal((5, 4, 1), (summary.GetProperty("releases").GetInt32(), summary.GetProperty("stable_releases").GetInt32(), summary.GetProperty("prereleases").GetInt32()));
        // Fix releases v1.0.1 and v1.0.2 (patch bumps): 2 of 4. Security: v1.0.2 (CVE footer): 1 of 4.
        Assert.Equal(0.5, summary.GetProperty("fix_share").GetDouble());
        Assert.Equal(0.25, summary.GetProperty("security_share").GetDouble());
        // Lead times in days: v1.0.0 2 0; v1.0.1 12 0; v1.0.2 0; v1.1.0 7 (the beta's feat) 3 0. Sorted 0 0 0 0 2 3 7 12:
        // median h = 7·0.5 = 3.5 → 0 + 0.5·2 = 1; p90 h = 6.3 → 7 + 0.3·5 = 8.5.
        var lead = summary.GetProperty("lead_time_seconds");
        Assert.Equal(8, lead.GetProperty("count").GetInt32());
        Assert.Equal(1 * Day, lead.GetProperty("median").GetDouble());
        Assert.Equal(8.5 * Day, lead.GetProperty("p90").GetDouble(), 6);
        // Gaps: 01-03 → 02-01 29, → 02-10 9, → 03-01 20, → 03-08 7. Sorted 7 9 20 29: median 9 + 0.5·11 = 14.5; p90 h = 2.7 → 20 + 0.7·9 = 26.3.
        var between = summary.GetProperty("time_between_releases_seconds");
        Assert.Equal(14.5 * Day, between.GetProperty("median").GetDouble());
        Assert.Equal(26.3 * Day, between.GetProperty("p90").GetDouble(), 6);
        // The revert of "fix: crash" (shipped in v1.0.1) shipped in v1.1.0.
        Assert.Equal(1, summary.GetProperty("reverts_after_release").GetInt32());
        var revert = root.GetProperty("reverts")[0];
        Assert.Equal(("v1.0.1", "v1.1.0"), (revert.GetProperty("reverted_release").GetString(), revert.GetProperty("released_in").GetString()));

        var kinds = root.GetProperty("releases").EnumerateArray().Select(r => (r.GetProperty("tag").GetString()!, r.GetProperty("kind").GetString()!)).ToArray();
        Assert.Equal(new[] { ("v1.0.0", "major"), ("v1.0.1", "patch"), ("v1.0.2", "security"), ("v1.1.0-beta.1", "prerelease"), ("v1.1.0", "minor") }, kinds);
        var march = root.GetProperty("months").EnumerateArray().Last();
        Assert.Equal(("2024-03", 1, 1, 2), (march.GetProperty("month").GetString(), march.GetProperty("minor").GetInt32(), march.GetProperty("prerelease").GetInt32(), march.GetProperty("total").GetInt32()));

        var markdown = File.ReadAllText(Path.Combine(obj, "ReleaseMetrics.md"));
        Assert.StartsWith("# Release metrics", markdown);
        Assert.Contains("![Releases per month by kind](ReleaseMetrics.svg)", markdown);
        Assert.Contains("| Security releases (stable) | 1 of 4 (25 %) |", markdown);
        var svg = XDocument.Load(Path.Combine(obj, "ReleaseMetrics.svg"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        var texts = svg.Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.Contains("Releases", texts);
        Assert.Contains("Month (UTC)", texts);
        Assert.Contains("security", texts);
        Assert.Contains("2024-02: 1 security", svg.Descendants(ns + "title").Select(t => t.Value));
    }

    [Fact]
    public void TheWindowIsAProperty()
    {
        var (_, project) = History();

        // March only: v1.1.0-beta.1 and v1.1.0; lead times 7 3 0 → median 3, p90 h = 1.8 → 3 + 0.8·4 = 6.2; one gap of 7 days.
        Metrics(project, "-p:ReleaseTasksMetricsMonths=1").EnsureSuccess("ReleaseMetrics");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(project, "obj", "ReleaseMetrics.json")));
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal((2, 1), (summary.GetProperty("releases").GetInt32(), summary.GetProperty("stable_releases").GetInt32()));
        Assert.Equal(3 * Day, summary.GetProperty("lead_time_seconds").GetProperty("median").GetDouble());
        Assert.Equal(6.2 * Day, summary.GetProperty("lead_time_seconds").GetProperty("p90").GetDouble(), 6);
        Assert.Equal(0.0, summary.GetProperty("fix_share").GetDouble());
        Assert.Equal(7 * Day, summary.GetProperty("time_between_releases_seconds").GetProperty("median").GetDouble());

        var invalid = Metrics(project, "-p:ReleaseTasksMetricsMonths=last-year");
        Assert.NotEqual(0, invalid.ExitCode);
        Assert.Contains("RT0001", invalid.Output);
        Assert.Contains("ReleaseTasksMetricsMonths", invalid.Output);
    }
}
