using System.Collections.Generic;
using ReleaseTasks.Coverage;

namespace ReleaseTasks.Gates;

/// <summary>What the gates judge; a null member is a criterion that is not asked for.</summary>
public sealed record GateInputs
{
    public CoverageReport? Coverage { get; init; }
    public ChangedLines? Changed { get; init; }
    public TestResults? Tests { get; init; }

    /// <summary>Coverage reports read, and identical copies of them left out (the copy --logger trx puts beside the TRX).</summary>
    public int CoverageReportsRead { get; init; }
    public int CoverageCopiesSkipped { get; init; }
    public IReadOnlyList<VulnerablePackage>? Vulnerabilities { get; init; }

    /// <summary>Line coverage recorded in the committed baseline file, and that file's name.</summary>
    public double? BaselinePercent { get; init; }
    public string BaselineFile { get; init; } = string.Empty;

    /// <summary>Why the baseline file named could not be used (missing, unreadable, no figure): then the condition fails.</summary>
    public string? BaselineProblem { get; init; }
}
