using System;
using System.Collections.Generic;

namespace ReleaseTasks.ReleaseNotes;

/// <summary>The release notes of one version: what the templates render and the JSON file holds.</summary>
public sealed record ReleaseNotesDocument(
    string Version,
    DateTimeOffset Date,
    string? PreviousVersion,
    IReadOnlyList<NoteSection> Sections)
{
    /// <summary>The tag the notes start after, e.g. v1.0.0 (empty for a first release).</summary>
    public string PreviousTag { get; init; } = string.Empty;

    public string? CompareUrl { get; init; }

    /// <summary>The compare view from <see cref="PreviousTag"/> to HEAD as it moves (<c>v1.1.0...HEAD</c>): the link of
    /// a changelog's Unreleased heading, which must not change with every commit. Null where the host has none.</summary>
    public string? CompareToHeadUrl { get; init; }

    /// <summary>A changelog's Unreleased section: no date (it has none yet; HEAD's would change with every commit).</summary>
    public bool IsUnreleased { get; init; }

    public string? RepositoryUrl { get; init; }

    /// <summary>The commit the version was built from.</summary>
    public string Commit { get; init; } = string.Empty;

    /// <summary>The build's ReleaseTasksReleaseType, Channel, IsLts and IsSecurityRelease, when the build computed
    /// them (not for an explicit -p:Version, nor in a changelog section).</summary>
    public ReleaseKind? Kind { get; init; }
}

/// <summary>What kind of release the notes are for: the same values as the build's outputs.</summary>
public sealed record ReleaseKind(string ReleaseType, string Channel, bool IsLts, bool IsSecurityRelease);
