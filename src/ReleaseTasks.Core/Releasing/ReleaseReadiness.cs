using System;
using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Gates;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Releasing;

/// <summary>
/// The pre-deployment checklist, judged from the facts the build established: each item passed, failed (an
/// RT4xxx error naming the fix) or not judged (its inputs were not given; an error only in strict mode).
/// </summary>
public static class ReleaseReadiness
{
    public static ReadinessOutcome Judge(ReadinessFacts facts, bool strict)
    {
        var (version, tagName, versionItem) = JudgeVersion(facts);
        var items = new List<ReadinessItem>
        {
            versionItem,
            JudgeBranch(facts),
            JudgeCleanTree(facts),
            JudgeTag(facts, version, tagName),
        };
        items.AddRange(JudgeGates(facts));
        items.Add(JudgeApi(facts));
        items.Add(JudgeAudit(facts));
        items.Add(JudgeChangelog(facts, version));
        items.Add(JudgeNotes(facts));
        items.Add(ReleaseWindow.Judge(facts.Windows, facts.Now, facts.Emergency, facts.EmergencyReason));
        items.Add(JudgeFeatureFreeze(facts));

        var diagnostics = new List<Diagnostic>();
        foreach (var item in items)
        {
            if (item.State == ReadinessState.Failed) diagnostics.Add(DiagnosticCatalog.ReadinessItemFailed(item));
            else if (item.State == ReadinessState.NotJudged && strict) diagnostics.Add(DiagnosticCatalog.ReadinessItemNotJudged(item));
        }
        return new ReadinessOutcome(version?.ToNormalizedString() ?? "", tagName, items, diagnostics, strict)
        {
            EmergencyReason = facts.Emergency ? facts.EmergencyReason : null,
        };
    }

    /// <summary>The name the release's tag gets: the prefix (v without one) and the version.</summary>
    public static string TagName(string prefix, SemanticVersion version) =>
        (string.IsNullOrEmpty(prefix) ? "v" : prefix) + version.ToNormalizedString();

    /// <summary>
    /// The release a build of <paramref name="computedVersion"/> makes: the tag on HEAD as it is (a pre-release tag too),
    /// otherwise the computed version without its pre-release label, with the tag it gets. Null when not SemVer.
    /// </summary>
    public static (SemanticVersion? Version, string TagName, VersionTag? OnHead) ReleaseOf(string computedVersion, string prefix, IReadOnlyList<ReleaseTasks.Git.GitTag> tags, string head)
    {
        if (!VersionTag.TryParseSemVer(computedVersion, out var computed)) return (null, "", null);
        var onHead = tags.Select(t => VersionTag.TryParse(t.Name, t.CommitId, prefix, out var v) ? v : null)
            .FirstOrDefault(r => r != null && r.CommitId == head && VersionComparer.VersionRelease.Equals(r.Version, computed));
        var version = onHead?.Version ?? new SemanticVersion(computed.Major, computed.Minor, computed.Patch);
        return (version, onHead?.Name ?? TagName(prefix, version), onHead);
    }

    /// <summary>Every release of the tag prefix, highest first.</summary>
    private static List<VersionTag> Releases(ReadinessFacts facts) =>
        facts.Tags.Select(t => VersionTag.TryParse(t.Name, t.CommitId, facts.TagPrefix, out var v) ? v : null)
            .Where(v => v != null).Select(v => v!).OrderByDescending(v => v.Version).ToList();

    private static (SemanticVersion? Version, string TagName, ReadinessItem Item) JudgeVersion(ReadinessFacts facts)
    {
        const string name = "Version to release";
        var (version, tagName, onHead) = ReleaseOf(facts.Version, facts.TagPrefix, facts.Tags, facts.HeadCommit);
        if (version == null)
            return (null, "", ReadinessItem.Fail(name, DiagnosticCatalog.NothingToRelease, $"the computed version '{facts.Version}' is not SemVer",
                "let GetReleaseVersion compute the version (no -p:Version, ReleaseTasksSkip=false) in a git repository"));
        var releases = Releases(facts);
        var higher = releases.FirstOrDefault(r => r.CommitId != facts.HeadCommit && VersionComparer.VersionRelease.Compare(r.Version, version) >= 0);
        if (higher != null)
            return (version, tagName, ReadinessItem.Fail(name, DiagnosticCatalog.NothingToRelease,
                $"{version.ToNormalizedString()} is not higher than {higher.Name} on {Short(higher.CommitId)}",
                higher.Version.Equals(version, VersionComparison.VersionRelease)
                    ? "there is nothing new to release here: commit a change (a fix or a feat) after the release, or check out the release's commit"
                    : "release from the branch that carries the newest release, or tag a higher version"));
        var from = onHead != null ? $"{onHead.Name} on HEAD" : $"from {facts.Version}";
        var previous = releases.FirstOrDefault(r => r.CommitId != facts.HeadCommit);
        return (version, tagName, ReadinessItem.Pass(name, $"{version.ToNormalizedString()} ({from}; " +
            (previous != null ? $"higher than {previous.Name})" : "the first release)")));
    }

