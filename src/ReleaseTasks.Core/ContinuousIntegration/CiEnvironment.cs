using System;
using System.Collections.Generic;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>Finds which CI system runs the build, if any, from its environment variables.</summary>
public static class CiEnvironment
{
    public static IReadOnlyList<ICiProvider> Providers { get; } = new ICiProvider[]
    {
        new GitHubActions(),
        new AzurePipelines(),
        new GitLabCi(),
        new BitbucketPipelines(),
        new Jenkins(),
        new TeamCity(),
        new CircleCi(),
        new AppVeyor(),
        new Buildkite(),
    };

    public static CiBuildInfo? Detect(Func<string, string?> variable)
    {
        foreach (var provider in Providers)
        {
            var info = provider.Read(variable);
            if (info != null) return info;
        }
        return null;
    }
}
