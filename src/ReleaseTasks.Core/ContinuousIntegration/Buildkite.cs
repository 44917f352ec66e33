using System;
using static ReleaseTasks.ContinuousIntegration.CiVariables;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>Buildkite: BUILDKITE_BRANCH, and BUILDKITE_PULL_REQUEST ("false" when the build is not for one).</summary>
public sealed class Buildkite : ICiProvider
{
    public CiBuildInfo? Read(Func<string, string?> variable)
    {
        if (!IsTrue(variable("BUILDKITE"))) return null;
        return new CiBuildInfo("Buildkite", NonEmpty(variable("BUILDKITE_BRANCH")), Number(variable("BUILDKITE_PULL_REQUEST")));
    }
}
