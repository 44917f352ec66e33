using System.Collections.Generic;
using NuGet.Versioning;
using ReleaseTasks.Commits;

namespace ReleaseTasks.Versioning;

/// <summary>
/// <c>+semver:</c> directives before the first release tag. Commit types bump nothing there (the first release is the
/// initial version), but an explicit directive does, as GitVersion 6 reads it: its fallback base <c>0.0.0</c> bumped by
/// the highest directive of the history (<c>+semver: major</c> → 1.0.0), never below the initial version (GitVersion's
/// next-version is a base that is not incremented, and the highest base wins).
/// </summary>
public static class FirstReleaseBump
{
    private static readonly SemanticVersion Base = new(0, 0, 0);

    /// <summary>
    /// Words that every message able to change a first release contains, in some case (issue 12): a <c>+semver:</c>
    /// directive (<see cref="SemverDirective"/> looks for <c>+semver:</c>, ignoring case), the <c>Release-As</c> footer
    /// (an ASCII token compared ignoring case), and a revert, which may cancel one of those (git's <c>This reverts
    /// commit</c>, or the type <c>revert</c>). Commit types bump nothing before the first tag, so no other message can
    /// matter; the others are read without their text (<see cref="Git.IGitHistory.WholeHistory"/>).
    /// </summary>
    public static readonly IReadOnlyList<string> MessageMarkers = new[] { "semver", "release-as", "revert" };

    /// <summary>The first release's core, and the note for the explanation ("+semver: major 1a2b3c4 → 1.0.0") when a
    /// directive raised it; <paramref name="commits"/> are the effective commits of the whole history.</summary>
    public static (SemanticVersion Core, ReleaseCommit? Deciding, string? Note) Apply(SemanticVersion initial, IReadOnlyList<ReleaseCommit> commits)
    {
        SemverBump? highest = null;
        ReleaseCommit? deciding = null;
        // Newest first: the newest commit of the highest directive decides, as BumpDetector names it after a tag.
        foreach (var commit in commits)
        {
            if (SemverDirective.Of(commit.Commit.Message) is not { } directive || directive == SemverBump.None) continue;
            if (highest == null || directive > highest)
            {
                highest = directive;
                deciding = commit;
            }
        }
        if (highest == null || deciding == null) return (initial, null, null);

        var bumped = highest switch
        {
            SemverBump.Major => new SemanticVersion(Base.Major + 1, 0, 0),
            SemverBump.Minor => new SemanticVersion(0, Base.Minor + 1, 0),
            _ => new SemanticVersion(0, 0, Base.Patch + 1),
        };
        if (VersionComparer.VersionRelease.Compare(bumped, initial) <= 0) return (initial, null, null);
        var id = deciding.Commit.Id.Length > 7 ? deciding.Commit.Id.Substring(0, 7) : deciding.Commit.Id;
        return (bumped, deciding, $"{SemverDirective.Describe(highest.Value)} {id} → {bumped.ToNormalizedString()}");
    }
}
