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

    /// <summary>The most commits the notes are built from (the newest ones); 0 for no limit. Without a previous
    /// release tag git is asked for no more, so a history of a million commits never sits in memory.</summary>
    public int MaxCommits { get; init; } = DefaultMaxCommits;

    public const int DefaultMaxCommits = 10000;
}
