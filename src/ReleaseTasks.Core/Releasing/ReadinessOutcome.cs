using System.Collections.Generic;
using System.Linq;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Releasing;

/// <summary>The judged checklist: the version and tag to release, every item, and the errors to log.</summary>
public sealed record ReadinessOutcome(string ReleaseVersion, string TagName, IReadOnlyList<ReadinessItem> Items, IReadOnlyList<Diagnostic> Diagnostics, bool Strict)
{
    public string? EmergencyReason { get; init; }

    public bool Ready => Diagnostics.Count == 0;
}
