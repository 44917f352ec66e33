using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ReleaseTasks.Gates;

/// <summary>The lines a change added or modified, per repository-relative path, read from <c>git diff -U0</c>.</summary>
public sealed class ChangedLines
{
    private static readonly Regex Hunk = new(@"^@@ -\d+(?:,\d+)? \+(?<start>\d+)(?:,(?<count>\d+))? @@",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    public ChangedLines(IReadOnlyDictionary<string, SortedSet<int>> files, string baseDescription)
    {
        Files = files;
        Base = baseDescription;
    }

    public IReadOnlyDictionary<string, SortedSet<int>> Files { get; }

    /// <summary>What the lines were compared with, e.g. "merge-base of HEAD and origin/main (1a2b3c4)".</summary>
    public string Base { get; }

    public static Dictionary<string, SortedSet<int>> ParseDiff(string diff)
    {
        var files = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        SortedSet<int>? current = null;
        foreach (var raw in diff.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                var path = line.Substring(4);
                if (path == "/dev/null") { current = null; continue; }
                if (path.StartsWith("b/", StringComparison.Ordinal)) path = path.Substring(2);
                if (!files.TryGetValue(path, out current)) files[path] = current = new SortedSet<int>();
                continue;
            }
            if (current == null || !line.StartsWith("@@", StringComparison.Ordinal)) continue;
            var m = Hunk.Match(line);
            if (!m.Success) continue;
            var start = int.Parse(m.Groups["start"].Value, CultureInfo.InvariantCulture);
            var count = m.Groups["count"].Success ? int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture) : 1;
            for (var i = 0; i < count; i++) current.Add(start + i);
        }
        return files;
    }
}
