using System;
using System.Collections.Generic;
using static ReleaseTasks.ContinuousIntegration.CiVariables;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>Jenkins: multibranch pipelines set BRANCH_NAME (PR-42 for pull requests, with CHANGE_ID and
/// CHANGE_BRANCH); the Git plugin sets GIT_LOCAL_BRANCH or GIT_BRANCH (origin/main).</summary>
public sealed class Jenkins : ICiProvider
{
    public string Name => "Jenkins";

    public IReadOnlyList<string> Variables { get; } = new[] { "JENKINS_URL", "BRANCH_NAME", "GIT_LOCAL_BRANCH", "GIT_BRANCH", "CHANGE_ID", "CHANGE_BRANCH" };

    public CiBuildInfo? Read(Func<string, string?> variable)
    {
        if (!IsSet(variable("JENKINS_URL"))) return null;
        var pr = Number(variable("CHANGE_ID"));
        if (pr != null) return new CiBuildInfo(Name, NonEmpty(variable("CHANGE_BRANCH")), pr);
        var branch = NonEmpty(variable("BRANCH_NAME")) ?? NonEmpty(variable("GIT_LOCAL_BRANCH")) ?? WithoutRemote(variable("GIT_BRANCH"));
        return new CiBuildInfo(Name, branch, null);
    }

    private static string? WithoutRemote(string? branch)
    {
        branch = NonEmpty(branch);
        if (branch == null) return null;
        if (branch.StartsWith("refs/heads/", StringComparison.Ordinal)) return branch.Substring("refs/heads/".Length);
        if (branch.StartsWith("refs/remotes/", StringComparison.Ordinal)) branch = branch.Substring("refs/remotes/".Length);
        var slash = branch.IndexOf('/');
        return slash > 0 && branch.StartsWith("origin/", StringComparison.Ordinal) ? branch.Substring(slash + 1) : branch;
    }
}
