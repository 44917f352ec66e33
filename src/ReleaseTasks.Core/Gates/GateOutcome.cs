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

    public bool Passed => Conditions.All(c => c.Passed) && Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}
