using System;
using System.Collections.Generic;

namespace ReleaseTasks.Releasing;

/// <summary>What TagRelease is to do: the version, its tag and message, the changelog section, the API files.</summary>
public sealed record ReleasePlan
{
    public string Version { get; init; } = "";
    public string TagName { get; init; } = "";
    /// <summary>The tag's message: the release notes (and the emergency reason).</summary>
    public string TagMessage { get; init; } = "";
    public string ChangelogPath { get; init; } = "";
    /// <summary>The heading label of the version's section (the tag prefix and the version in a monorepo).</summary>
    public string ChangelogLabel { get; init; } = "";
    public string ChangelogSection { get; init; } = "";
    /// <summary>The Unreleased section's label, which the version's section replaces.</summary>
    public string ChangelogUnreleased { get; init; } = "";
    /// <summary>Every PublicAPI.Unshipped.txt the release ships (absolute paths), each beside its PublicAPI.Shipped.txt.</summary>
    public IReadOnlyList<string> UnshippedApiFiles { get; init; } = Array.Empty<string>();
    public bool DryRun { get; init; }
    public bool Push { get; init; }
    public string Remote { get; init; } = "origin";
    /// <summary>The branch the release commit is pushed to.</summary>
    public string Branch { get; init; } = "";
}
