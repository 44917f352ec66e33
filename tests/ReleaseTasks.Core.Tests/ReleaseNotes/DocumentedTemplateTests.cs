using System;
using System.IO;
using System.Text.RegularExpressions;
using ReleaseTasks.ReleaseNotes;

namespace ReleaseTasks.Tests.ReleaseNotes;

/// <summary>The custom template shown in docs/release-notes.md works as documented.</summary>
public class DocumentedTemplateTests
{
    [Fact]
    public void TheExampleTemplateOfTheDocsRenders()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "ReleaseTasks.sln"))) root = Path.GetDirectoryName(root)!;
        var docs = File.ReadAllText(Path.Combine(root, "docs", "release-notes.md"));
        var example = Regex.Match(docs, "```liquid\n(?<t>.*?)```", RegexOptions.Singleline).Groups["t"].Value;
        Assert.NotEmpty(example);

        var notes = new ReleaseNotesDocument("1.1.0", new DateTimeOffset(2024, 3, 15, 0, 0, 0, TimeSpan.Zero), "1.0.0", new[]
        {
            new NoteSection("New Features", new[] { new NoteEntry("feat", "api", "search", "abcdef0123", false, Array.Empty<NoteReference>()) }, Array.Empty<string>()),
            new NoteSection("Upgrade Instructions", Array.Empty<NoteEntry>(), new[] { "Run the migration." }),
        });

        var text = ReleaseNotesRenderer.Render(notes, ReleaseNotesRenderer.Parse(example, "docs example"));

        Assert.Equal("# 1.1.0 (2024-03-15)\n\n## New Features\n\n* search (api)\n\n## Upgrade Instructions\n\nRun the migration.\n", text);
    }
}
