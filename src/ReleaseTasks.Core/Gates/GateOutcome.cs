using System.Collections.Generic;
using System.Linq;
using ReleaseTasks.Coverage;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Gates;

/// <summary>Every condition judged, the diagnostics to log, and the figures the reports show.</summary>
public sealed record GateOutcome(IReadOnlyList<GateCondition> Conditions, IReadOnlyList<Diagnostic> Diagnostics)
{
    public CoverageSummary? Total { get; init; }
    public IReadOnlyDictionary<string, CoverageSummary> Assemblies { get; init; } = new Dictionary<string, CoverageSummary>();
    public CoverageSummary? Changed { get; init; }

    /// <summary>How many result files were read and how many set aside, e.g. "Read: 2 coverage report(s); 3 TRX
    /// file(s), 1 older run set aside (RT2018)"; null when no coverage or test results were read. Shown under the table,
    /// so that results merged from earlier runs never go unnoticed.</summary>
    public string? ReadLine { get; init; }

    /// <summary>The figures of <see cref="ReadLine"/>, for the JSON report.</summary>
    public IReadOnlyDictionary<string, int> ReadCounts { get; init; } = new Dictionary<string, int>();

    public bool Passed => Conditions.All(c => c.Passed) && Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}
