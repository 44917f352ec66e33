using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ReleaseTasks.Coverage;

/// <summary>
/// Coverage reports left by earlier runs: collectors write each run to a new TestResults/&lt;guid&gt;/ directory, so
/// one test project's TestResults/ gathers a report per run. A &lt;guid&gt; directory whose reports are older than the
/// newest report of the same TestResults/ by more than <see cref="SameRun"/> is an earlier run. The target
/// frameworks of one run write several &lt;guid&gt; directories minutes apart at most, so they stay together.
/// </summary>
public static class StaleReports
{
    public static readonly TimeSpan SameRun = TimeSpan.FromMinutes(10);

    public sealed record Finding(string TestResultsDirectory, IReadOnlyList<string> Stale, IReadOnlyList<string> Newest);

    public static IReadOnlyList<Finding> Find(IEnumerable<string> reports)
    {
        var runs = new List<(string Directory, string Run, string File, DateTime Written)>();
        foreach (var file in reports)
        {
            var parts = Path.GetFullPath(file).Replace('\\', '/').Split('/');
            for (var i = parts.Length - 3; i >= 0; i--)
            {
                if (!string.Equals(parts[i], "TestResults", StringComparison.OrdinalIgnoreCase) || !Guid.TryParse(parts[i + 1], out _)) continue;
                runs.Add((string.Join("/", parts, 0, i + 1), parts[i + 1], file, File.GetLastWriteTimeUtc(file)));
                break;
            }
        }
        var findings = new List<Finding>();
        foreach (var directory in runs.GroupBy(r => r.Directory, StringComparer.Ordinal))
        {
            var newest = directory.Max(r => r.Written);
            var stale = directory.GroupBy(r => r.Run).Where(run => run.Max(r => r.Written) < newest - SameRun).SelectMany(run => run).ToList();
            if (stale.Count == 0) continue;
            findings.Add(new Finding(directory.Key,
                stale.Select(r => r.File).OrderBy(f => f, StringComparer.Ordinal).ToList(),
                directory.Except(stale).Select(r => r.File).OrderBy(f => f, StringComparer.Ordinal).ToList()));
        }
        return findings;
    }
}
