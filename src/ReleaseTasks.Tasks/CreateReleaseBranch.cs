using Microsoft.Build.Framework;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tasks;

/// <summary>Cuts release/X.Y at HEAD of the main line (<see cref="ReleaseBranch"/>); never switches branches, never pushes.</summary>
public sealed class CreateReleaseBranch : ReleaseTaskBase
{
    [Required] public string ProjectDirectory { get; set; } = string.Empty;
    public string? Branch { get; set; }
    public string? Version { get; set; }
    public string? RequestedVersion { get; set; }
    public string? DefaultBranch { get; set; }
    public string? TagPrefix { get; set; }
    public string? GitPath { get; set; }
    public string? DryRun { get; set; }

    /// <summary>The release branch created, or already at HEAD (release/1.3); empty on failure.</summary>
    [Output] public string ReleaseBranchName { get; private set; } = string.Empty;

    protected override string What => "create the release branch";

    protected override void ExecuteCore()
    {
        var dryRun = ParseBoolean("ReleaseTasksDryRun", DryRun, false);
        if (dryRun == null) return;
        var git = CreateGitSettings(GitPath, ProjectDirectory);
        if (git == null) return;
        var outcome = ReleaseBranch.Create(new ReleaseBranchRequest(ProjectDirectory)
        {
            Branch = Branch,
            Version = Version,
            RequestedVersion = RequestedVersion,
            DefaultBranch = DefaultBranch,
            TagPrefix = TagPrefix?.Trim() ?? string.Empty,
            DryRun = dryRun.Value,
            Git = git,
        });
        foreach (var diagnostic in outcome.Diagnostics) Report(diagnostic);
        foreach (var message in outcome.Messages) Log.LogMessage(MessageImportance.High, message);
        ReleaseBranchName = outcome.Branch;
    }
}
