using System;
using static ReleaseTasks.ContinuousIntegration.CiVariables;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>CircleCI: CIRCLE_BRANCH; CIRCLE_PR_NUMBER for forked pull requests, otherwise the number at the end of
/// CIRCLE_PULL_REQUEST.</summary>
public sealed class CircleCi : ICiProvider
{
    public CiBuildInfo? Read(Func<string, string?> variable)
    {
        if (!IsTrue(variable("CIRCLECI"))) return null;
        var pr = Number(variable("CIRCLE_PR_NUMBER")) ?? NumberAtEndOfUrl(variable("CIRCLE_PULL_REQUEST"));
        return new CiBuildInfo("CircleCI", NonEmpty(variable("CIRCLE_BRANCH")), pr);
    }
}
