namespace ReleaseTasks.Releasing;

/// <summary>
/// One line of the pre-deployment checklist: "Tests | failed | 3 failed (TestResults/a.trx)", with the fix to name
/// when it fails and the RT4xxx code it fails with.
/// </summary>
public sealed record ReadinessItem(string Name, ReadinessState State, string Detail, string Fix = "", string Code = "")
{
    public static ReadinessItem Pass(string name, string detail) => new(name, ReadinessState.Passed, detail);

    public static ReadinessItem Fail(string name, string code, string detail, string fix) => new(name, ReadinessState.Failed, detail, fix, code);

    public static ReadinessItem NotJudged(string name, string why, string howToJudge) => new(name, ReadinessState.NotJudged, why, howToJudge);

    /// <summary>"passed", "failed" or "not judged", as the reports write it.</summary>
    public string StateText => State switch
    {
        ReadinessState.Passed => "passed",
        ReadinessState.Failed => "failed",
        _ => "not judged",
    };
}
