using System;
using ReleaseTasks.Changelog;
using ReleaseTasks.ReleaseNotes;

namespace ReleaseTasks.Tests.Changelog;

/// <summary>Issue 14 item 6: the Unreleased section does not churn with every commit, and is never empty.</summary>
public class UnreleasedSectionTests
{
    private static ReleaseNotesDocument Notes(params NoteSection[] sections) =>
        new ReleaseNotesDocument("1.1.1-alpha.3", new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero), "1.1.0", sections)
        {
            PreviousTag = "v1.1.0",
            Commit = "0123456789abcdef0123456789abcdef01234567",
            CompareUrl = "https://github.com/acme/widgets/compare/v1.1.0...0123456789abcdef0123456789abcdef01234567",
            CompareToHeadUrl = "https://github.com/acme/widgets/compare/v1.1.0...HEAD",
        };

    private static readonly NoteSection Fixes = new("Bug Fixes",
        new[] { new NoteEntry("fix", null, "a fix", "0123456789abcdef0123456789abcdef01234567", false, Array.Empty<NoteReference>()) }, Array.Empty<string>());

    [Fact]
    public void HeadingLinksTheMovingRangeAndHasNoDate()
    {
        var text = ReleaseNotesRenderer.Render(UnreleasedSection.From(Notes(Fixes), "Unreleased"));

        Assert.StartsWith("## [Unreleased](https://github.com/acme/widgets/compare/v1.1.0...HEAD)\n", text);
        Assert.DoesNotContain("2026-11-29", text);
    }

    [Fact]
    public void ReleaseHeadingsKeepTheirDateAndFixedRange() =>
        Assert.StartsWith("## [1.1.1-alpha.3](https://github.com/acme/widgets/compare/v1.1.0...0123456789abcdef0123456789abcdef01234567) - 2026-11-29\n",
            ReleaseNotesRenderer.Render(Notes(Fixes)));

    [Fact]
    public void OnlyEntriesAreVisibleChanges()
    {
        Assert.True(UnreleasedSection.HasVisibleChanges(Notes(Fixes)));
        Assert.False(UnreleasedSection.HasVisibleChanges(Notes()));
        Assert.False(UnreleasedSection.HasVisibleChanges(Notes(new NoteSection("Support", Array.Empty<NoteEntry>(), new[] { "Ask us." }))));
    }

    [Fact]
    public void GitHubAndGitLabLinkHeadOthersNothing()
    {
        Assert.Equal("https://github.com/acme/widgets/compare/v1.0.0...HEAD", RepositoryLinks.FromRemote("git@github.com:acme/widgets.git")!.CompareToHead("v1.0.0"));
        Assert.Equal("https://gitlab.com/g/w/-/compare/v1...HEAD", RepositoryLinks.FromRemote("https://gitlab.com/g/w.git")!.CompareToHead("v1"));
        Assert.Null(RepositoryLinks.FromRemote("https://bitbucket.org/acme/widgets.git")!.CompareToHead("v1"));
    }

    [Theory]
    [InlineData("# Log\n\nIntro by hand.\n\n<!-- ReleaseTasks: begin 1.0.0 -->\n## 1.0.0\n\n- one\n<!-- ReleaseTasks: end 1.0.0 -->\n")]
    [InlineData("# Log\r\n\r\nIntro by hand.\r\n\r\n## 0.9.0 (by hand)\r\n")]
    [InlineData("# Log\n\nIntro by hand, no version yet, no final newline")]
    [InlineData("# Log\n\nIntro by hand, no version yet\n")]
    public void RemovingTheSectionGivesBackTheFileByteForByte(string original)
    {
        var (with, _) = ChangelogWriter.Merge(original, "Unreleased", "## Unreleased\n\n- two\n", "c");
        Assert.Contains("begin Unreleased", with);

        var (without, error) = ChangelogWriter.Remove(with!, "Unreleased", "c");

        Assert.Null(error);
        Assert.Equal(original, without);
    }

    [Fact]
    public void RemovingKeepsHandEditsAroundAndIsANoOpWithoutTheSection()
    {
        var text = "# Log\n\nBy hand above.\n\n<!-- ReleaseTasks: begin Unreleased -->\n## Unreleased\n<!-- ReleaseTasks: end Unreleased -->\n\nBy hand between.\n\n## 1.0.0\n";

        var (without, _) = ChangelogWriter.Remove(text, "Unreleased", "c");

        Assert.Equal("# Log\n\nBy hand above.\n\nBy hand between.\n\n## 1.0.0\n", without);
        Assert.Equal(without, ChangelogWriter.Remove(without!, "Unreleased", "c").Text);
    }
}
