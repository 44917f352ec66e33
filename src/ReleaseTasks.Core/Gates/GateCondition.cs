namespace ReleaseTasks.Gates;

/// <summary>One judged criterion, as the reports show it: "Line coverage | 52.4 % | ≥ 80 % | failed".</summary>
public sealed record GateCondition(string Name, string Actual, string Required, bool Passed, string Detail = "");
