using System;
using System.Collections.Generic;

namespace ReleaseTasks.Gates;

/// <summary>The release criteria; the ReleaseTasks* gate properties map onto this.</summary>
public sealed record GateSettings
{
    /// <summary>Minimum line coverage of all covered code, in percent (null: not judged). Default 80.</summary>
    public double? LineThreshold { get; init; } = 80;

    public double? BranchThreshold { get; init; }

    /// <summary>Per assembly minimum line coverage, by assembly name.</summary>
    public IReadOnlyDictionary<string, double> AssemblyThresholds { get; init; } = new Dictionary<string, double>();

    /// <summary>Files (repository-relative globs) left out of every coverage figure.</summary>
    public IReadOnlyList<string> ExcludeFiles { get; init; } = Array.Empty<string>();

    /// <summary>Assemblies (name globs) left out: test projects by default.</summary>
    public IReadOnlyList<string> ExcludeAssemblies { get; init; } = new[] { "*.Tests", "*.Test", "*Tests", "*.UnitTests", "*.IntegrationTests" };

    /// <summary>Minimum coverage of the coverable lines changed since the base ref (null: not judged).</summary>
    public double? ChangedLineThreshold { get; init; }

    /// <summary>Below this many changed coverable lines the changed-line gate does not judge.</summary>
    public int ChangedLinesMinimum { get; init; } = 1;

    /// <summary>How many uncovered changed lines are reported one by one (the rest are counted).</summary>
    public int MaxLineWarnings { get; init; } = 50;

    /// <summary>Allowed drop of line coverage against the baseline, in percentage points.</summary>
    public double BaselineTolerance { get; init; } = 0.5;

    /// <summary>Vulnerabilities at or above this severity fail release builds (null: not judged).</summary>
    public VulnerabilitySeverity? AuditLevel { get; init; }

    public bool IsReleaseBuild { get; init; }
}
