using System;
using System.Collections.Generic;
using ReleaseTasks.Gates;
using ReleaseTasks.Git;

namespace ReleaseTasks.Releasing;

/// <summary>What the build established before the checklist is judged; null or empty where it was not given.</summary>
public sealed record ReadinessFacts
{
    /// <summary>The version GetReleaseVersion computed (ReleaseTasksVersion), e.g. 1.3.0-alpha.5.</summary>
    public string Version { get; init; } = "";
    public string TagPrefix { get; init; } = "";
    public string HeadCommit { get; init; } = "";
    /// <summary>Every tag of the repository (annotated ones peeled).</summary>
    public IReadOnlyList<GitTag> Tags { get; init; } = Array.Empty<GitTag>();

    /// <summary>The branch being built (ReleaseTasksBranch, from CI variables on a detached HEAD); empty when unknown.</summary>
    public string Branch { get; init; } = "";
    public IReadOnlyList<string> ReleaseBranches { get; init; } = ReleaseBranchPatterns.Defaults;

    /// <summary>git status --porcelain lines: changes not committed, untracked files included.</summary>
    public IReadOnlyList<string> UncommittedChanges { get; init; } = Array.Empty<string>();

    /// <summary>The conditions CheckQualityGates judged for this project; null when the gates did not run.</summary>
    public IReadOnlyList<GateCondition>? GateConditions { get; init; }
    /// <summary>False when the gates stopped before judging (a report unreadable, stale reports): their errors say why.</summary>
    public bool GatesCompleted { get; init; } = true;
    public bool TestResultsGiven { get; init; }
    public bool CoverageJudged { get; init; }
    /// <summary>Why NuGet audit is not judged (ReleaseTasksAuditLevel=none, a Debug build), or null.</summary>
    public string? AuditNotJudgedBecause { get; init; }

    /// <summary>Why the API check could not be judged (no API files, not a library, NoBuild=true, no error log), or
    /// null when the project was compiled with the RT5xxx analyzers in this build.</summary>
    public string? ApiNotJudgedBecause { get; init; }
    /// <summary>The RT5001/RT5004 the readiness compile reported (demoted to warnings there and read back from the
    /// compiler's error log); any of them fails the public API item.</summary>
    public IReadOnlyList<ApiBreak> ApiBreaks { get; init; } = Array.Empty<ApiBreak>();

    public string ChangelogFile { get; init; } = "";
    public bool ChangelogHasSection { get; init; }
    public bool ChangelogReadOnly { get; init; }

    /// <summary>The release notes file GenerateReleaseNotes wrote, or empty when notes are off.</summary>
    public string ReleaseNotesFile { get; init; } = "";
    public bool ReleaseNotesWritten { get; init; }

    public IReadOnlyList<ReleaseWindow> Windows { get; init; } = Array.Empty<ReleaseWindow>();
    public DateTimeOffset Now { get; init; }
    public bool Emergency { get; init; }
    public string? EmergencyReason { get; init; }

    /// <summary>The feature-freeze hook: null until the versioning code judges the freeze (it then passes the
    /// feat or breaking commits made on a release branch after its branch point, empty when none).</summary>
    public IReadOnlyList<string>? FeatureFreezeViolations { get; init; }
}
