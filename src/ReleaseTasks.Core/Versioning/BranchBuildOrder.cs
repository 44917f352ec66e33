namespace ReleaseTasks.Versioning;

/// <summary>
/// ReleaseTasksBranchBuildsBelowMainLine. Under SemVer precedence a numeric identifier sorts below any other, so
/// <c>2.1.0-alpha.feature-x.3</c> and <c>2.1.0-pr.42.1</c> sort above the main line's <c>2.1.0-alpha.5</c>, and a
/// floating <c>2.1.0-*</c> picks a branch build. With the policy on, a feature branch or pull request build puts
/// <c>0</c> where the main line puts its height (≥ 1): <c>alpha.0.feature-x.3</c>, <c>alpha.0.pr.42.1</c>, and after a
/// pre-release tag <c>beta.1.0.feature-x.3</c> beside the main line's <c>beta.1.{h}</c>. Off by default: it changes
/// the versions existing branches already published (see docs/design.md).
/// </summary>
public static class BranchBuildOrder
{
    /// <summary>The main line's channel, before which branch builds are put.</summary>
    public const string MainLineChannel = "alpha";

    /// <summary>What a branch build appends after the main line's label: its slug and height.</summary>
    public const string BranchPart = "{slug}.{h}";

    /// <summary>Only builds of no named policy (feature branches) and pull requests are moved below the main line;
    /// main, release, hotfix, beta, maintenance and the team's own policies keep their labels.</summary>
    public static bool Applies(VersionSettings settings, BranchPolicy policy) =>
        settings.BranchBuildsBelowMainLine
        && (ReferenceEquals(policy, BranchPolicy.OtherBranch) || policy.Name == BranchPolicy.PullRequestPolicyName);

    /// <summary>The policy's label template moved below the main line on a stable base: <c>alpha.0.{slug}.{h}</c>,
    /// <c>alpha.0.pr.{pr}.{h}</c>.</summary>
    public static BranchPolicy BelowMainLine(BranchPolicy policy) =>
        policy with { Label = MainLineChannel + ".0." + OwnPart(policy) };

    /// <summary>After a pre-release tag: the tag's label, <c>0</c>, then the build's own part (<c>beta.1.0.feature-x.3</c>).</summary>
    public static string AfterTag(string tagLabel, BranchPolicy policy, int height, string? branch, int? pullRequest) =>
        tagLabel + ".0." + (policy with { Label = OwnPart(policy) }).RenderLabel(height, branch, pullRequest);

    private static string OwnPart(BranchPolicy policy) =>
        policy.Name == BranchPolicy.PullRequestPolicyName ? policy.Label : BranchPart;
}
