using System;
using System.Collections.Generic;
using static ReleaseTasks.ContinuousIntegration.CiVariables;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>CircleCI: CIRCLE_BRANCH; CIRCLE_PR_NUMBER for forked pull requests, otherwise the number at the end of
/// CIRCLE_PULL_REQUEST.</summary>
public sealed class CircleCi : ICiProvider
{
    public string Name => "CircleCI";

    public IReadOnlyList<string> Variables { get; } = new[] { "CIRCLECI", "CIRCLE_BRANCH", "CIRCLE_PR_NUMBER", "CIRCLE_PULL_REQUEST" };

    public CiBuildInfo? Read(Func<string, string?> variable)
    {
        if (!IsTrue(variable("CIRCLECI"))) return null;
        var pr = Number(variable("CIRCLE_PR_NUMBER")) ?? NumberAtEndOfUrl(variable("CIRCLE_PULL_REQUEST"));
        return new CiBuildInfo(Name, NonEmpty(variable("CIRCLE_BRANCH")), pr);
    }
}
