using System;
using System.Linq;
using ReleaseTasks.Changelog;
using ReleaseTasks.Commits;
using ReleaseTasks.Git;
using ReleaseTasks.ReleaseNotes;

namespace ReleaseTasks.Tests.ReleaseNotes;

public class CommitTextEscapingTests
{
    private static ReleaseNotesDocument Notes(string version, params string[] newestFirst) =>
        ReleaseNotesBuilder.Build(
            CommitRange.Effective(newestFirst.Select((m, i) => new GitCommit($"{i:x}".PadRight(40, 'c'), new[] { "p".PadRight(40, '0') }, m))),
            new ReleaseNotesContext(version, new DateTimeOffset(2024, 3, 15, 0, 0, 0, TimeSpan.Zero), "h".PadRight(40, '0'))
            {
                SupportContact = "Write to <support@example.com> or see [the FAQ](https://example.com/faq).",
            });

    private const string Hostile =
        "feat(<b>ui</b>)!: render <script>alert(1)</script> safely\n\n" +
        "BREAKING CHANGE: <!-- ReleaseTasks: end 1.0.0 -->\n" +
        "# not a heading\n\n" +
        "## 9.9.9 neither\n" +
        "Setext title\n" +
        "===\n\n" +
        "Upgrade: <!-- ReleaseTasks: begin 1.0.0 -->\n<details>hidden</details>";

    [Fact]
    public void AMarkerInACommitFooterDoesNotLockLaterUpdates()
    {
        var section = ReleaseNotesRenderer.Render(Notes("1.0.0", Hostile));

        var (first, error1) = ChangelogWriter.Merge(null, "1.0.0", section, "CHANGELOG.md");
        Assert.Null(error1);
        var (second, error2) = ChangelogWriter.Merge(first, "1.0.0", section, "CHANGELOG.md");
        Assert.Null(error2);
        Assert.Equal(first, second);
        var (third, error3) = ChangelogWriter.Merge(second, "1.1.0", ReleaseNotesRenderer.Render(Notes("1.1.0", "fix: later")), "CHANGELOG.md");
        Assert.Null(error3);
        Assert.Contains("begin 1.1.0", third);
    }

    [Fact]
    public void CommitTextMakesNoHtmlNoCommentAndNoHeading()
    {
        var text = ReleaseNotesRenderer.Render(Notes("1.0.0", Hostile));

        Assert.DoesNotContain("<script", text);
        Assert.DoesNotContain("<b>", text);
        Assert.DoesNotContain("<!--", text);
        Assert.DoesNotContain("<details>", text);
        Assert.Contains("&lt;script>alert(1)&lt;/script>", text);
        // The template's headings only: the version and the section titles.
        var headings = text.Split('\n').Where(l => l.TrimStart(' ').StartsWith("#", StringComparison.Ordinal)).ToList();
        Assert.All(headings, h => Assert.Matches("^(## 1.0.0 - 2024-03-15|### [A-Z][a-z]+( [A-Z][a-z]+)?)$", h));
        Assert.Contains("\\# not a heading", text);
        Assert.Contains("\\## 9.9.9 neither", text);
        Assert.Contains("\n\\===", text);
        // The support contact is the project's own Markdown.
        Assert.Contains("Write to <support@example.com> or see [the FAQ](https://example.com/faq).", text);
    }

    [Fact]
    public void TheJsonKeepsTheCommitTextAsItWas()
    {
        var json = JsonText.Write(ReleaseNotesModel.From(Notes("1.0.0", Hostile)));

        Assert.Contains("render \\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E safely", json.Replace("<", "\\u003C").Replace(">", "\\u003E"));
    }
}
