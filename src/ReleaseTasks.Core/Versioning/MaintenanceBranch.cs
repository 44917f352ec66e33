using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using NuGet.Versioning;
using ReleaseTasks.Commits;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Versioning;

/// <summary>
/// A maintenance branch named after the versions it holds, as semantic-release names them: <c>1.x</c> and
/// <c>1.x.x</c> hold <c>&gt;=1.0.0 &lt;2.0.0</c>, <c>1.2.x</c> holds <c>&gt;=1.2.0 &lt;1.3.0</c>. Its builds stay in that
/// range: a change that would leave it (a <c>feat</c> on <c>1.2.x</c>, a breaking change on <c>1.x</c>) is RT1020 and
/// the version takes the largest step that stays inside; history already past the range is RT1021. Both are warnings,
/// errors on Release builds (<see cref="ForBuild"/>), because a release from such a branch would publish a version
/// the line does not own.
/// </summary>
public sealed record MaintenanceBranch(string Name, SemanticVersion Lowest, SemanticVersion Above)
{
    private static readonly Regex Pattern = new(@"^(?<major>[0-9]+)\.(?:(?<minor>[0-9]+)\.x|x(?:\.x)?)$",
        RegexOptions.CultureInvariant);

    /// <summary>Its builds are candidates for the line's next release, like those of hotfix/* and support/*.</summary>
    public static BranchPolicy Policy { get; } = new("maintenance", "N.x, N.x.x, N.N.x", "rc.{h}", CoreVersionRule.Bump);

    /// <summary>The range a branch name holds, or null when it is not a maintenance name (the whole name, no prefix).</summary>
    public static MaintenanceBranch? Parse(string? branch)
    {
        if (string.IsNullOrEmpty(branch)) return null;
        var m = Pattern.Match(branch!);
        if (!m.Success || !int.TryParse(m.Groups["major"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var major)) return null;
        if (!m.Groups["minor"].Success)
            return major == int.MaxValue ? null : new MaintenanceBranch(branch!, new SemanticVersion(major, 0, 0), new SemanticVersion(major + 1, 0, 0));
        if (!int.TryParse(m.Groups["minor"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var minor) || minor == int.MaxValue) return null;
        return new MaintenanceBranch(branch!, new SemanticVersion(major, minor, 0), new SemanticVersion(major, minor + 1, 0));
    }

    /// <summary>The range as semantic-release writes it: <c>&gt;=1.2.0 &lt;1.3.0</c>.</summary>
    public string Range => $">={Lowest.ToNormalizedString()} <{Above.ToNormalizedString()}";

    public bool Holds(SemanticVersion core) => Compare(core, Lowest) >= 0 && Compare(core, Above) < 0;

    /// <summary>
    /// The core of an untagged build on this branch after the stable release <paramref name="previous"/> (null: none
    /// reachable), given the core the commits ask for: that core when it is in range, the range's lowest version when
    /// below it, and otherwise the largest step from <paramref name="previous"/> that stays inside, with RT1020 naming
    /// the commit that asked for more. Null note when nothing changed.
    /// </summary>
    public (SemanticVersion Core, string? Note) Confine(VersionTag? previous, SemanticVersion wanted, ReleaseCommit? deciding,
        List<Diagnostic> diagnostics)
    {
        if (previous != null && Compare(Core(previous.Version), Above) >= 0)
        {
            diagnostics.Add(DiagnosticCatalog.MaintenanceHistoryOutOfRange(Name, Range, previous.Name, wanted.ToNormalizedString()));
            return (wanted, null);
        }
        if (Holds(wanted)) return (wanted, null);
        if (Compare(wanted, Lowest) < 0) return (Lowest, $"{Name} holds {Range}");

        // No release of the line yet: its first version; otherwise a minor if the range allows one, else a patch.
        var kept = Lowest;
        if (previous != null && Compare(previous.Version, Lowest) >= 0)
        {
            var from = previous.Version;
            var minor = new SemanticVersion(from.Major, from.Minor + 1, 0);
            kept = Holds(minor) ? minor : new SemanticVersion(from.Major, from.Minor, from.Patch + 1);
        }
        if (deciding != null)
            diagnostics.Add(DiagnosticCatalog.ChangeLeavesMaintenanceRange(Name, Range, deciding.Commit.Id, Subject(deciding),
                wanted.ToNormalizedString(), kept.ToNormalizedString()));
        return (kept, $"kept in {Name} ({Range})");
    }

    /// <summary>After a pre-release tag: RT1021 when the tag's core is past the range (counting on would leave it).</summary>
    public void CheckCountingOn(VersionTag previous, SemanticVersion version, List<Diagnostic> diagnostics)
    {
        if (Compare(Core(previous.Version), Above) >= 0)
            diagnostics.Add(DiagnosticCatalog.MaintenanceHistoryOutOfRange(Name, Range, previous.Name, version.ToNormalizedString()));
    }

    /// <summary>
    /// RT1020 and RT1021 are warnings in the computed (and cached) result; a Release build (Configuration=Release, as
    /// the quality gates define it) makes them errors, so a release never leaves the branch's line.
    /// </summary>
    public static IEnumerable<Diagnostic> ForBuild(IEnumerable<Diagnostic> diagnostics, bool releaseBuild)
    {
        foreach (var d in diagnostics)
            yield return releaseBuild && d.Severity == DiagnosticSeverity.Warning
                         && d.Code is DiagnosticCatalog.MaintenanceChangeOutOfRange or DiagnosticCatalog.MaintenanceBranchOutOfRange
                ? d with { Severity = DiagnosticSeverity.Error }
                : d;
    }

    private static string Subject(ReleaseCommit commit)
    {
        var text = commit.Commit.Message.Split('\n')[0].Trim();
        return text.Length > 72 ? text.Substring(0, 69) + "..." : text;
    }

    private static SemanticVersion Core(SemanticVersion v) => new(v.Major, v.Minor, v.Patch);

    private static int Compare(SemanticVersion a, SemanticVersion b) => VersionComparer.VersionRelease.Compare(a, b);
}
