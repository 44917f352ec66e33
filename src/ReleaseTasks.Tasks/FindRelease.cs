using Microsoft.Build.Framework;
using ReleaseTasks.Git;
using ReleaseTasks.Releasing;

namespace ReleaseTasks.Tasks;

/// <summary>The release a TagRelease of this build makes, and whether it exists (its tag is on HEAD): then
/// TagRelease says so and does nothing, without judging readiness again.</summary>
public sealed class FindRelease : ReleaseTaskBase
{
    [Required] public string ProjectDirectory { get; set; } = string.Empty;
    public string? Version { get; set; }
    public string? TagPrefix { get; set; }
    public string? GitPath { get; set; }

    [Output] public string TagName { get; private set; } = string.Empty;
    [Output] public string ReleaseVersion { get; private set; } = string.Empty;
    [Output] public bool Released { get; private set; }

    protected override string What => "find the release";

    protected override void ExecuteCore()
    {
        var git = CreateGitSettings(GitPath, ProjectDirectory);
        if (git == null) return;
        var repository = new GitCliHistory(git, ProjectDirectory).Open();
        if (repository?.HeadCommit == null) return;
        var tags = new GitCliHistory(git, repository.TopLevel).AllTags();
        var (version, tagName, onHead) = ReleaseReadiness.ReleaseOf(Version?.Trim() ?? "", TagPrefix?.Trim() ?? "", tags, repository.HeadCommit);
        if (version == null) return;
        TagName = tagName;
        ReleaseVersion = version.ToNormalizedString();
        Released = onHead != null;
        if (Released)
        {
            var exists = ReleaseTasks.Diagnostics.DiagnosticCatalog.ReleaseAlreadyMade(tagName);
            Log.LogMessage(MessageImportance.High, $"ReleaseTasks: {exists.Code}: {exists.Message}");
        }
    }
}