    private static ReadinessItem JudgeBranch(ReadinessFacts facts)
    {
        const string name = "Branch";
        var allowed = string.Join(", ", facts.ReleaseBranches);
        if (facts.Branch.Length == 0)
            return ReadinessItem.Fail(name, DiagnosticCatalog.BranchNotAllowedToRelease, "HEAD is detached and no CI variable names its branch",
                $"check out a release branch ({allowed}) or pass -p:ReleaseTasksBranch=<branch>");
        return ReleaseBranchPatterns.IsAllowed(facts.Branch, facts.ReleaseBranches)
            ? ReadinessItem.Pass(name, $"{facts.Branch} may release")
            : ReadinessItem.Fail(name, DiagnosticCatalog.BranchNotAllowedToRelease, $"{facts.Branch} is not a release branch ({allowed})",
                "merge into a release branch and release from there, or add the branch to ReleaseTasksReleaseBranches");
    }

    private static ReadinessItem JudgeCleanTree(ReadinessFacts facts)
    {
        const string name = "Working tree clean";
        if (facts.UncommittedChanges.Count == 0) return ReadinessItem.Pass(name, "nothing uncommitted");
        var shown = string.Join(", ", facts.UncommittedChanges.Take(5).Select(l => l.Length > 3 ? l.Substring(3) : l));
        var more = facts.UncommittedChanges.Count > 5 ? $" and {facts.UncommittedChanges.Count - 5} more" : "";
        return ReadinessItem.Fail(name, DiagnosticCatalog.WorkingTreeNotClean, $"{facts.UncommittedChanges.Count} uncommitted change(s): {shown}{more}",
            "commit or remove them (git status shows them; build outputs belong in .gitignore)");
    }

    private static ReadinessItem JudgeTag(ReadinessFacts facts, SemanticVersion? version, string tagName)
    {
        const string name = "Tag";
        if (version == null) return ReadinessItem.NotJudged(name, "no version to release", "fix the version first");
        var same = Releases(facts).Where(r => r.Version.Equals(version, VersionComparison.VersionRelease)).ToList();
        var elsewhere = same.FirstOrDefault(r => r.CommitId != facts.HeadCommit);
        if (elsewhere != null)
            return ReadinessItem.Fail(name, DiagnosticCatalog.TagExistsElsewhere, $"{elsewhere.Name} already exists on {Short(elsewhere.CommitId)}, not on HEAD",
                $"a version is released once: commit a change so that the next version is computed, or delete the stray tag (git tag -d {elsewhere.Name}) if it was never published");
        return same.Count > 0 ? ReadinessItem.Pass(name, $"{same[0].Name} is on HEAD (released)") : ReadinessItem.Pass(name, $"{tagName} does not exist yet");
    }

    private static IEnumerable<ReadinessItem> JudgeGates(ReadinessFacts facts)
    {
        var conditions = facts.GateConditions ?? Array.Empty<GateCondition>();
        var tests = conditions.FirstOrDefault(c => c.Name == "Tests");
        if (tests != null)
            yield return tests.Passed ? ReadinessItem.Pass("Tests", tests.Actual)
                : ReadinessItem.Fail("Tests", DiagnosticCatalog.TestsNotReady, tests.Actual, "make the failing tests pass, run dotnet test again, then check readiness (the RT2008/RT2009 warnings above name them)");
        else if (!facts.GatesCompleted && facts.TestResultsGiven)
            yield return ReadinessItem.Fail("Tests", DiagnosticCatalog.TestsNotReady, "the test results could not be judged", "fix what the RT2xxx warnings above name");
        else
            yield return ReadinessItem.NotJudged("Tests", "no test results given", "run dotnet test --logger trx and set ReleaseTasksTestResults to the TRX files");

        var coverage = conditions.Where(c => c.Name != "Tests" && c.Name != "Vulnerable dependencies").ToList();
        if (coverage.Count > 0)
        {
            var failed = coverage.Where(c => !c.Passed).ToList();
            yield return failed.Count == 0
                ? ReadinessItem.Pass("Coverage", string.Join("; ", coverage.Select(c => $"{c.Name} {c.Actual} {c.Required}")))
                : ReadinessItem.Fail("Coverage", DiagnosticCatalog.CoverageNotReady, string.Join("; ", failed.Select(c => $"{c.Name} {c.Actual}, required {c.Required}")),
                    "cover the code the RT2xxx warnings above name, run the tests again, then check readiness");
        }
        else if (!facts.GatesCompleted && facts.CoverageJudged)
            yield return ReadinessItem.Fail("Coverage", DiagnosticCatalog.CoverageNotReady, "the coverage reports could not be judged", "fix what the RT2xxx warnings above name");
        else
            yield return ReadinessItem.NotJudged("Coverage", "no coverage report found or no threshold set",
                "run dotnet test --collect:\"XPlat Code Coverage\" (ReleaseTasksCoverageReports) with a ReleaseTasksLineCoverageThreshold");
    }

