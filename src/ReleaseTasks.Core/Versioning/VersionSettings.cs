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

    /// <summary>How FileVersion's fourth part is made. Applied to the result after any cache, so it is not part of
    /// <see cref="Fingerprint"/>: changing it never costs a git call.</summary>
    public FileVersionScheme FileVersion { get; init; } = FileVersionScheme.Default;

    /// <summary>Globs relative to the repository root; only commits touching them count (monorepos).</summary>
    public IReadOnlyList<string> PathFilters { get; init; } = Array.Empty<string>();

    public bool RequireFullHistory { get; init; }

    /// <summary>The branch to version as, overriding git and CI (ReleaseTasksBranch).</summary>
    public string? BranchOverride { get; init; }

    /// <summary>The pull request number to version as, overriding CI (ReleaseTasksPullRequest).</summary>
    public int? PullRequestOverride { get; init; }

    // Issue 11 (branch build order): begin
    /// <summary>Feature branch and pull request builds sort below the main line's builds of the same core
    /// (ReleaseTasksBranchBuildsBelowMainLine, <see cref="BranchBuildOrder"/>).</summary>
    public bool BranchBuildsBelowMainLine { get; init; }
    // Issue 11 (branch build order): end

    // ---- release lines and overrides (issue 10) ----
    /// <summary>ReleaseTasksMinimumVersion, MinVer's MinimumMajorMinor: an untagged build's core is raised to it when lower
    /// (compared by major and minor when given as X.Y, as MinVer does).</summary>
    public SemanticVersion? MinimumVersion { get; init; }

    /// <summary>The minimum was given as X.Y (only major and minor compare).</summary>
    public bool MinimumIsMajorMinor { get; init; }

    /// <summary>ReleaseTasksDefaultBranch: the branch release branches are cut from; empty finds it (origin/HEAD, then
    /// develop, main, master, trunk).</summary>
    public string? DefaultBranch { get; init; }
    // ---- end release lines and overrides ----

    /// <summary>A text that changes whenever a setting that affects the result changes (cache keys).</summary>
    public string Fingerprint()
    {
        // Built by hand, enums as numbers: this runs in every build, no-op builds included, where the first
        // Enum.ToString and LINQ call in a fresh MSBuild process cost more than the rest of the work.
        var sb = new System.Text.StringBuilder();
        void Add(string? value) => sb.Append(value).Append('\u001f');
        Add(TagPrefix);
        Add(InitialVersion.ToFullString());
        Add(FallbackVersion.ToFullString());
        Add(PullRequestLabel);
        Add(((int)AssemblyVersionPrecision).ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var filter in PathFilters) sb.Append(filter).Append(';');
        Add(RequireFullHistory ? "1" : "0");
        Add(BranchOverride);
        Add(PullRequestOverride?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(MinimumVersion == null ? null : MinimumVersion.ToNormalizedString() + (MinimumIsMajorMinor ? "~" : ""));
        Add(DefaultBranch);
        for (var i = 0; i < BranchPolicies.Count; i++)
        {
            var p = BranchPolicies[i];
            sb.Append(p.Name).Append('|').Append(p.Match).Append('|').Append(p.Label).Append('|').Append((int)p.Core).Append(';');
        }
        Add(BranchBuildsBelowMainLine ? "below-main" : ""); // issue 11 (branch build order)
        return sb.ToString();
    }
}
