using System.Linq;
using System.Text.RegularExpressions;

namespace ReleaseTasks.ReleaseNotes;

/// <summary>
/// Commit text as Markdown that reads the same and cannot change the page around it: no HTML (a comment would hide
/// the rest of the page, and a <c>&lt;!-- ReleaseTasks: end X --&gt;</c> line would lock CHANGELOG.md), no heading
/// (ATX <c>#</c> or a setext underline) that would break the section apart.
/// </summary>
public static class MarkdownText
{
    private static readonly Regex AtxHeading = new(@"^( {0,3})#", RegexOptions.CultureInvariant);
    private static readonly Regex SetextUnderline = new(@"^( {0,3})(=+|-+)[ \t]*$", RegexOptions.CultureInvariant);

    public static string Escape(string text)
    {
        // '<' starts every HTML tag and comment; as an entity it shows as itself and starts nothing.
        var lines = text.Replace("<", "&lt;").Split('\n');
        return string.Join("\n", lines.Select(EscapeLine));
    }

    private static string EscapeLine(string line)
    {
        if (AtxHeading.IsMatch(line)) return AtxHeading.Replace(line, @"$1\#", 1);
        if (SetextUnderline.IsMatch(line)) return SetextUnderline.Replace(line, @"$1\$2", 1);
        return line;
    }

    /// <summary>The notes with every text that came from a commit escaped; the support contact is the project's own
    /// Markdown and stays as written.</summary>
    public static ReleaseNotesDocument EscapeCommitText(ReleaseNotesDocument notes) => notes with
    {
        Sections = notes.Sections.Select(s => s with
        {
            Entries = s.Entries.Select(e => e with
            {
                Scope = e.Scope == null ? null : Escape(e.Scope),
                Description = Escape(e.Description),
                BreakingText = e.BreakingText == null ? null : Escape(e.BreakingText),
            }).ToList(),
            Paragraphs = s.Title == SectionMap.Support ? s.Paragraphs : s.Paragraphs.Select(Escape).ToList(),
        }).ToList(),
    };
}
