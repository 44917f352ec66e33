using NuGet.Versioning;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.ReleaseNotes;

/// <summary>Release notes for one project's computed version.</summary>
public sealed record ReleaseNotesRequest(string ProjectDirectory, SemanticVersion Version, VersionSettings Settings)
{
    public string GitExecutable { get; init; } = "git";
    public SectionMap Sections { get; init; } = new();
    public string? SupportContact { get; init; }
    public string RemoteName { get; init; } = "origin";
}
