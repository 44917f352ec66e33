using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ReleaseTasks.IO;

namespace ReleaseTasks.ApiBaseline;

/// <summary>
/// Writes PublicAPI.Shipped.txt from the compiler's error log of a build with ReleaseTasksWritePublicApi=true, in
/// which the analyzer reported every public API entry as RT5005 (analyzers must not write files themselves).
/// </summary>
public static class PublicApiFileWriter
{
    private static readonly Regex Entry = new(
        @"""ruleId""\s*:\s*""RT5005"".*?""text""\s*:\s*""(?<text>(?:[^""\\]|\\.)*)""",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline);

    /// <summary>The API entries of a SARIF error log, sorted and without duplicates (several target frameworks).</summary>
    public static IReadOnlyList<string> EntriesOf(string sarif) =>
        Entry.Matches(sarif).Cast<Match>()
            .Select(m => Regex.Unescape(m.Groups["text"].Value))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(e => e, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// PublicAPI.Shipped.txt becomes the current API; PublicAPI.Unshipped.txt is emptied (created when missing),
    /// since its entries are now in the shipped file. Nullable annotations in the entries put '#nullable enable' first.
    /// </summary>
    public static void Write(string directory, IReadOnlyList<string> entries)
    {
        var nullable = entries.Any(e => e.IndexOf('!') >= 0 || e.IndexOf("? ", StringComparison.Ordinal) >= 0 || e.EndsWith("?", StringComparison.Ordinal));
        var sb = new StringBuilder();
        if (nullable) sb.Append("#nullable enable\n");
        foreach (var entry in entries) sb.Append(entry).Append('\n');
        AtomicFile.WriteAllText(Path.Combine(directory, "PublicAPI.Shipped.txt"), sb.ToString());
        AtomicFile.WriteAllText(Path.Combine(directory, "PublicAPI.Unshipped.txt"), nullable ? "#nullable enable\n" : "");
    }
}
