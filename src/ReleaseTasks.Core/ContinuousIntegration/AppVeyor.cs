using System;
using System.Collections.Generic;
using static ReleaseTasks.ContinuousIntegration.CiVariables;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>AppVeyor: APPVEYOR_REPO_BRANCH is the target branch of a pull request, so the source branch comes from
/// APPVEYOR_PULL_REQUEST_HEAD_REPO_BRANCH.</summary>
public sealed class AppVeyor : ICiProvider
{
    public string Name => "AppVeyor";

    public IReadOnlyList<string> Variables { get; } = new[] { "APPVEYOR", "APPVEYOR_REPO_BRANCH", "APPVEYOR_PULL_REQUEST_NUMBER", "APPVEYOR_PULL_REQUEST_HEAD_REPO_BRANCH" };

    public CiBuildInfo? Read(Func<string, string?> variable)
    {
        if (!IsTrue(variable("APPVEYOR"))) return null;
        var pr = Number(variable("APPVEYOR_PULL_REQUEST_NUMBER"));
        var branch = pr != null ? NonEmpty(variable("APPVEYOR_PULL_REQUEST_HEAD_REPO_BRANCH")) : NonEmpty(variable("APPVEYOR_REPO_BRANCH"));
        return new CiBuildInfo(Name, branch, pr);
    }
}
