using System;
using System.Collections.Generic;
using NuGet.Versioning;

namespace ReleaseTasks.Versioning;

/// <summary>Which part of the version AssemblyVersion keeps (the rest is zero).</summary>
public enum AssemblyVersionPrecision
{
    Major,
    Minor,
    Patch,
}

/// <summary>Everything the user can configure about versioning; the MSBuild properties map onto this.</summary>
public sealed record VersionSettings
{
    /// <summary>Empty: tags <c>v1.2.3</c>, <c>V1.2.3</c> and <c>1.2.3</c> count. Otherwise only tags with this prefix.</summary>
    public string TagPrefix { get; init; } = string.Empty;

    public SemanticVersion InitialVersion { get; init; } = new(0, 1, 0);

    public SemanticVersion FallbackVersion { get; init; } = new(0, 1, 0, "alpha.0");

    /// <summary>The user's branch policies, tried before <see cref="BranchPolicy.Defaults"/>.</summary>
    public IReadOnlyList<BranchPolicy> BranchPolicies { get; init; } = Array.Empty<BranchPolicy>();

    public string PullRequestLabel { get; init; } = "pr.{pr}.{h}";

    public AssemblyVersionPrecision AssemblyVersionPrecision { get; init; } = AssemblyVersionPrecision.Major;

    /// <summary>Globs relative to the repository root; only commits touching them count (monorepos).</summary>
    public IReadOnlyList<string> PathFilters { get; init; } = Array.Empty<string>();

    public bool RequireFullHistory { get; init; }

    /// <summary>The branch to version as, overriding git and CI (ReleaseTasksBranch).</summary>
    public string? BranchOverride { get; init; }

    /// <summary>The pull request number to version as, overriding CI (ReleaseTasksPullRequest).</summary>
    public int? PullRequestOverride { get; init; }

    /// <summary>A text that changes whenever a setting that affects the result changes (cache keys).</summary>
    public string Fingerprint() => string.Join("\u001f", new[]
    {
        TagPrefix, InitialVersion.ToFullString(), FallbackVersion.ToFullString(), PullRequestLabel,
        AssemblyVersionPrecision.ToString(), string.Join(";", PathFilters), RequireFullHistory.ToString(),
        BranchOverride ?? "", PullRequestOverride?.ToString() ?? "",
        string.Join(";", Array.ConvertAll(ToArray(BranchPolicies), p => $"{p.Name}|{p.Match}|{p.Label}|{p.Core}")),
    });

    private static BranchPolicy[] ToArray(IReadOnlyList<BranchPolicy> list)
    {
        var array = new BranchPolicy[list.Count];
        for (var i = 0; i < array.Length; i++) array[i] = list[i];
        return array;
    }
}
