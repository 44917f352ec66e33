using System;
using System.Collections.Generic;
using static ReleaseTasks.ContinuousIntegration.CiVariables;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>GitLab CI: CI_COMMIT_BRANCH on branch pipelines; merge request pipelines have CI_MERGE_REQUEST_IID
/// and CI_MERGE_REQUEST_SOURCE_BRANCH_NAME instead.</summary>
public sealed class GitLabCi : ICiProvider
{
    public string Name => "GitLab CI";

    public IReadOnlyList<string> Variables { get; } = new[] { "GITLAB_CI", "CI_COMMIT_BRANCH", "CI_MERGE_REQUEST_IID", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME" };

    public CiBuildInfo? Read(Func<string, string?> variable)
    {
        if (!IsTrue(variable("GITLAB_CI"))) return null;
        var pr = Number(variable("CI_MERGE_REQUEST_IID"));
        var branch = pr != null
            ? NonEmpty(variable("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"))
            : NonEmpty(variable("CI_COMMIT_BRANCH"));
        return new CiBuildInfo(Name, branch, pr);
    }
}
