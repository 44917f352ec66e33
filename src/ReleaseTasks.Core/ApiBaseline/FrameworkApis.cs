using System;
using System.Collections.Generic;
using System.Linq;

namespace ReleaseTasks.ApiBaseline;

/// <summary>
/// The public API of the target frameworks of a multi-targeted project that share one pair of API files. One file
/// can only list what every framework has; an entry some frameworks lack is reported, not written, so the file is
/// the same whichever framework finished its build last.
/// </summary>
public sealed class FrameworkApis
{
    private FrameworkApis(IReadOnlyList<string> common, IReadOnlyList<(string Entry, IReadOnlyList<string> Frameworks)> differing)
    {
        Common = common;
        Differing = differing;
    }

    /// <summary>The entries every framework has, sorted.</summary>
    public IReadOnlyList<string> Common { get; }

    /// <summary>The entries only some frameworks have, with those frameworks, sorted by entry.</summary>
    public IReadOnlyList<(string Entry, IReadOnlyList<string> Frameworks)> Differing { get; }

    public static FrameworkApis Merge(IReadOnlyDictionary<string, IReadOnlyList<string>> entriesByFramework)
    {
        var frameworks = entriesByFramework.Keys.OrderBy(f => f, StringComparer.Ordinal).ToList();
        var holders = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var framework in frameworks)
            foreach (var entry in entriesByFramework[framework].Distinct(StringComparer.Ordinal))
            {
                if (!holders.TryGetValue(entry, out var list)) holders[entry] = list = new List<string>();
                list.Add(framework);
            }
        var common = holders.Where(h => h.Value.Count == frameworks.Count).Select(h => h.Key).ToList();
        var differing = holders.Where(h => h.Value.Count < frameworks.Count)
            .Select(h => (h.Key, (IReadOnlyList<string>)h.Value)).ToList();
        return new FrameworkApis(common, differing);
    }
}
