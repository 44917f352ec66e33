using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

public class ReleaseNotesFromHistory
{
    /// <summary>The history of the release notes issue: v1.0.0 → v2.0.0 with every kind of commit.</summary>
    private static Scenario WidgetsHistory(out string revertedFix)
    {
        var s = Scenario.Create();
        s.Repo.Git("remote", "add", "origin", "git@github.com:acme/widgets.git");
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("feat(api): add search endpoint (#12)");
        revertedFix = s.Repo.Commit("fix: wrong rounding in totals");
        s.Repo.Git("revert", "--no-edit", revertedFix);
        s.Repo.Commit("perf: cache the parsed catalogue");
        s.Repo.Commit("fix(security): escape user names in reports\n\nCVE: CVE-2026-1234");
        s.Repo.Commit("feat!: drop the v1 API\n\nBREAKING CHANGE: The v1 endpoints are gone.\n\nMove to /v2: every v1 route has a v2 twin.\nRefs: #40");
        s.Repo.Commit("chore(deps): bump everything");
        s.Repo.Commit("docs: explain search");
        s.Repo.Commit("Tidy up a few things");
        s.Repo.Checkout("-b", "topic");
        s.Repo.Commit("fix: merged fix from a topic branch");
        s.Repo.Checkout("main");
        s.Repo.Git("merge", "--no-ff", "-q", "-m", "Merge branch 'topic'", "topic");
        s.Repo.CommitDate = "2024-03-15T10:00:00+00:00";
        s.Repo.Commit("chore(release): 2.0.0");
        s.Repo.Tag("v2.0.0");
        s.Repo.CommitDate = null;
        return s;
    }

    [Fact]
    public void NotesOfARealReleaseFollowTheTeamTemplate()
    {
        var s = WidgetsHistory(out var revertedFix);

        var p = DotNet.GetReleaseVersionWithVerbosity(s.ProjectDirectory, null, "normal", "-t:GenerateReleaseNotes", "-getProperty:PackageReleaseNotes");
        var notes = p["PackageReleaseNotes"];

        Assert.Equal("2.0.0", p["Version"]);
        // The date is the tag's commit date, not today's.
        Assert.StartsWith("## [2.0.0](https://github.com/acme/widgets/compare/v1.0.0...v2.0.0) - 2024-03-15\n", notes);
        var sections = notes.Split('\n').Where(l => l.StartsWith("### ")).ToArray();
        Assert.Equal(new[] { "### New Features", "### Bug Fixes", "### Improvements", "### Security Updates", "### Breaking Changes", "### Upgrade Instructions" }, sections);

        var features = Section(notes, "New Features");
        Assert.Contains("add search endpoint ([#12](https://github.com/acme/widgets/pull/12))", features);
        Assert.Contains("drop the v1 API", features);
        var fixes = Section(notes, "Bug Fixes");
        Assert.Contains("merged fix from a topic branch", fixes);
        Assert.DoesNotContain("rounding", notes);
        Assert.DoesNotContain(revertedFix.Substring(0, 7), notes);
        Assert.Contains("cache the parsed catalogue", Section(notes, "Improvements"));
        Assert.Contains("escape user names in reports", Section(notes, "Security Updates"));
        Assert.DoesNotContain("escape user names", fixes);
        Assert.Contains("drop the v1 API: The v1 endpoints are gone.", Section(notes, "Breaking Changes"));
        var upgrade = Section(notes, "Upgrade Instructions");
        Assert.Contains("The v1 endpoints are gone.", upgrade);
        Assert.Contains("Move to /v2: every v1 route has a v2 twin.", upgrade);
        foreach (var hidden in new[] { "bump everything", "explain search", "Tidy up", "chore(release)", "2.0.0\n- ", "Merge branch" })
            Assert.DoesNotContain(hidden, notes);
        Assert.Matches(@"\(\[[0-9a-f]{7}\]\(https://github\.com/acme/widgets/commit/[0-9a-f]{40}\)\)", features);
    }