    private static ReadinessItem JudgeApi(ReadinessFacts facts)
    {
        const string name = "Public API";
        if (facts.ApiNotJudgedBecause is { } why)
            return ReadinessItem.NotJudged(name, why, "add PublicAPI.Shipped.txt / PublicAPI.Unshipped.txt (dotnet build -p:ReleaseTasksWritePublicApi=true) and build");
        if (facts.ApiBreaks.Count == 0) return ReadinessItem.Pass(name, "compiled in this build without RT5001/RT5004");
        const int shown = 3;
        var more = facts.ApiBreaks.Count > shown ? $"; and {facts.ApiBreaks.Count - shown} more" : "";
        return ReadinessItem.Fail(name, DiagnosticCatalog.ApiNotReady, string.Join("; ", facts.ApiBreaks.Take(shown)) + more,
            "the API change does not fit the version: declare the break with a 'feat!:' commit or a 'BREAKING CHANGE:' footer (a major release), " +
            "or restore the API or give a new abstract member a default implementation; dotnet build shows each RT5001/RT5004 as an error");
    }

    private static ReadinessItem JudgeAudit(ReadinessFacts facts)
    {
        var audit = facts.GateConditions?.FirstOrDefault(c => c.Name == "Vulnerable dependencies");
        if (audit != null)
            return audit.Passed ? ReadinessItem.Pass("NuGet audit", $"{audit.Actual} vulnerable package(s) {audit.Required}")
                : ReadinessItem.Fail("NuGet audit", DiagnosticCatalog.AuditNotReady, $"{audit.Actual} vulnerable package(s) at or above the audit level",
                    "update the packages the RT2010 warnings above name to a fixed version");
        return ReadinessItem.NotJudged("NuGet audit", facts.AuditNotJudgedBecause ?? "NuGet audit found nothing to judge",
            "check readiness of a Release build (-c Release) with ReleaseTasksAuditLevel set");
    }

    private static ReadinessItem JudgeChangelog(ReadinessFacts facts, SemanticVersion? version)
    {
        const string name = "Changelog";
        var file = facts.ChangelogFile;
        if (facts.ChangelogReadOnly)
            return ReadinessItem.Fail(name, DiagnosticCatalog.ChangelogNotReady, $"{file} is read-only", $"make {file} writable so that TagRelease can write the version's section");
        var v = version?.ToNormalizedString() ?? facts.Version;
        return facts.ChangelogHasSection ? ReadinessItem.Pass(name, $"{file} has a section for {v}")
            : ReadinessItem.Pass(name, $"{file} gets the section for {v} from TagRelease");
    }

    private static ReadinessItem JudgeNotes(ReadinessFacts facts)
    {
        const string name = "Release notes";
        if (facts.ReleaseNotesFile.Length == 0) return ReadinessItem.NotJudged(name, "release notes are off (ReleaseTasksReleaseNotes=false)", "set ReleaseTasksReleaseNotes=true");
        return facts.ReleaseNotesWritten ? ReadinessItem.Pass(name, $"generated: {facts.ReleaseNotesFile}")
            : ReadinessItem.Fail(name, DiagnosticCatalog.ReleaseNotesNotReady, $"no release notes were generated ({facts.ReleaseNotesFile})",
                "fix what GenerateReleaseNotes reported above (RT3xxx), e.g. fetch the whole history");
    }

    private static ReadinessItem JudgeFeatureFreeze(ReadinessFacts facts)
    {
        const string name = "Feature freeze";
        if (!facts.Branch.StartsWith("release/", StringComparison.Ordinal)) return ReadinessItem.Pass(name, "not a release branch: no freeze");
        if (facts.FeatureFreezeViolations is not { } commits)
            return ReadinessItem.NotJudged(name, "the feature freeze of release branches is not checked yet", "check the commits since the branch point by hand");
        return commits.Count == 0 ? ReadinessItem.Pass(name, "no feature after the branch point")
            : ReadinessItem.Fail(name, DiagnosticCatalog.FeatureFreezeNotReady, $"feature commit(s) after the freeze: {string.Join(", ", commits)}",
                "revert them on the release branch and merge them into main instead");
    }

    /// <summary>True when the changelog has a heading for the version: "## [1.3.0](…)", "## 1.3.0 - date", or with the
    /// tag prefix a monorepo's sections carry ("## [mylib-v1.3.0]").</summary>
    public static bool HasChangelogSection(string changelog, string prefix, string computedVersion)
    {
        if (!VersionTag.TryParseSemVer(computedVersion, out var computed)) return false;
        var version = new SemanticVersion(computed.Major, computed.Minor, computed.Patch).ToNormalizedString();
        var labels = new[] { version, prefix + version, computed.ToNormalizedString(), prefix + computed.ToNormalizedString() };
        foreach (var line in changelog.Split('\n'))
        {
            if (!line.StartsWith("## ", StringComparison.Ordinal)) continue;
            var heading = line.Substring(3).TrimStart('[').TrimEnd('\r');
            if (labels.Any(l => heading.StartsWith(l, StringComparison.Ordinal) && (heading.Length == l.Length || heading[l.Length] is ']' or ' '))) return true;
        }
        return false;
    }

    private static string Short(string commit) => commit.Length > 7 ? commit.Substring(0, 7) : commit;
}
