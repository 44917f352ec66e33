using System.Text.RegularExpressions;

namespace ReleaseTasks.Commits;

/// <summary>
/// The regular expressions run over every commit message of a version's range. On .NET the source generator writes
/// them as code at compile time, precompiled with the rest of the task: parsing and interpreting them at run time cost
/// a cold build about a tenth of its own time (issue 12). The .NET Framework build (netstandard2.0) keeps the
/// interpreter; the patterns are the same text for both.
/// </summary>
internal static partial class CommitPatterns
{
    // type(scope)!: description — the type is a word; scopes may hold / @ . - _ and spaces, not parentheses.
    private const string HeaderText = @"^(?<type>[A-Za-z][A-Za-z0-9_-]*)(?:\((?<scope>[^()\r\n]*)\))?(?<bang>!)?: (?<desc>\S.*)$";

    // A footer line: "BREAKING CHANGE: x" (upper case only), or a hyphenated word token with ": " or " #".
    private const string FooterLineText = @"^(?:(?<token>BREAKING CHANGE)|(?<token>[A-Za-z][A-Za-z0-9-]*))(?:: | #)(?<value>.*)$";

    private const string SquashPullRequestText = @"\s\(#(?<n>[0-9]{1,9})\)$";

    // git's own revert message: 'This reverts commit <sha>.'
    private const string GitRevertText = @"This reverts commit (?<sha>[0-9a-fA-F]{7,64})";

    private const string ShaTokenText = @"\b[0-9a-fA-F]{7,64}\b";

    private const string SemverDirectiveText = @"\+semver:\s?(?<word>breaking|major|feature|minor|fix|patch|none|skip)(?![A-Za-z0-9_-])";

    private const RegexOptions Explicit = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

#if NET7_0_OR_GREATER
    [GeneratedRegex(HeaderText, Explicit)] internal static partial Regex Header();
    [GeneratedRegex(FooterLineText, Explicit)] internal static partial Regex FooterLine();
    [GeneratedRegex(SquashPullRequestText, Explicit)] internal static partial Regex SquashPullRequest();
    [GeneratedRegex(GitRevertText, Explicit)] internal static partial Regex GitRevert();
    [GeneratedRegex(ShaTokenText, RegexOptions.CultureInvariant)] internal static partial Regex ShaToken();
    [GeneratedRegex(SemverDirectiveText, RegexOptions.IgnoreCase | Explicit)] internal static partial Regex SemverDirective();
#else
    private static readonly Regex HeaderRegex = new(HeaderText, Explicit);
    private static readonly Regex FooterLineRegex = new(FooterLineText, Explicit);
    private static readonly Regex SquashPullRequestRegex = new(SquashPullRequestText, Explicit);
    private static readonly Regex GitRevertRegex = new(GitRevertText, Explicit);
    private static readonly Regex ShaTokenRegex = new(ShaTokenText, RegexOptions.CultureInvariant);
    private static readonly Regex SemverDirectiveRegex = new(SemverDirectiveText, RegexOptions.IgnoreCase | Explicit);
    internal static Regex Header() => HeaderRegex;
    internal static Regex FooterLine() => FooterLineRegex;
    internal static Regex SquashPullRequest() => SquashPullRequestRegex;
    internal static Regex GitRevert() => GitRevertRegex;
    internal static Regex ShaToken() => ShaTokenRegex;
    internal static Regex SemverDirective() => SemverDirectiveRegex;
#endif
}
