using System;
using System.Linq;
using Microsoft.Build.Framework;
using ReleaseTasks.ApiBaseline;

namespace ReleaseTasks.Tasks;

/// <summary>Writes the previous release's public API (from git) for the RT5xxx analyzers.</summary>
public sealed class ExtractApiBaseline : ReleaseTaskBase
{
    [Required] public string ProjectDirectory { get; set; } = string.Empty;
    [Required] public string PreviousTag { get; set; } = string.Empty;
    public ITaskItem[] ApiFiles { get; set; } = Array.Empty<ITaskItem>();
    [Required] public string OutputFile { get; set; } = string.Empty;
    public string? GitPath { get; set; }

    protected override string What => "read the public API of the previous release";

    protected override void ExecuteCore()
    {
        var git = CreateGitSettings(GitPath, ProjectDirectory);
        if (git == null) return;
        var written = ApiBaselineExtractor.Extract(ProjectDirectory, PreviousTag, ApiFiles.Select(i => i.GetMetadata("FullPath")).ToList(),
            OutputFile, git);
        Log.LogMessage(MessageImportance.Low, $"ReleaseTasks: API baseline of {PreviousTag} {(written ? "written to" : "unchanged in")} {OutputFile}");
    }
}
