using System.Text.RegularExpressions;

namespace ReleaseTasks.ReleaseNotes;

/// <summary>
/// The regular expressions release notes run over every entry: generated as code on .NET and precompiled with the
/// task, as <see cref="Commits.CommitPatterns"/> are, because a pack builds notes in a fresh process where building and
/// interpreting them cost more than the notes themselves (issue 12). The .NET Framework build keeps the interpreter.
/// </summary>
internal static partial class NotesPatterns
{
    private const string SquashSuffixText = @"\s*\(#[0-9]{1,9}\)$";
    private const string IssueNumberText = @"#(?<n>[0-9]{1,9})\b";
    private const string ParagraphBreakText = @"\n[ \t]*\n";
    private const string TrailingSpacesText = @"[ \t]+\n";
    private const string BlankLinesText = @"\n{3,}";

#if NET7_0_OR_GREATER
    [GeneratedRegex(SquashSuffixText, RegexOptions.CultureInvariant)] internal static partial Regex SquashSuffix();
    [GeneratedRegex(IssueNumberText, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)] internal static partial Regex IssueNumber();
    [GeneratedRegex(ParagraphBreakText)] internal static partial Regex ParagraphBreak();
    [GeneratedRegex(TrailingSpacesText)] internal static partial Regex TrailingSpaces();
    [GeneratedRegex(BlankLinesText)] internal static partial Regex BlankLines();
#else
    private static readonly Regex SquashSuffixRegex = new(SquashSuffixText, RegexOptions.CultureInvariant);
    private static readonly Regex IssueNumberRegex = new(IssueNumberText, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    private static readonly Regex ParagraphBreakRegex = new(ParagraphBreakText);
    private static readonly Regex TrailingSpacesRegex = new(TrailingSpacesText);
    private static readonly Regex BlankLinesRegex = new(BlankLinesText);
    internal static Regex SquashSuffix() => SquashSuffixRegex;
    internal static Regex IssueNumber() => IssueNumberRegex;
    internal static Regex ParagraphBreak() => ParagraphBreakRegex;
    internal static Regex TrailingSpaces() => TrailingSpacesRegex;
    internal static Regex BlankLines() => BlankLinesRegex;
#endif
}
