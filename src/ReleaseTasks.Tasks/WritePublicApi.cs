using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using ReleaseTasks.ApiBaseline;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Tasks;

/// <summary>
/// Writes the project's PublicAPI files from the entries the analyzer put in the compiler's error log: one log per
/// target framework, each item naming the directory of that framework's API files. Frameworks that share a
/// directory get the entries they all have (RT0005 names the rest); a framework with files of its own gets its own.
/// </summary>
public sealed class WritePublicApi : ReleaseTaskBase
{
    /// <summary>Error logs (a path, maybe followed by ",version=2.1"), with metadata ApiDirectory and TargetFramework.</summary>
    [Required] public ITaskItem[] ErrorLogs { get; set; } = Array.Empty<ITaskItem>();

    protected override string What => "write the public API files";

    protected override void ExecuteCore()
    {
        foreach (var directory in ErrorLogs.GroupBy(i => Path.GetFullPath(i.GetMetadata("ApiDirectory")), StringComparer.Ordinal))
        {
            var byFramework = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var item in directory)
            {
                var path = item.ItemSpec.Split(',')[0];
                if (!File.Exists(path))
                {
                    Log.LogMessage(MessageImportance.High, $"ReleaseTasks: no compiler error log at {path}: build again with --no-incremental to write the public API files.");
                    return;
                }
                byFramework[item.GetMetadata("TargetFramework")] = PublicApiFileWriter.EntriesOf(File.ReadAllText(path));
            }

            var apis = FrameworkApis.Merge(byFramework);
            if (apis.Differing.Count > 0)
                Report(DiagnosticCatalog.ApiDiffersBetweenFrameworks(directory.Key, byFramework.Keys.OrderBy(f => f, StringComparer.Ordinal).ToList(),
                    apis.Common.Count, apis.Differing));
            PublicApiFileWriter.Write(directory.Key, apis.Common);
            Log.LogMessage(MessageImportance.High, $"ReleaseTasks: wrote {apis.Common.Count} public API entries to {Path.Combine(directory.Key, "PublicAPI.Shipped.txt")}");
        }
    }
}
