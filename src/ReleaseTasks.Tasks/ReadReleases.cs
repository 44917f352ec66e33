using System;
using System.Linq;
using Microsoft.Build.Framework;
using ReleaseTasks.Containers;
using ReleaseTasks.Git;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tasks;

/// <summary>
/// What the repository's releases say about the version being built, for the tools downstream: the container image
/// tags (ContainerImageTags) and the previous stable release (package validation's baseline). Reads the tags once,
/// and only in the builds that publish a container or validate a package.
/// </summary>
public sealed class ReadReleases : ReleaseTaskBase
{
    [Required] public string ProjectDirectory { get; set; } = "";
    [Required] public string Version { get; set; } = "";
    public string? TagPrefix { get; set; }
    public string? GitPath { get; set; }

    /// <summary>X.Y.Z;X.Y;X;latest for the highest release, the full version for a pre-release. An array: a string
    /// output holding ';' would reach the SDK's task escaped, as one tag.</summary>
    [Output] public string[] ContainerImageTags { get; private set; } = Array.Empty<string>();

    /// <summary>The highest stable release below the version; empty when there is none.</summary>
    [Output] public string PreviousStableVersion { get; private set; } = "";

    /// <summary>true when the version is a major release after <see cref="PreviousStableVersion"/> (a minor one while
    /// the major is 0), which may break its API.</summary>
    [Output] public bool AllowsBreakingChanges { get; private set; }

    protected override string What => "read the releases";

    protected override void ExecuteCore()
    {
        if (!VersionTag.TryParseSemVer(Version, out var version))
        {
            Log.LogMessage(MessageImportance.Normal, $"ReleaseTasks: '{Version}' is not SemVer 2.0: no container tags or package validation baseline from it.");
            return;
        }
        var git = CreateGitSettings(GitPath, ProjectDirectory);
        if (git == null) return;
        var releases = ReleaseTags.Versions(new GitCliHistory(git, ProjectDirectory), TagPrefix?.Trim());
        ContainerImageTags = Containers.ContainerImageTags.For(version, releases).ToArray();
        if (PreviousRelease.StableBefore(version, releases) is { } previous)
        {
            PreviousStableVersion = previous.ToNormalizedString();
            AllowsBreakingChanges = PreviousRelease.AllowsBreakingChanges(previous, version);
        }
    }
}
