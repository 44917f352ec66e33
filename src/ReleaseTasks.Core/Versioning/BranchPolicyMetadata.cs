using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Versioning;

/// <summary>
/// The metadata a ReleaseTasksBranch item may carry (Match, PreRelease, Core), and what a mistaken name most likely
/// meant: other metadata change nothing, so the branch silently got the default label or rule (RT0006).
/// </summary>
public static class BranchPolicyMetadata
{
    public const string Match = "Match";
    public const string PreRelease = "PreRelease";
    public const string Core = "Core";

    public static IReadOnlyList<string> Known { get; } = new[] { Match, PreRelease, Core };

    // The words other versioning tools and habit use for the same thing.
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Label"] = PreRelease, ["PreReleaseLabel"] = PreRelease, ["PreReleaseTag"] = PreRelease, ["Tag"] = PreRelease,
        ["Suffix"] = PreRelease, ["VersionSuffix"] = PreRelease, ["Channel"] = PreRelease, ["Increment"] = Core,
        ["Pattern"] = Match, ["Regex"] = Match, ["Glob"] = Match, ["Branch"] = Match, ["Branches"] = Match, ["Filter"] = Match,
        ["Bump"] = Core, ["Rule"] = Core, ["Mode"] = Core, ["Strategy"] = Core, ["VersionCore"] = Core,
    };

    public static bool IsKnown(string name) => Known.Any(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The known metadata <paramref name="name"/> most likely meant, or null: a synonym, or a known name
    /// at most two edits away (a typo such as PreRelase).</summary>
    public static string? Suggest(string name)
    {
        if (Synonyms.TryGetValue(name, out var known)) return known;
        return Known.Select(k => (Name: k, Distance: Distance(k.ToLowerInvariant(), name.ToLowerInvariant())))
            .Where(k => k.Distance <= 2).OrderBy(k => k.Distance).Select(k => k.Name).FirstOrDefault();
    }

    /// <summary>RT0006 for each metadata of the item that ReleaseTasks does not read (empty values change nothing).</summary>
    public static IEnumerable<Diagnostic> Unknown(string item, IEnumerable<KeyValuePair<string, string>> metadata) =>
        metadata.Where(m => !IsKnown(m.Key) && !string.IsNullOrWhiteSpace(m.Value))
            .Select(m => DiagnosticCatalog.UnknownBranchPolicyMetadataOnItem(item, m.Key, m.Value, Suggest(m.Key), reservedLabel: false));

    /// <summary>
    /// RT0006 for each ReleaseTasksBranch element of a project file that has a Label attribute: MSBuild keeps that
    /// attribute for itself and no task sees it, so the only place to find it is the file that defines the item.
    /// <paramref name="items"/> are the items the build has, so an element for another item (or a condition's other
    /// branch) is not reported. A file that cannot be read is no finding: MSBuild read it, and this is only a hint.
    /// </summary>
    public static IReadOnlyList<Diagnostic> ReservedLabelAttributes(string projectFile, IReadOnlyCollection<string> items)
    {
        var found = new List<Diagnostic>();
        try
        {
            using var reader = XmlReader.Create(projectFile, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            var lines = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "ReleaseTasksBranch") continue;
                var label = reader.GetAttribute("Label");
                var include = reader.GetAttribute("Include") ?? reader.GetAttribute("Update") ?? "";
                if (string.IsNullOrWhiteSpace(label)) continue;
                var names = include.Split(';').Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
                // An Include built from properties cannot be matched by its text: report it rather than miss it.
                var name = names.FirstOrDefault(n => items.Contains(n, StringComparer.OrdinalIgnoreCase))
                           ?? (include.IndexOfAny(new[] { '$', '@', '%' }) >= 0 ? include : null);
                if (name == null) continue;
                found.Add(DiagnosticCatalog.UnknownBranchPolicyMetadataOnItem(name, "Label", label!, PreRelease, reservedLabel: true)
                    with { File = projectFile, Line = lines.LineNumber });
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
        {
        }
        return found;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
