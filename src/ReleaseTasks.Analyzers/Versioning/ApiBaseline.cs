using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ReleaseTasks.Analyzers.Versioning;

/// <summary>
/// The public API as of the previous release: the build extracts the project's PublicAPI.Shipped.txt and
/// PublicAPI.Unshipped.txt from git at that tag into one file, ReleaseTasks.ApiBaseline.txt, an additional file.
/// Its first line names the release; '*REMOVED*' lines take their entry out.
/// </summary>
internal sealed class ApiBaseline
{
    public const string FileName = "ReleaseTasks.ApiBaseline.txt";
    public const string CorrectionsFileName = "PublicAPI.Corrections.txt";
    private const string Removed = "*REMOVED*";
    // Written by the build (Core's ApiBaselineExtractor) for entries no C# file of the project at the tag mentions.
    private const string NotInCode = "# not in the code at the tag: ";

    private ApiBaseline(HashSet<string> entries, HashSet<string> notInCode)
    {
        Entries = entries;
        NotInCodeAtTag = notInCode;
    }

    public HashSet<string> Entries { get; }

    /// <summary>Entries of the release's API files that its code never mentioned: the files were stale at the tag.</summary>
    public HashSet<string> NotInCodeAtTag { get; }

    public static AdditionalText? Find(IEnumerable<AdditionalText> files) => Find(files, FileName);

    public static AdditionalText? Find(IEnumerable<AdditionalText> files, string name) =>
        files.FirstOrDefault(f => string.Equals(Path.GetFileName(f.Path), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The entries, or null when the release had no API file (the first line says so).</summary>
    public static ApiBaseline? Read(string text)
    {
        var entries = new HashSet<string>(StringComparer.Ordinal);
        var notInCode = new HashSet<string>(StringComparer.Ordinal);
        var removed = new List<string>();
        var any = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith(NotInCode, StringComparison.Ordinal))
            {
                notInCode.Add(line.Substring(NotInCode.Length).Trim());
                continue;
            }
            if (line.StartsWith("#", StringComparison.Ordinal))
            {
                any |= line.StartsWith("# file:", StringComparison.Ordinal);
                continue;
            }
            if (line.Length == 0) continue;
            if (line.StartsWith(Removed, StringComparison.Ordinal)) removed.Add(line.Substring(Removed.Length));
            else entries.Add(line);
        }
        foreach (var line in removed) entries.Remove(line);
        return any ? new ApiBaseline(entries, notInCode) : null;
    }

    /// <summary>
    /// Applies the project's recorded corrections of what a release really had (PublicAPI.Corrections.txt, committed
    /// after the release): under a '[tag]' line, '*REMOVED*entry' takes an entry the release's API files listed by
    /// mistake out of its baseline, and a plain entry adds one they lacked. Sections of other releases are ignored.
    /// </summary>
    public void Correct(string corrections, string release)
    {
        var inRelease = false;
        foreach (var raw in corrections.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal)) continue;
            if (line.StartsWith("[", StringComparison.Ordinal) && line.EndsWith("]", StringComparison.Ordinal))
            {
                inRelease = string.Equals(line.Substring(1, line.Length - 2).Trim(), release, StringComparison.Ordinal);
                continue;
            }
            if (!inRelease) continue;
            if (line.StartsWith(Removed, StringComparison.Ordinal)) Entries.Remove(line.Substring(Removed.Length));
            else Entries.Add(line);
        }
    }
}
