using System.IO;
using Microsoft.Build.Framework;
using ReleaseTasks.ApiBaseline;

namespace ReleaseTasks.Tasks;

/// <summary>Writes the project's PublicAPI files from the entries the analyzer put in the compiler's error log.</summary>
public sealed class WritePublicApi : ReleaseTaskBase
{
    [Required] public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The ErrorLog property: a path, maybe followed by ",version=2.1".</summary>
    [Required] public string ErrorLog { get; set; } = string.Empty;

    protected override string What => "write the public API files";

    protected override void ExecuteCore()
    {
        var path = ErrorLog.Split(',')[0];
        if (!File.Exists(path))
        {
            Log.LogMessage(MessageImportance.High, $"ReleaseTasks: no compiler error log at {path}: build again with --no-incremental to write the public API files.");
            return;
        }
        var entries = PublicApiFileWriter.EntriesOf(File.ReadAllText(path));
        PublicApiFileWriter.Write(ProjectDirectory, entries);
        Log.LogMessage(MessageImportance.High, $"ReleaseTasks: wrote {entries.Count} public API entries to {Path.Combine(ProjectDirectory, "PublicAPI.Shipped.txt")}");
    }
}
