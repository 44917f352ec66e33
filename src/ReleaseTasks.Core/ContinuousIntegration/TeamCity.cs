using System;
using System.Collections.Generic;
using static ReleaseTasks.ContinuousIntegration.CiVariables;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>TeamCity does not export the branch by default: add the parameter
/// env.Git_Branch = %teamcity.build.vcs.branch.&lt;VCS root id&gt;% (refs/heads/main, refs/pull/42/merge), the
/// convention other tools follow too.</summary>
public sealed class TeamCity : ICiProvider
{
    public string Name => "TeamCity";

    public IReadOnlyList<string> Variables { get; } = new[] { "TEAMCITY_VERSION", "Git_Branch", "GIT_BRANCH" };

    public CiBuildInfo? Read(Func<string, string?> variable)
    {
        if (!IsSet(variable("TEAMCITY_VERSION"))) return null;
        var reference = NonEmpty(variable("Git_Branch")) ?? NonEmpty(variable("GIT_BRANCH"));
        var pr = PullRequestFromRef(reference);
        var branch = pr != null ? null : BranchFromRef(reference) ?? reference;
        return new CiBuildInfo(Name, branch, pr);
    }
}
