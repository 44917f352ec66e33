using System;
using System.Collections.Generic;
using static ReleaseTasks.ContinuousIntegration.CiVariables;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>Buildkite: BUILDKITE_BRANCH, and BUILDKITE_PULL_REQUEST ("false" when the build is not for one).</summary>
public sealed class Buildkite : ICiProvider
{
    public string Name => "Buildkite";

    public IReadOnlyList<string> Variables { get; } = new[] { "BUILDKITE", "BUILDKITE_BRANCH", "BUILDKITE_PULL_REQUEST" };

    public CiBuildInfo? Read(Func<string, string?> variable)
    {
        if (!IsTrue(variable("BUILDKITE"))) return null;
        return new CiBuildInfo(Name, NonEmpty(variable("BUILDKITE_BRANCH")), Number(variable("BUILDKITE_PULL_REQUEST")));
    }
}
