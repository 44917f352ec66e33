using System;
using System.Collections.Generic;
using System.Linq;
using ReleaseTasks.Commits;
using ReleaseTasks.Git;
using ReleaseTasks.ReleaseNotes;

namespace ReleaseTasks.Tests.ReleaseNotes;

/// <summary>
/// The default notes are written without the template engine; Liquid rendering DefaultTemplate.liquid (Fluid) is the
/// truth they must match byte for byte, over many generated histories and every odd value a model can hold.
/// </summary>
public class DefaultReleaseNotesTextTests
{
    private static readonly string[] Headers =
    {
        "feat: add a thing", "feat(api): search", "fix: crash on <empty> input", "fix(ui)!: drop the old dialog",
        "perf: faster", "refactor(core/io): split", "security: patch CVE-2024-1", "fix(security): escape", "docs: readme",
        "chore: deps", "ci: pipeline", "test: more", "style: format", "build: sdk", "not conventional at all",
        "feat: squash title (#123)", "fix(@scope/pkg.name_x): odd scope", "feat!: breaking without footer",
        "fix: # a heading-like description", "feat(scope): ünïcödé ✓ and `code` and *stars* & \"quotes\" 'single'",
        "fix: trailing spaces   ", "feat(): empty scope", "revert: feat: add a thing",
    };

    private static readonly string[] Bodies =
    {
        "", "A body.\n\nWith two paragraphs.", "Refs: #42", "Closes #7\nFixes: #8, #9",
        "BREAKING CHANGE: the old API is gone.\n\nMigrate like this:\n\n    new Api()", "Upgrade: run the tool.\n\nThen rebuild.",
        "Security: CVE-2024-0001", "BREAKING-CHANGE: <!-- hidden --> text\n# heading\n===", "Reviewed-by: someone",
        "body line   \n  \n\n\nafter blank lines",
    };

    private static IEnumerable<ReleaseNotesDocument> Histories()
    {
        var random = new Random(20261130);
        var remotes = new[] { null, "https://github.com/o/r.git", "git@gitlab.com:g/p.git", "https://dev.azure.com/o/p/_git/r", "https://bitbucket.org/o/r" };
        for (var n = 0; n < 300; n++)
        {
            var count = n % 10 == 0 ? 0 : random.Next(1, 40);
            var commits = new List<GitCommit>();
            for (var i = 0; i < count; i++)
            {
                var header = Headers[random.Next(Headers.Length)];
                var body = Bodies[random.Next(Bodies.Length)];
                var id = Guid.NewGuid().ToString("N") + "abcdef01";
                commits.Add(new GitCommit(id, new[] { "0000000000000000000000000000000000000000" }, body.Length == 0 ? header : header + "\n\n" + body));
            }
            var links = RepositoryLinks.FromRemote(remotes[n % remotes.Length]);
            var context = new ReleaseNotesContext(n % 3 == 0 ? "2.0.0" : "1.4.0-alpha." + n, new DateTimeOffset(2024, 1 + n % 12, 1 + n % 28, 10, 0, 0, TimeSpan.FromHours(n % 5)), "0123456789abcdef0123456789abcdef01234567")
            {
                PreviousTag = n % 4 == 0 ? string.Empty : "v1.3.0",
                PreviousVersion = n % 4 == 0 ? null : "1.3.0",
                CurrentTag = n % 6 == 0 ? "v2.0.0" : string.Empty,
                Links = links,
                SupportContact = n % 7 == 0 ? "Write to [support](mailto:s@example.com).\n\nOr call <b>us</b>." : null,
                Sections = n % 11 == 0 ? new SectionMap(new[] { new KeyValuePair<string, string>("docs", "Documentation") }, new[] { "chore" }) : new SectionMap(),
            };
            var notes = ReleaseNotesBuilder.Build(CommitRange.Effective(commits), context);
            yield return n % 8 == 0 ? notes with { IsUnreleased = true } : notes;
        }
    }

    /// <summary>Values no builder makes today, but a model may hold: empty strings (true to Liquid), nulls, CRs.</summary>
    private static IEnumerable<ReleaseNotesDocument> OddDocuments()
    {
        var entries = new[]
        {
            new NoteEntry("feat", "", "", "abc", false, Array.Empty<NoteReference>()) { CommitUrl = "", BreakingText = "" },
            new NoteEntry("fix", null, "crlf\r\ndescription  ", "0123456789", true,
                new[] { new NoteReference(NoteReferenceKind.Issue, 0, ""), new NoteReference(NoteReferenceKind.PullRequest, 999999999, null) }),
            new NoteEntry("x", "s", "d", "", false, new[] { new NoteReference(NoteReferenceKind.Issue, 5, "u") }) { BreakingText = "b\n\nc" },
        };
        var sections = new[]
        {
            new NoteSection("", entries, new[] { "", "p\r\n", "   " }),
            new NoteSection("Empty", Array.Empty<NoteEntry>(), Array.Empty<string>()),
            new NoteSection("Only paragraphs", Array.Empty<NoteEntry>(), new[] { "one", "two" }),
        };
        var date = new DateTimeOffset(2020, 2, 29, 23, 59, 59, TimeSpan.FromHours(-11));
        yield return new ReleaseNotesDocument("1.0.0", date, null, sections);
        yield return new ReleaseNotesDocument("1.0.0", date, "0.9.0", sections) { CompareUrl = "", IsUnreleased = true };
        yield return new ReleaseNotesDocument("", date, "", Array.Empty<NoteSection>()) { CompareUrl = "c" };
        yield return new ReleaseNotesDocument("1.0.0", date, null, Array.Empty<NoteSection>()) { IsUnreleased = true };
    }

    [Fact]
    public void EveryHistoryRendersExactlyAsTheLiquidDefaultTemplate()
    {
        var documents = Histories().Concat(OddDocuments()).ToList();
        Assert.Contains(documents, d => d.Sections.Count >= 5);
        foreach (var notes in documents)
            Assert.Equal(ReleaseNotesRenderer.Render(notes, ReleaseNotesRenderer.DefaultTemplate), ReleaseNotesRenderer.Render(notes));
    }
}
