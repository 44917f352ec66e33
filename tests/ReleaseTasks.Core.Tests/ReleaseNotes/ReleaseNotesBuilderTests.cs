using System;
using System.Linq;
using ReleaseTasks.Commits;
using ReleaseTasks.Git;
using ReleaseTasks.ReleaseNotes;

namespace ReleaseTasks.Tests.ReleaseNotes;

public class ReleaseNotesBuilderTests
{
    private static ReleaseNotesDocument Build(ReleaseNotesContext? context, params string[] newestFirst) =>
        ReleaseNotesBuilder.Build(
            CommitRange.Effective(newestFirst.Select((m, i) => new GitCommit($"{i:x}".PadRight(40, 'c'), new[] { "p".PadRight(40, '0') }, m))),
            context ?? new ReleaseNotesContext("2.0.0", new DateTimeOffset(2024, 3, 15, 0, 0, 0, TimeSpan.Zero), "h".PadRight(40, '0')));

    [Fact]
    public void SectionsComeInTemplateOrderAndEmptyOnesAreLeftOut()
    {
        var notes = Build(null, "perf: faster", "fix: b", "feat: a", "chore: hidden", "docs: hidden", "Not conventional");

        Assert.Equal(new[] { "New Features", "Bug Fixes", "Improvements" }, notes.Sections.Select(s => s.Title));
    }

    [Fact]
    public void SecurityGoesToSecurityUpdatesOnly()
    {
        var notes = Build(null, "fix(security): escape", "fix: plain\n\nCVE: CVE-2026-1", "security: harden");

        var security = notes.Sections.Single(s => s.Title == "Security Updates");
        Assert.Equal(3, security.Entries.Count);
        Assert.DoesNotContain(notes.Sections, s => s.Title == "Bug Fixes");
    }

    [Fact]
    public void BreakingChangesAndUpgradeInstructions()
    {
        var notes = Build(null, "feat!: drop v1\n\nBREAKING CHANGE: v1 is gone.\n\nUse v2.\nUpgrade: run the migration.", "chore!: hidden type but breaking");

        var breaking = notes.Sections.Single(s => s.Title == "Breaking Changes");
        Assert.Equal(new[] { "hidden type but breaking", "drop v1" }, breaking.Entries.Select(e => e.Description));
        Assert.Equal("v1 is gone.", breaking.Entries[1].BreakingText);
        Assert.Equal(new[] { "v1 is gone.", "Use v2.", "run the migration." }, notes.Sections.Single(s => s.Title == "Upgrade Instructions").Paragraphs);
    }

    [Fact]
    public void ReferencesAndLinks()
    {
        var context = new ReleaseNotesContext("2.0.0", DateTimeOffset.UnixEpoch, "head") { Links = RepositoryLinks.FromRemote("git@github.com:acme/w.git"), PreviousTag = "v1.0.0" };
        var notes = Build(context, "feat(api): search (#12)\n\nCloses #5, #6");

        var entry = notes.Sections[0].Entries[0];
        Assert.Equal("search", entry.Description);
        Assert.Equal("api", entry.Scope);
        Assert.Equal(new[] { 12, 5, 6 }, entry.References.Select(r => r.Number));
        Assert.Equal("https://github.com/acme/w/pull/12", entry.References[0].Url);
        Assert.Equal("https://github.com/acme/w/issues/5", entry.References[1].Url);
        Assert.StartsWith("https://github.com/acme/w/commit/", entry.CommitUrl);
        Assert.Equal("https://github.com/acme/w/compare/v1.0.0...head", notes.CompareUrl);
    }

    [Fact]
    public void MappingAndHiddenTypesAreConfigurable()
    {
        var (pairs, error) = SectionMap.ParseTypes("docs=Documentation;perf=Performance");
        Assert.Null(error);
        var context = new ReleaseNotesContext("1.0.0", DateTimeOffset.UnixEpoch, "h") { Sections = new SectionMap(pairs, new[] { "chore" }) };

        var notes = Build(context, "docs: guide", "perf: fast", "feat: x");

        Assert.Equal(new[] { "New Features", "Performance", "Documentation" }, notes.Sections.Select(s => s.Title));
        Assert.Equal("=Bad", SectionMap.ParseTypes("feat=New;=Bad").Error);
    }

    [Fact]
    public void SupportSectionFromTheContact()
    {
        var context = new ReleaseNotesContext("1.0.0", DateTimeOffset.UnixEpoch, "h") { SupportContact = "support@example.com" };
        Assert.Equal("support@example.com", Build(context, "fix: x").Sections.Last().Paragraphs.Single());
    }

    [Fact]
    public void EntriesReadOldestFirst()
    {
        var notes = Build(null, "feat: second", "feat: first");
        Assert.Equal(new[] { "first", "second" }, notes.Sections[0].Entries.Select(e => e.Description));
    }
}
