namespace ReleaseTasks.Releasing;

/// <summary>How one checklist item came out. Not judged: the facts it needs were not given to the build.</summary>
public enum ReadinessState
{
    Passed,
    Failed,
    NotJudged,
}
