using System.Globalization;
using System.Text;

namespace ReleaseTasks.ReleaseNotes;

/// <summary>
/// The team's default template (DefaultTemplate.liquid) written out as code: the same text, byte for byte (a test
/// renders many histories both ways), without starting the template engine, whose parser alone costs a pack more
/// than everything else the notes do. Custom templates still go through Liquid. A change to the .liquid file must be
/// made here too; the test says so when they differ.
/// </summary>
public static class DefaultReleaseNotesText
{
    /// <summary>What the default template renders for <paramref name="notes"/>, before <see cref="ReleaseNotesRenderer.Normalize"/>;
    /// commit text already escaped.</summary>
    public static string Write(ReleaseNotesDocument notes)
    {
        var sb = new StringBuilder(4096);
        var version = notes.Version;
        if (notes.CompareUrl != null) sb.Append("## [").Append(version).Append("](").Append(notes.CompareUrl).Append(')');
        else sb.Append("## ").Append(version);
        // The model's date (ReleaseNotesModel): none for an Unreleased section.
        if (!notes.IsUnreleased) sb.Append(" - ").Append(notes.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        sb.Append('\n');
        foreach (var section in notes.Sections)
        {
            sb.Append("\n### ").Append(section.Title).Append('\n');
            foreach (var entry in section.Entries)
            {
                sb.Append("\n- ");
                // Liquid's truth: only nil (and false) is false; an empty string is true.
                if (entry.Scope != null) sb.Append("**").Append(entry.Scope).Append(":** ");
                sb.Append(entry.Description);
                if (entry.BreakingText != null) sb.Append(": ").Append(entry.BreakingText);
                foreach (var reference in entry.References)
                {
                    var number = reference.Number.ToString(CultureInfo.InvariantCulture);
                    sb.Append(" (");
                    if (reference.Url != null) sb.Append("[#").Append(number).Append("](").Append(reference.Url).Append(')');
                    else sb.Append('#').Append(number);
                    sb.Append(')');
                }
                sb.Append(" (");
                if (entry.CommitUrl != null) sb.Append('[').Append(entry.ShortCommit).Append("](").Append(entry.CommitUrl).Append(')');
                else sb.Append(entry.ShortCommit);
                sb.Append(')');
            }
            sb.Append('\n');
            foreach (var paragraph in section.Paragraphs) sb.Append('\n').Append(paragraph).Append('\n');
            sb.Append('\n');
        }
        sb.Append('\n');
        return sb.ToString();
    }
}
