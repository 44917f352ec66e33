using System;
using System.Text.Json;
using ReleaseTasks.ReleaseNotes;

namespace ReleaseTasks.Tests.ReleaseNotes;

public class ReleaseNotesRendererTests
{
    private static ReleaseNotesDocument Notes() => new(
        "2.0.0", new DateTimeOffset(2024, 3, 15, 9, 0, 0, TimeSpan.Zero), "1.0.0",
        new[]
        {
            new NoteSection("New Features", new[]
            {
                new NoteEntry("feat", "api", "add \"search\"", "0123456789abcdef0123456789abcdef01234567", false,
                    new[] { new NoteReference(NoteReferenceKind.PullRequest, 12, "https://x/pull/12") }) { CommitUrl = "https://x/commit/0123456" },
            }, Array.Empty<string>()),
            new NoteSection("Upgrade Instructions", Array.Empty<NoteEntry>(), new[] { "First.", "Second." }),
        }) { PreviousTag = "v1.0.0", CompareUrl = "https://x/compare/v1.0.0...v2.0.0" };

    [Fact]
    public void DefaultTemplateIsTheTeamsMarkdown()
    {
        var text = ReleaseNotesRenderer.Render(Notes());

        Assert.Equal(
            "## [2.0.0](https://x/compare/v1.0.0...v2.0.0) - 2024-03-15\n\n" +
            "### New Features\n\n" +
            "- **api:** add \"search\" ([#12](https://x/pull/12)) ([0123456](https://x/commit/0123456))\n\n" +
            "### Upgrade Instructions\n\nFirst.\n\nSecond.\n", text);
    }

    [Fact]
    public void CustomTemplatesSeeTheSameModel()
    {
        var template = ReleaseNotesRenderer.Parse("{{ version }}|{{ previous_version }}|{{ sections[0].entries[0].references[0].kind }}|{{ date }}", "t");
        Assert.Equal("2.0.0|1.0.0|pull_request|2024-03-15\n", ReleaseNotesRenderer.Render(Notes(), template));
    }

    [Fact]
    public void BrokenTemplateThrowsATemplateException() =>
        Assert.Throws<TemplateException>(() => ReleaseNotesRenderer.Parse("{% if %}", "broken.liquid"));

    [Fact]
    public void JsonFollowsTheDocumentedSchema()
    {
        using var json = JsonDocument.Parse(JsonText.Write(ReleaseNotesModel.From(Notes())));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("schema_version").GetInt32());
        Assert.Equal("2024-03-15", root.GetProperty("date").GetString());
        Assert.Equal("v1.0.0", root.GetProperty("previous_tag").GetString());
        var entry = root.GetProperty("sections")[0].GetProperty("entries")[0];
        Assert.Equal("add \"search\"", entry.GetProperty("description").GetString());
        Assert.Equal("0123456", entry.GetProperty("short_commit").GetString());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("breaking_text").ValueKind);
    }

    [Fact]
    public void NotesLongerThanTheLimitAreCutAtALineWithALink()
    {
        var text = string.Concat(System.Linq.Enumerable.Repeat("- a line of release notes\n", 2000));

        var cut = ReleaseNotesRenderer.FitTo(text, 35000, "https://x/compare");

        Assert.True(cut.Length <= 35000);
        Assert.Contains("Full release notes: https://x/compare", cut);
        Assert.Contains("- a line of release notes\n\n…", cut);
        Assert.Equal("short\n", ReleaseNotesRenderer.FitTo("short\n", 35000, null));
    }
}
