using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Changelog;

/// <summary>
/// Merges one version's generated section into CHANGELOG.md. What ReleaseTasks writes sits between
/// <c>&lt;!-- ReleaseTasks: begin X --&gt;</c> and <c>&lt;!-- ReleaseTasks: end X --&gt;</c>; everything else
/// is the team's and is kept byte for byte. A new version goes above the newest one; a version already there is
/// replaced inside its markers; the generated "Unreleased" section gives way to the version that releases it.
/// </summary>
public static class ChangelogWriter
{
    public const string Unreleased = "Unreleased";

    public const string DefaultHeader =
        "# Changelog\n\nAll notable changes to this project are documented here. ReleaseTasks generates the parts between its\n" +
        "`<!-- ReleaseTasks: begin/end -->` markers from Conventional Commits; anything written outside them is kept.\n";

    private static readonly Regex Marker = new(@"^\s*<!--\s*ReleaseTasks:\s*(?<kind>begin|end)\s+(?<version>\S+)\s*-->\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex VersionHeading = new(@"^##\s", RegexOptions.CultureInvariant);

    private sealed record Block(string Version, int Begin, int End);

    /// <summary>
    /// Returns the new text of the changelog (null when <paramref name="existing"/> is null: a new file), or an
    /// RT3001 diagnostic naming the line when the markers are damaged (then nothing must be written).
    /// </summary>
    public static (string? Text, Diagnostic? Error) Merge(string? existing, string version, string generated, string path)
    {
        if (existing == null)
            return (DefaultHeader + "\n" + BlockText(version, generated, "\n") + "\n", null);

        var newline = existing.Contains("\r\n") ? "\r\n" : "\n";
        var lines = SplitLines(existing, out var endsWithNewline);
        var (blocks, error) = FindBlocks(lines, path);
        if (error != null) return (null, error);

        var block = BlockText(version, generated, newline);
        var blockLines = SplitLines(block, out _).ToList();
        var mine = blocks.FirstOrDefault(b => b.Version == version);
        var unreleased = version != Unreleased ? blocks.FirstOrDefault(b => b.Version == Unreleased) : null;
        var target = mine ?? unreleased;

        var result = new List<string>(lines);
        if (target != null)
        {
            result.RemoveRange(target.Begin, target.End - target.Begin + 1);
            result.InsertRange(target.Begin, blockLines);
            // When both the version and the generated Unreleased section exist, the latter is now obsolete.
            if (mine != null && unreleased != null)
            {
                var shift = unreleased.Begin > mine.Begin ? blockLines.Count - (mine.End - mine.Begin + 1) : 0;
                result.RemoveRange(unreleased.Begin + shift, unreleased.End - unreleased.Begin + 1);
            }
        }
        else
        {
            var at = FirstVersionLine(lines, blocks);
            if (at < 0)
            {
                if (result.Count > 0 && result[result.Count - 1].Trim().Length > 0) result.Add("");
                result.AddRange(blockLines);
            }
            else
            {
                blockLines.Add("");
                result.InsertRange(at, blockLines);
            }
        }

        var text = string.Join(newline, result) + (endsWithNewline || target == null ? newline : "");
        return (text, null);
    }

    private static string BlockText(string version, string generated, string newline)
    {
        var body = generated.Replace("\r\n", "\n").TrimEnd('\n').Replace("\n", newline);
        return $"<!-- ReleaseTasks: begin {version} -->{newline}{body}{newline}<!-- ReleaseTasks: end {version} -->";
    }

    /// <summary>The line above which a new version goes: the newest version's block or heading.</summary>
    private static int FirstVersionLine(IReadOnlyList<string> lines, IReadOnlyList<Block> blocks)
    {
        var firstBlock = blocks.Count > 0 ? blocks.Min(b => b.Begin) : int.MaxValue;
        for (var i = 0; i < lines.Count && i < firstBlock; i++)
            if (VersionHeading.IsMatch(lines[i])) return i;
        return firstBlock == int.MaxValue ? -1 : firstBlock;
    }

    private static (List<Block> Blocks, Diagnostic? Error) FindBlocks(IReadOnlyList<string> lines, string path)
    {
        var blocks = new List<Block>();
        string? open = null;
        var openLine = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var m = Marker.Match(lines[i]);
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

    private static string[] SplitLines(string text, out bool endsWithNewline)
    {
        var normalized = text.Replace("\r\n", "\n");
        endsWithNewline = normalized.EndsWith("\n", StringComparison.Ordinal);
        if (endsWithNewline) normalized = normalized.Substring(0, normalized.Length - 1);
        return normalized.Split('\n');
    }
}
