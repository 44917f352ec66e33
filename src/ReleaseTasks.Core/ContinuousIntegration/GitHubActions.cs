using System;
using static ReleaseTasks.ContinuousIntegration.CiVariables;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>GitHub Actions: GITHUB_REF is refs/heads/x on pushes and refs/pull/N/merge on pull requests, where
/// GITHUB_HEAD_REF names the source branch.</summary>
public sealed class GitHubActions : ICiProvider
{
    public CiBuildInfo? Read(Func<string, string?> variable)
    {
        if (!IsTrue(variable("GITHUB_ACTIONS"))) return null;
        var reference = variable("GITHUB_REF");
        var pr = PullRequestFromRef(reference);
        var branch = pr != null ? NonEmpty(variable("GITHUB_HEAD_REF")) : BranchFromRef(reference);
        return new CiBuildInfo("GitHub Actions", branch, pr);
    }
}
