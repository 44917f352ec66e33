using NuGet.Versioning;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.ReleaseNotes;

/// <summary>Release notes for one project's computed version.</summary>
public sealed record ReleaseNotesRequest(string ProjectDirectory, SemanticVersion Version, VersionSettings Settings)
{
    /// <summary>How git is run: executable (ReleaseTasksGitPath), timeout, environment.</summary>
    public ReleaseTasks.Git.GitSettings Git { get; init; } = ReleaseTasks.Git.GitSettings.Default;
    public SectionMap Sections { get; init; } = new();
    public string? SupportContact { get; init; }
    public string RemoteName { get; init; } = "origin";
}
