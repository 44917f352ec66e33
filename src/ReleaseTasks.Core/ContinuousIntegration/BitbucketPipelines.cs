using System;
using System.Collections.Generic;
using static ReleaseTasks.ContinuousIntegration.CiVariables;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>Bitbucket Pipelines: BITBUCKET_BRANCH, and BITBUCKET_PR_ID on pull request pipelines.</summary>
public sealed class BitbucketPipelines : ICiProvider
{
    public string Name => "Bitbucket Pipelines";

    public IReadOnlyList<string> Variables { get; } = new[] { "BITBUCKET_BUILD_NUMBER", "BITBUCKET_BRANCH", "BITBUCKET_PR_ID" };

    public CiBuildInfo? Read(Func<string, string?> variable)
    {
        if (!IsSet(variable("BITBUCKET_BUILD_NUMBER"))) return null;
        return new CiBuildInfo(Name, NonEmpty(variable("BITBUCKET_BRANCH")), Number(variable("BITBUCKET_PR_ID")));
    }
}
