using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using ReleaseTasks.ContinuousIntegration;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.IO;

namespace ReleaseTasks.Tasks;

/// <summary>
/// Tells the CI system running the build its version: the build number and the ReleaseTasks* values as variables for
/// later steps, in the system's own syntax (<see cref="ICiOutputs"/>). Once per build: the first project to claim the
/// build id and these values publishes them.
/// </summary>
public sealed class PublishCiVariables : ReleaseTaskBase
{
    [Required] public string BuildNumber { get; set; } = "";

    /// <summary>One item per property (ReleaseTasksVersion, …) with its value in the metadata Value.</summary>
    public ITaskItem[] Values { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>ReleaseTasksDotenvFile: where a dotenv report is written (GitLab).</summary>
    public string? DotenvFile { get; set; }

    /// <summary>The build's id (ReleaseTasks.BuildId.proj), the same in every project and node.</summary>
    public string? BuildId { get; set; }

    protected override string What => "hand the version to the CI system";

    protected override void ExecuteCore()
    {
        var variables = Values
            .Select(v => new KeyValuePair<string, string>(CiVariableNames.For(v.ItemSpec), v.GetMetadata("Value")))
            .ToArray();
        var publication = new CiPublication(BuildNumber, variables, string.IsNullOrWhiteSpace(DotenvFile) ? null : DotenvFile);
        var published = CiEnvironment.Publish(publication, Environment.GetEnvironmentVariable);
        if (published is not { } ci) return;
        if (ci.Output == null)
        {
            Log.LogMessage(MessageImportance.Normal, $"ReleaseTasks: {ci.System} offers builds no way to be told the version without the network; nothing handed to it.");
            return;
        }

        // Once per build: other projects and nodes computing the same values leave it to the first.
        var key = "ReleaseTasks.Ci\n" + CiPublicationClaim.Name("local", publication);
        var engine = BuildEngine as IBuildEngine4;
        if (engine?.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) != null) return;
        engine?.RegisterTaskObject(key, new object(), RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
        if (CiPublicationClaim.Name(BuildId, publication) is { } claim && PrivateCacheDirectory.ForCurrentUser()?.TryClaim(claim) == false) return;

        // High importance: plain `dotnet build` logs at minimal verbosity, which shows only these, each on its own line.
        foreach (var line in ci.Output.Lines) Log.LogMessage(MessageImportance.High, line);
        foreach (var file in ci.Output.Files)
        {
            if (file.Append) File.AppendAllText(file.Path, file.Text);
            else AtomicFile.WriteAllText(file.Path, file.Text);
        }
        if (ci.Output.Skipped.Count > 0) Report(DiagnosticCatalog.CiCannotCarry(ci.System, ci.Output.Skipped));
        Log.LogMessage(MessageImportance.Normal,
            $"ReleaseTasks: {ci.System} told version {BuildNumber}" + string.Concat(ci.Output.Files.Select(f => $"; {(f.Append ? "appended to" : "wrote")} {f.Path}")));
    }
}
