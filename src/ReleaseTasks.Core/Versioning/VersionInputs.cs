using System.Collections.Generic;
using ReleaseTasks.Commits;

namespace ReleaseTasks.Versioning;

/// <summary>What the calculator needs from git and CI: pure data, so the rules are tested without a repository.</summary>
public sealed record VersionInputs
{
    public string HeadCommit { get; init; } = string.Empty;

    /// <summary>Version tags (with the configured prefix) on HEAD itself.</summary>
    public IReadOnlyList<VersionTag> HeadTags { get; init; } = new List<VersionTag>();

    /// <summary>The highest version tag reachable from HEAD, when HEAD carries none.</summary>
    public VersionTag? PreviousTag { get; init; }

    /// <summary>Commits reachable from HEAD and not from <see cref="PreviousTag"/> (all when there is none).</summary>
    public int Height { get; init; }

    /// <summary>The effective commits of that range (merges and revert pairs removed), for the bump.</summary>
    public IReadOnlyList<ReleaseCommit> Commits { get; init; } = new List<ReleaseCommit>();

    /// <summary>The branch, from ReleaseTasksBranch, the checkout, or CI variables; null when unknown.</summary>
    public string? Branch { get; init; }

    public int? PullRequest { get; init; }

    /// <summary>Release branches and unreachable stable tags the main line stays above (<see cref="ReleaseLines"/>).</summary>
    public IReadOnlyList<BranchedRelease> BranchedReleases { get; init; } = new List<BranchedRelease>();
}
