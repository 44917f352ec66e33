using System.Collections.Generic;
using NuGet.Versioning;
using ReleaseTasks.Commits;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Versioning;

/// <summary>
/// What may lift the core the rules give, in this order: the releases the main line stays above
/// (<see cref="ReleaseLines"/>), a <c>Release-As: X.Y.Z</c> footer in the range (release-please's convention; lower than
/// the rules is RT1011 and ignored), and ReleaseTasksMinimumVersion (MinVer's MinimumMajorMinor, a floor). None of them
/// lowers a version; each that changes it (or a Release-As that confirms it) is named in the explanation line.
/// </summary>
public static class VersionOverride
{
    /// <summary>The core after the overrides, and the notes for the explanation ("Release-As 2.0.0 in 1a2b3c4").</summary>
    public static SemanticVersion Apply(SemanticVersion core, VersionInputs inputs, VersionSettings settings, BranchPolicy policy,
        List<Diagnostic> diagnostics, List<string> notes)
    {
        if (ReleaseLines.FollowsReleases(policy) && inputs.PullRequest == null && ReleaseLines.Highest(inputs.BranchedReleases) is { } release
            && Compare(release.MainLineFloor, core) > 0)
        {
            core = release.MainLineFloor;
            notes.Add($"above {release.Name} → {core.ToNormalizedString()}");
        }

        if (ReleaseAs(inputs.Commits, diagnostics) is var (requested, commit))
        {
            var id = Short(commit.Commit.Id);
            if (Compare(requested, core) >= 0)
            {
                core = requested;
                notes.Add($"Release-As {requested.ToNormalizedString()} in {id}");
            }
            else diagnostics.Add(DiagnosticCatalog.ReleaseAsIgnored(requested.ToNormalizedString(), commit.Commit.Id, core.ToNormalizedString()));
        }

        if (settings.MinimumVersion is { } minimum && Below(core, minimum, settings.MinimumIsMajorMinor))
        {
            core = minimum;
            var text = settings.MinimumIsMajorMinor ? $"{minimum.Major}.{minimum.Minor}" : minimum.ToNormalizedString();
            notes.Add($"ReleaseTasksMinimumVersion {text}");
        }
        return core;
    }

    /// <summary>The newest valid Release-As of the range (the team's latest word) and its commit; footers that are not a
    /// version are RT1012 and skipped.</summary>
    public static (SemanticVersion Version, ReleaseCommit Commit)? ReleaseAs(IReadOnlyList<ReleaseCommit> commits, List<Diagnostic> diagnostics)
    {
        foreach (var commit in commits)
        {
            if (ReleaseAsFooter.Text(commit.Message) is not { } text) continue;
            if (ReleaseAsFooter.Parse(text) is { } version) return (version, commit);
            diagnostics.Add(DiagnosticCatalog.ReleaseAsInvalid(text, commit.Commit.Id));
        }
        return null;
    }

    // MinVer compares only major and minor against MinimumMajorMinor: 1.2.5 satisfies 1.2.
    private static bool Below(SemanticVersion core, SemanticVersion minimum, bool majorMinor) =>
        majorMinor ? core.Major < minimum.Major || core.Major == minimum.Major && core.Minor < minimum.Minor
            : Compare(core, minimum) < 0;

    private static int Compare(SemanticVersion a, SemanticVersion b) => VersionComparer.VersionRelease.Compare(a, b);

    private static string Short(string id) => id.Length > 7 ? id.Substring(0, 7) : id;
}
