using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace ReleaseTasks.Commits;

/// <summary>
/// Parses commit messages by Conventional Commits 1.0.0. Never throws: anything that is not the grammar comes
/// back with <see cref="ConventionalCommit.IsConventional"/> false.
/// </summary>
public static class ConventionalCommitParser
{
    public static ConventionalCommit Parse(string? message)
    {
        var lines = SplitLines(message ?? string.Empty);
        var first = 0;
        while (first < lines.Length && lines[first].Trim().Length == 0) first++;
        var subject = first < lines.Length ? lines[first].Trim() : string.Empty;

        var (body, footers) = SplitBodyAndFooters(lines, first + 1);
        var pr = PullRequestOf(subject);

        var match = CommitPatterns.Header().Match(subject);
        if (!match.Success)
            return new ConventionalCommit(false, null, null, false, subject, body, footers) { PullRequestNumber = pr };

        var scope = match.Groups["scope"].Success ? match.Groups["scope"].Value.Trim() : null;
        return new ConventionalCommit(
            true,
            match.Groups["type"].Value.ToLowerInvariant(),
            string.IsNullOrEmpty(scope) ? null : scope,
            match.Groups["bang"].Success,
            match.Groups["desc"].Value.Trim(),
            body,
            footers) { PullRequestNumber = pr };
    }

    private static int? PullRequestOf(string subject)
    {
        var m = CommitPatterns.SquashPullRequest().Match(subject);
        return m.Success && int.TryParse(m.Groups["n"].Value, out var n) ? n : null;
    }

    private static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

    /// <summary>
    /// The footer block starts at the first paragraph (after the subject) whose first line is a footer line.
    /// Inside it, each footer line starts a new footer and everything up to the next one (blank lines
    /// included) is its value. A footer-looking line in the middle of a body paragraph stays body text.
    /// </summary>
    private static (string Body, IReadOnlyList<CommitFooter> Footers) SplitBodyAndFooters(string[] lines, int start)
    {
        var footerStart = -1;
        for (var i = start; i < lines.Length; i++)
        {
            var startsParagraph = i == start || lines[i - 1].Trim().Length == 0;
            if (startsParagraph && lines[i].Trim().Length > 0 && CommitPatterns.FooterLine().IsMatch(lines[i]))
            {
                footerStart = i;
                break;
            }
        }

        var bodyEnd = footerStart < 0 ? lines.Length : footerStart;
        var body = Join(lines, start, bodyEnd);
        if (footerStart < 0) return (body, Array.Empty<CommitFooter>());

        var footers = new List<CommitFooter>();
        string? token = null;
        var value = new StringBuilder();
        for (var i = footerStart; i < lines.Length; i++)
        {
            var m = CommitPatterns.FooterLine().Match(lines[i]);
            if (m.Success)
            {
                if (token != null) footers.Add(new CommitFooter(token, value.ToString().Trim()));
                token = m.Groups["token"].Value;
                value.Clear().Append(m.Groups["value"].Value);
            }
            else
            {
                value.Append('\n').Append(lines[i]);
            }
        }
        if (token != null) footers.Add(new CommitFooter(token, value.ToString().Trim()));
        return (body, footers);
    }

    private static string Join(string[] lines, int from, int to)
    {
        if (from >= to) return string.Empty;
        var sb = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            if (i > from) sb.Append('\n');
            sb.Append(lines[i]);
        }
        return sb.ToString().Trim('\n', ' ', '\t');
    }
}
