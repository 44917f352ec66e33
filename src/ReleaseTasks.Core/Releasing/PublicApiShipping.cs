using System;
using System.Collections.Generic;
using System.Linq;

namespace ReleaseTasks.Releasing;

/// <summary>
/// What PublicApiAnalyzers' users do by hand at a release: every line of PublicAPI.Unshipped.txt moves into
/// PublicAPI.Shipped.txt, a <c>*REMOVED*</c> line taking its entry out of the shipped file instead; the unshipped file
/// keeps only its <c>#nullable enable</c> header.
/// </summary>
public static class PublicApiShipping
{
    public const string RemovedPrefix = "*REMOVED*";

    /// <summary>The new contents of both files; null when the unshipped file holds no entry (nothing to ship).</summary>
    public static (string Shipped, string Unshipped)? Ship(string shipped, string unshipped)
    {
        var newline = shipped.Contains("\r\n") || (shipped.Length == 0 && unshipped.Contains("\r\n")) ? "\r\n" : "\n";
        var (shippedHeader, shippedEntries) = Read(shipped);
        var (unshippedHeader, unshippedEntries) = Read(unshipped);
        if (unshippedEntries.Count == 0) return null;

        var entries = new List<string>(shippedEntries);
        foreach (var line in unshippedEntries)
        {
            if (line.StartsWith(RemovedPrefix, StringComparison.Ordinal)) entries.Remove(line.Substring(RemovedPrefix.Length));
            else if (!entries.Contains(line)) entries.Add(line);
        }
        entries.Sort(StringComparer.Ordinal);

        var header = shippedHeader.Count > 0 ? shippedHeader : unshippedHeader;
        var newShipped = string.Concat(header.Concat(entries).Select(l => l + newline));
        var newUnshipped = string.Concat(unshippedHeader.Select(l => l + newline));
        return (newShipped, newUnshipped);
    }

    /// <summary>The header lines (#nullable enable) and the entries; blank lines dropped, as the analyzer reads them.</summary>
    private static (List<string> Header, List<string> Entries) Read(string text)
    {
        var header = new List<string>();
        var entries = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0) continue;
            if (line.StartsWith("#", StringComparison.Ordinal)) header.Add(line);
            else entries.Add(line);
        }
        return (header, entries);
    }
}
