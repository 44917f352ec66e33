using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Changelog;

/// <summary>
/// Merges one version's generated section into CHANGELOG.md. What ReleaseTasks writes sits between
/// <c>&lt;!-- ReleaseTasks: begin X --&gt;</c> and <c>&lt;!-- ReleaseTasks: end X --&gt;</c>; everything else
/// is the team's and is kept byte for byte, each line with its own ending (LF, CRLF, or none at the end of the
/// file). A new version goes above the newest one; a version already there is replaced inside its markers; the
/// generated "Unreleased" section gives way to the version that releases it.
/// </summary>
public static class ChangelogWriter
{
    public const string Unreleased = "Unreleased";

    public const string DefaultHeader =
        "# Changelog\n\nAll notable changes to this project are documented here. ReleaseTasks generates the parts between its\n" +
        "`<!-- ReleaseTasks: begin/end -->` markers from Conventional Commits; anything written outside them is kept.\n";

    // The label may hold spaces ("Unreleased (lib-a-v)", a monorepo project's own section).
    private static readonly Regex Marker = new(@"^\s*<!--\s*ReleaseTasks:\s*(?<kind>begin|end)\s+(?<version>\S(?:.*?\S)?)\s*-->\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex VersionHeading = new(@"^##\s", RegexOptions.CultureInvariant);

    private sealed record Block(string Version, int Begin, int End);

    /// <summary>One line of the file: its text and its own ending ("\r\n", "\n", or "" for a last line without one).</summary>
    private readonly record struct Line(string Text, string Ending);

    /// <summary>
    /// Returns the new text of the changelog (a new file when <paramref name="existing"/> is null), or an RT3001
    /// diagnostic naming the line when the markers are damaged (then nothing must be written).
    /// </summary>
    public static (string? Text, Diagnostic? Error) Merge(string? existing, string version, string generated, string path) =>
        Merge(existing, version, generated, path, Unreleased);

    /// <param name="unreleased">The label of the section a release replaces: "Unreleased", or a monorepo project's
    /// own "Unreleased (prefix)".</param>
    public static (string? Text, Diagnostic? Error) Merge(string? existing, string version, string generated, string path, string unreleased)
    {
        if (existing == null)
            return (DefaultHeader + "\n" + string.Concat(BlockLines(version, generated, "\n").Select(l => l.Text + l.Ending)), null);

        // An empty file has no line to keep; it gets the section alone.
        if (existing.Length == 0)
            return (string.Concat(BlockLines(version, generated, "\n").Select(l => l.Text + l.Ending)), null);

        var lines = SplitLines(existing);
        var (blocks, error) = FindBlocks(lines, path);
        if (error != null) return (null, error);

        var newline = DominantEnding(lines);
        var blockLines = BlockLines(version, generated, newline);
        var mine = blocks.FirstOrDefault(b => b.Version == version);
        var obsolete = version != unreleased ? blocks.FirstOrDefault(b => b.Version == unreleased) : null;
        var target = mine ?? obsolete;

        var result = new List<Line>(lines);
        if (target != null)
        {
            // The section's last line keeps the ending the old one had (none, at the very end of a file without a
            // final newline).
            blockLines[blockLines.Count - 1] = blockLines[blockLines.Count - 1] with { Ending = lines[target.End].Ending };
            result.RemoveRange(target.Begin, target.End - target.Begin + 1);
            result.InsertRange(target.Begin, blockLines);
            // When both the version and the generated Unreleased section exist, the latter is now obsolete.
            if (mine != null && obsolete != null)
            {
                var shift = obsolete.Begin > mine.Begin ? blockLines.Count - (mine.End - mine.Begin + 1) : 0;
                var removed = obsolete.End - obsolete.Begin + 1;
                var at = obsolete.Begin + shift;
                // With the empty line written after it when it was inserted, so that no blank lines pile up.
                if (at + removed < result.Count && result[at + removed].Text.Length == 0) removed++;
                // A section that ended the file without a final newline hands that absence to the line now last.
                if (at + removed == result.Count && at > 0 && result[at + removed - 1].Ending.Length == 0)
                    result[at - 1] = result[at - 1] with { Ending = "" };
                result.RemoveRange(at, removed);
            }
        }
        else
        {
            var at = FirstVersionLine(lines, blocks);
            if (at < 0)
            {
                // Appended at the end: the last line needs an ending to separate it, and the file keeps ending as it
                // did (with a newline or without one).
                var last = result.Count - 1;
                var finalNewline = result[last].Ending.Length > 0;
                if (!finalNewline) result[last] = result[last] with { Ending = newline };
                if (result[last].Text.Trim().Length > 0) result.Add(new Line("", newline));
                if (!finalNewline) blockLines[blockLines.Count - 1] = blockLines[blockLines.Count - 1] with { Ending = "" };
                result.AddRange(blockLines);
            }
            else
            {
                blockLines.Add(new Line("", newline));
                result.InsertRange(at, blockLines);
            }
        }

        return (string.Concat(result.Select(l => l.Text + l.Ending)), null);
    }

    /// <summary>
    /// Takes a generated section out (an Unreleased section with nothing left to show), with the empty line written
    /// beside it when it was inserted; every other byte stays. Returns the text unchanged when there is no such section,
    /// or RT3001 when the markers are damaged.
    /// </summary>
    public static (string? Text, Diagnostic? Error) Remove(string existing, string label, string path)
    {
        var lines = SplitLines(existing);
        var (blocks, error) = FindBlocks(lines, path);
        if (error != null) return (null, error);
        var block = blocks.FirstOrDefault(b => b.Version == label);
        if (block == null) return (existing, null);

        var result = new List<Line>(lines);
        var at = block.Begin;
        var removed = block.End - block.Begin + 1;
        var endsFile = at + removed == result.Count;
        if (!endsFile && result[at + removed].Text.Length == 0)
        {
            // Inserted above a version: it brought the empty line after it.
            removed++;
        }
        else if (endsFile && at > 0 && result[at - 1].Text.Length == 0 && (at < 2 || result[at - 2].Text.Trim().Length > 0))
        {
            // Appended at the end: it brought the empty line before it, and a file without a final newline gets that
            // absence back.
            at--;
            removed++;
        }
        if (at + removed == result.Count && at > 0 && result[at + removed - 1].Ending.Length == 0)
            result[at - 1] = result[at - 1] with { Ending = "" };
        result.RemoveRange(at, removed);
        return (string.Concat(result.Select(l => l.Text + l.Ending)), null);
    }

    private static List<Line> BlockLines(string version, string generated, string newline)
    {
        var lines = new List<Line> { new($"<!-- ReleaseTasks: begin {version} -->", newline) };
        foreach (var text in generated.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'))
            lines.Add(new Line(Marker.IsMatch(text) ? Neutralize(text) : text, newline));
        lines.Add(new Line($"<!-- ReleaseTasks: end {version} -->", newline));
        return lines;
    }

    /// <summary>A marker that a custom template wrote inside the section would lock every later update: it is
    /// written so that it shows the same on the page and is no marker.</summary>
    private static string Neutralize(string text) => text.Replace("<", "&lt;");

    /// <summary>The ending most lines have (LF when none has one): what the generated lines get.</summary>
    private static string DominantEnding(IReadOnlyList<Line> lines)
    {
        int crlf = 0, lf = 0;
        foreach (var line in lines)
        {
            if (line.Ending == "\r\n") crlf++;
            else if (line.Ending == "\n") lf++;
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    /// <summary>The line above which a new version goes: the newest version's block or heading.</summary>
    private static int FirstVersionLine(IReadOnlyList<Line> lines, IReadOnlyList<Block> blocks)
    {
        var firstBlock = blocks.Count > 0 ? blocks.Min(b => b.Begin) : int.MaxValue;
        for (var i = 0; i < lines.Count && i < firstBlock; i++)
            if (VersionHeading.IsMatch(lines[i].Text)) return i;
        return firstBlock == int.MaxValue ? -1 : firstBlock;
    }

    private static (List<Block> Blocks, Diagnostic? Error) FindBlocks(IReadOnlyList<Line> lines, string path)
    {
        var blocks = new List<Block>();
        string? open = null;
        var openLine = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var m = Marker.Match(lines[i].Text);
            if (!m.Success) continue;
            var kind = m.Groups["kind"].Value;
            var version = m.Groups["version"].Value;
            if (kind == "begin")
            {
                if (open != null)
                    return (blocks, DiagnosticCatalog.ChangelogMarkersDamaged(path, i + 1, $"'begin {version}' before 'end {open}' of line {openLine + 1}"));
                if (blocks.Any(b => b.Version == version))
                    return (blocks, DiagnosticCatalog.ChangelogMarkersDamaged(path, i + 1, $"a second 'begin {version}'"));
                open = version;
                openLine = i;
            }
            else
            {
                if (open == null)
                    return (blocks, DiagnosticCatalog.ChangelogMarkersDamaged(path, i + 1, $"'end {version}' without its 'begin'"));
                if (open != version)
                    return (blocks, DiagnosticCatalog.ChangelogMarkersDamaged(path, i + 1, $"'end {version}' closes 'begin {open}' of line {openLine + 1}"));
                blocks.Add(new Block(version, openLine, i));
                open = null;
            }
        }
        if (open != null)
            return (blocks, DiagnosticCatalog.ChangelogMarkersDamaged(path, openLine + 1, $"'begin {open}' is never closed"));
        return (blocks, null);
    }

    /// <summary>Splits at LF, keeping each line's ending; a lone CR is part of its line's text. An empty text is
    /// one empty line without an ending, so that text == concatenation of the lines, always.</summary>
    private static List<Line> SplitLines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        while (true)
        {
            var lf = text.IndexOf('\n', start);
            if (lf < 0)
            {
                if (start < text.Length || lines.Count == 0) lines.Add(new Line(text.Substring(start), ""));
                return lines;
            }
            var crlf = lf > start && text[lf - 1] == '\r';
            lines.Add(new Line(text.Substring(start, (crlf ? lf - 1 : lf) - start), crlf ? "\r\n" : "\n"));
            start = lf + 1;
        }
    }
}
