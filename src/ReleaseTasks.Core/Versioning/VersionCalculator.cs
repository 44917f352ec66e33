using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.Commits;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Versioning;

/// <summary>
/// The versioning rules of DESIGN.md, as a pure function of tags, height, commits and branch:
/// 1. HEAD tagged → the highest tag exactly; 2. otherwise the highest reachable tag T, either T's pre-release
/// plus the height, or T bumped by the commits with the branch's label; 3. no tag → the initial version.
/// </summary>
public static class VersionCalculator
{
    public static VersionResult Calculate(VersionInputs inputs, VersionSettings settings)
    {
        var diagnostics = new List<Diagnostic>();
        var branchText = string.IsNullOrEmpty(inputs.Branch) ? "a detached HEAD" : inputs.Branch;

        if (inputs.HeadTags.Count > 0)
        {
            var tag = inputs.HeadTags.OrderByDescending(t => t.Version, VersionComparer.VersionRelease).First();
            return Result(tag.Version, inputs, settings, tag, diagnostics, $"tag {tag.Name} on HEAD", height: 0);
        }

        var policy = inputs.PullRequest is { } ? BranchPolicy.PullRequest(settings.PullRequestLabel)
            : BranchPolicy.For(inputs.Branch, settings.BranchPolicies);
        // Issue 11 (branch build order, maintenance branches): begin
        var belowMainLine = BranchBuildOrder.Applies(settings, policy) ? policy : null;
        if (belowMainLine != null) policy = BranchBuildOrder.BelowMainLine(policy);
        var maintenance = inputs.PullRequest is null ? MaintenanceBranch.Parse(inputs.Branch) : null;
        // Issue 11: end
        var label = policy.RenderLabel(inputs.Height, inputs.Branch, inputs.PullRequest);
        var where = inputs.PullRequest is { } pr ? $"pull request {pr}" : branchText;
        var commits = Plural(inputs.Height, "commit");

        var previous = inputs.PreviousTag;
        var branchCore = policy.Core == CoreVersionRule.BranchName ? ReleaseLineName.InBranchName(inputs.Branch, settings.TagPrefix) : null;

        if (previous == null)
        {
            // A release branch names its version even before the first tag: release/3.1 → 3.1.0-rc.{h}.
            var initial = branchCore != null && VersionComparer.VersionRelease.Compare(branchCore, settings.InitialVersion) > 0
                ? branchCore
                : settings.InitialVersion;
            var initialNotes = new List<string>();
            // +semver: before the first tag (a branch that always builds a patch ignores directives, as after a tag).
            var (firstCore, firstDeciding, firstNote) = policy.Core == CoreVersionRule.Patch ? (initial, null, null) : FirstReleaseBump.Apply(initial, inputs.Commits);
            if (firstNote != null) initialNotes.Add(firstNote);
            if (maintenance != null) firstCore = maintenance.Confine(null, firstCore, firstDeciding, diagnostics).Core; // issue 11
            var initialCore = VersionOverride.Apply(firstCore, inputs, settings, policy, diagnostics, initialNotes);
            var version = WithLabel(initialCore.Major, initialCore.Minor, initialCore.Patch, label);
            var why = $"no version tag; {initial.ToNormalizedString()} + {commits} on {where}" + Notes(initialNotes);
            return Result(version, inputs, settings, null, diagnostics, why, inputs.Height);
        }


        if (previous.Version.IsPrerelease)
        {
            var core = new SemanticVersion(previous.Version.Major, previous.Version.Minor, previous.Version.Patch);
            var preNotes = new List<string>();
            var fromBranchName = branchCore != null && VersionComparer.VersionRelease.Compare(branchCore, core) > 0;
            var lifted = VersionOverride.Apply(fromBranchName ? branchCore! : core, inputs, settings, policy, diagnostics, preNotes);
            if (fromBranchName || VersionComparer.VersionRelease.Compare(lifted, core) > 0)
            {
                var fromBranch = WithLabel(lifted.Major, lifted.Minor, lifted.Patch, label);
                return Result(fromBranch, inputs, settings, previous, diagnostics,
                    $"{previous.Name} + {commits} on {where}" + (fromBranchName ? "; version from the branch name" : "") + Notes(preNotes), inputs.Height);
            }
            // A pre-release keeps its label and counts on: 1.0.0-rc.1 + 2 commits → 1.0.0-rc.1.2.
            var next = new SemanticVersion(core.Major, core.Minor, core.Patch,
                previous.Version.Release + "." + inputs.Height.ToString(CultureInfo.InvariantCulture));
            // Issue 11 (channels, branch build order, maintenance branches): begin
            maintenance?.CheckCountingOn(previous, next, diagnostics);
            if (belowMainLine != null)
                next = new SemanticVersion(core.Major, core.Minor, core.Patch,
                    BranchBuildOrder.AfterTag(previous.Version.Release, belowMainLine, inputs.Height, inputs.Branch, inputs.PullRequest));
            else if (ChannelPromotion.Promote(next, WithLabel(core.Major, core.Minor, core.Patch, label)) is { } promoted)
                return Result(promoted, inputs, settings, previous, diagnostics,
                    $"{previous.Name} + {commits} on {where}; {ReleaseChannel.Of(previous.Version)} → {ReleaseChannel.Of(promoted)}" + Notes(preNotes), inputs.Height);
            // Issue 11: end
            return Result(next, inputs, settings, previous, diagnostics, $"{previous.Name} + {commits} on {where}" + Notes(preNotes), inputs.Height);
        }

        var (bump, deciding) = BumpDetector.Detect(inputs.Commits);
        string reason;
        SemanticVersion bumped;
        if (policy.Core == CoreVersionRule.Patch)
        {
            bumped = Bump(previous.Version, ReleaseBump.Patch);
            reason = $"{policy.Name} branch → patch";
            if (bump > ReleaseBump.Patch && deciding != null)
                diagnostics.Add(DiagnosticCatalog.FeatureOnMaintenance(inputs.Branch ?? "", bumped.ToNormalizedString(), deciding.Commit.Id));
        }
        else
        {
            // An explicit +semver: major leaves 0.x (GitVersion's meaning); a breaking change in 0.x is a minor.
            var explicitMajor = deciding != null && SemverDirective.Of(deciding.Commit.Message) == SemverBump.Major;
            var effective = bump == ReleaseBump.Major && previous.Version.Major == 0 && !explicitMajor ? ReleaseBump.Minor : bump;
            bumped = Bump(previous.Version, effective);
            reason = $"{Describe(bump, deciding, inputs.Commits.Count)} → {effective.ToString().ToLowerInvariant()}";
            if (bump != effective) reason += " (major is 0)";
            if (branchCore != null && VersionComparer.VersionRelease.Compare(branchCore, bumped) > 0)
            {
                bumped = branchCore;
                reason = "version from the branch name";
            }
        }

        // Issue 11 (maintenance branches): begin
        if (maintenance != null && maintenance.Confine(previous, bumped, deciding, diagnostics) is (var kept, { } note))
        {
            bumped = kept;
            reason += "; " + note;
        }
        // Issue 11: end

        var notes = new List<string>();
        bumped = VersionOverride.Apply(bumped, inputs, settings, policy, diagnostics, notes);
        var result = WithLabel(bumped.Major, bumped.Minor, bumped.Patch, label);
        return Result(result, inputs, settings, previous, diagnostics, $"{previous.Name} + {commits} on {where}; {reason}" + Notes(notes), inputs.Height);
    }

