using System;
using System.Collections.Generic;
using static ReleaseTasks.ContinuousIntegration.CiVariables;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>Azure Pipelines: BUILD_SOURCEBRANCH, and for pull requests SYSTEM_PULLREQUEST_PULLREQUESTNUMBER
/// (GitHub) or SYSTEM_PULLREQUEST_PULLREQUESTID (Azure Repos) with SYSTEM_PULLREQUEST_SOURCEBRANCH.</summary>
public sealed class AzurePipelines : ICiProvider
{
    public string Name => "Azure Pipelines";

    public IReadOnlyList<string> Variables { get; } = new[] { "TF_BUILD", "BUILD_SOURCEBRANCH", "SYSTEM_PULLREQUEST_PULLREQUESTNUMBER", "SYSTEM_PULLREQUEST_PULLREQUESTID", "SYSTEM_PULLREQUEST_SOURCEBRANCH" };

    public CiBuildInfo? Read(Func<string, string?> variable)
    {
        if (!IsTrue(variable("TF_BUILD"))) return null;
        var pr = Number(variable("SYSTEM_PULLREQUEST_PULLREQUESTNUMBER"))
                 ?? Number(variable("SYSTEM_PULLREQUEST_PULLREQUESTID"))
                 ?? PullRequestFromRef(variable("BUILD_SOURCEBRANCH"));
        var branch = pr != null
            ? BranchFromRef(variable("SYSTEM_PULLREQUEST_SOURCEBRANCH")) ?? NonEmpty(variable("SYSTEM_PULLREQUEST_SOURCEBRANCH"))
            : BranchFromRef(variable("BUILD_SOURCEBRANCH"));
        return new CiBuildInfo(Name, branch, pr);
    }
}