    [Fact]
    public void PackShipsTheNotesAndWritesMarkdownAndJson()
    {
        var s = WidgetsHistory(out _);
        var output = TestDirectory.Create("out");

        DotNet.Pack(s.ProjectDirectory, "-o", output).EnsureSuccess("pack");

        using var zip = ZipFile.OpenRead(Path.Combine(output, "probe.2.0.0.nupkg"));
        using var reader = new StreamReader(zip.GetEntry("probe.nuspec")!.Open());
        var nuspec = reader.ReadToEnd();
        Assert.Contains("<releaseNotes>## [2.0.0]", nuspec);
        Assert.Contains("### Breaking Changes", nuspec);

        var markdown = File.ReadAllText(Path.Combine(s.ProjectDirectory, "obj", "ReleaseNotes.md"));
        Assert.StartsWith("## [2.0.0]", markdown);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(s.ProjectDirectory, "obj", "ReleaseNotes.json")));
        var root = json.RootElement;
        Assert.Equal("2.0.0", root.GetProperty("version").GetString());
        Assert.Equal("1.0.0", root.GetProperty("previous_version").GetString());
        var features = root.GetProperty("sections")[0];
        Assert.Equal("New Features", features.GetProperty("title").GetString());
        var search = features.GetProperty("entries")[0];
        Assert.Equal("feat", search.GetProperty("type").GetString());
        Assert.Equal("api", search.GetProperty("scope").GetString());
        Assert.Equal("add search endpoint", search.GetProperty("description").GetString());
        Assert.False(search.GetProperty("breaking").GetBoolean());
        Assert.Equal(12, search.GetProperty("references")[0].GetProperty("number").GetInt32());
        Assert.Equal("pull_request", search.GetProperty("references")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void StableReleaseRollsUpItsPreReleases()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("feat: shiny feature");
        s.Repo.Tag("v1.1.0-rc.1");
        s.Repo.Commit("fix: last-minute fix");
        s.Repo.Tag("v1.1.0");

        var notes = DotNet.GetReleaseVersionWithVerbosity(s.ProjectDirectory, null, "normal", "-t:GenerateReleaseNotes", "-getProperty:PackageReleaseNotes")["PackageReleaseNotes"];

        Assert.StartsWith("## 1.1.0 - ", notes);
        Assert.Contains("shiny feature", notes);
        Assert.Contains("last-minute fix", notes);
    }

    [Fact]
    public void UserSetPackageReleaseNotesStay()
    {
        var s = Scenario.Create(extraProperties: "<PackageReleaseNotes>Written by hand.</PackageReleaseNotes>");
        s.Repo.Commit("feat: x");

        var p = DotNet.GetReleaseVersionWithVerbosity(s.ProjectDirectory, null, "normal", "-t:GenerateReleaseNotes", "-getProperty:PackageReleaseNotes");

        Assert.Equal("Written by hand.", p["PackageReleaseNotes"]);
        Assert.True(File.Exists(Path.Combine(s.ProjectDirectory, "obj", "ReleaseNotes.md")));
    }

    [Fact]
    public void CustomLiquidTemplateRendersTheSameModel()
    {
        var s = Scenario.Create();
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "notes.liquid"),
            "Release {{ version }}{% for section in sections %} | {{ section.title }}: {{ section.entries | size }}{% endfor %}");
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("feat: a");
        s.Repo.Commit("feat: b");
        s.Repo.Commit("fix: c");

        var notes = DotNet.GetReleaseVersionWithVerbosity(s.ProjectDirectory, null, "normal", "-t:GenerateReleaseNotes",
            "-getProperty:PackageReleaseNotes", "-p:ReleaseTasksReleaseNotesTemplate=notes.liquid")["PackageReleaseNotes"];

        Assert.Equal("Release 1.1.0-alpha.3 | New Features: 2 | Bug Fixes: 1", notes.Trim());
    }

    [Fact]
    public void BrokenTemplateIsAClearError()
    {
        var s = Scenario.Create();
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "bad.liquid"), "{% for x in %}");

        var p = DotNet.GetReleaseVersionWithVerbosity(s.ProjectDirectory, null, "normal", "-t:GenerateReleaseNotes",
            "-getProperty:PackageReleaseNotes", "-p:ReleaseTasksReleaseNotesTemplate=bad.liquid");

        Assert.NotEqual(0, p.Result.ExitCode);
        Assert.Contains("error RT3002", p.Output);
    }

    private static string Section(string notes, string title)
    {
        var start = notes.IndexOf("### " + title + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"section {title} missing in:\n{notes}");
        var end = notes.IndexOf("\n### ", start + 4, StringComparison.Ordinal);
        return end < 0 ? notes.Substring(start) : notes.Substring(start, end - start);
    }
}