    /// <summary>X.Y or X.Y.Z after the last '/' of a branch name such as release/3.1 or release/v3.1.2.</summary>
    public static SemanticVersion? VersionFromBranchName(string? branch)
    {
        if (string.IsNullOrEmpty(branch)) return null;
        var text = branch!.Substring(branch.LastIndexOf('/') + 1);
        if (text.StartsWith("v", System.StringComparison.OrdinalIgnoreCase)) text = text.Substring(1);
        var parts = text.Split('.');
        if (parts.Length is < 2 or > 3) return null;
        var numbers = new int[3];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return null;
        return new SemanticVersion(numbers[0], numbers[1], numbers[2]);
    }

    private static SemanticVersion Bump(SemanticVersion v, ReleaseBump bump) => bump switch
    {
        ReleaseBump.Major => new SemanticVersion(v.Major + 1, 0, 0),
        ReleaseBump.Minor => new SemanticVersion(v.Major, v.Minor + 1, 0),
        _ => new SemanticVersion(v.Major, v.Minor, v.Patch + 1),
    };

    private static SemanticVersion WithLabel(int major, int minor, int patch, string label) =>
        label.Length == 0 ? new SemanticVersion(major, minor, patch) : new SemanticVersion(major, minor, patch, label);

    /// <summary>What decided the bump, with the commit's short id so the user can look at it: "fix 1a2b3c4".</summary>
    private static string Describe(ReleaseBump bump, Commits.ReleaseCommit? deciding, int commitCount)
    {
        if (deciding == null) return commitCount > 0 ? "+semver: none on every commit" : "no commits";
        var id = deciding.Commit.Id.Length > 7 ? deciding.Commit.Id.Substring(0, 7) : deciding.Commit.Id;
        if (SemverDirective.Of(deciding.Commit.Message) is { } directive) return SemverDirective.Describe(directive) + " " + id;
        if (bump == ReleaseBump.Major) return "breaking change " + id;
        return deciding.Message.IsConventional ? deciding.Message.Type + " " + id : "no feat or breaking change";
    }

    private static string Notes(List<string> notes) => notes.Count == 0 ? "" : "; " + string.Join("; ", notes);

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    private static VersionResult Result(SemanticVersion version, VersionInputs inputs, VersionSettings settings,
        VersionTag? previous, List<Diagnostic> diagnostics, string why, int height) => new()
    {
        Version = version,
        Commit = inputs.HeadCommit,
        Height = height,
        Branch = inputs.Branch ?? string.Empty,
        PreviousTag = previous?.Name ?? string.Empty,
        PreviousVersion = previous?.Version,
        AssemblyVersionPrecision = settings.AssemblyVersionPrecision,
        Explanation = $"{version.ToNormalizedString()} ({why})",
        Diagnostics = diagnostics,
    };
}
