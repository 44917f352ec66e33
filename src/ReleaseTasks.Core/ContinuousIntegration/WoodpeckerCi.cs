using System;
using System.Collections.Generic;
using static ReleaseTasks.ContinuousIntegration.CiVariables;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>Woodpecker CI: CI=woodpecker. On a pull request (CI_PIPELINE_EVENT=pull_request) CI_COMMIT_BRANCH is
/// the target branch; the source branch is CI_COMMIT_SOURCE_BRANCH and the number CI_COMMIT_PULL_REQUEST.</summary>
public sealed class WoodpeckerCi : ICiProvider
{
    public string Name => "Woodpecker CI";

    public IReadOnlyList<string> Variables { get; } =
        new[] { "CI", "CI_PIPELINE_EVENT", "CI_COMMIT_BRANCH", "CI_COMMIT_SOURCE_BRANCH", "CI_COMMIT_PULL_REQUEST" };

    public CiBuildInfo? Read(Func<string, string?> variable)
    {
        if (!string.Equals(variable("CI")?.Trim(), "woodpecker", StringComparison.OrdinalIgnoreCase)) return null;
        // pull_request, and pull_request_closed since Woodpecker 2.
        var pullRequest = NonEmpty(variable("CI_PIPELINE_EVENT"))?.StartsWith("pull_request", StringComparison.Ordinal) == true;
        return pullRequest
            ? new CiBuildInfo(Name, NonEmpty(variable("CI_COMMIT_SOURCE_BRANCH")), Number(variable("CI_COMMIT_PULL_REQUEST")))
            : new CiBuildInfo(Name, NonEmpty(variable("CI_COMMIT_BRANCH")), null);
    }
}
