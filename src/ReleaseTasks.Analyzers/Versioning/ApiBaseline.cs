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
    private const string Removed = "*REMOVED*";

    private ApiBaseline(HashSet<string> entries) => Entries = entries;

    public HashSet<string> Entries { get; }

    public static AdditionalText? Find(IEnumerable<AdditionalText> files) =>
        files.FirstOrDefault(f => string.Equals(Path.GetFileName(f.Path), FileName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The entries, or null when the release had no API file (the first line says so).</summary>
    public static ApiBaseline? Read(string text)
    {
        var entries = new HashSet<string>(StringComparer.Ordinal);
        var removed = new List<string>();
        var any = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
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
        return any ? new ApiBaseline(entries) : null;
    }
}
