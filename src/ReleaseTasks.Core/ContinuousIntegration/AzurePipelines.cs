using System;
using System.Collections.Generic;
using static ReleaseTasks.ContinuousIntegration.CiVariables;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>Azure Pipelines: BUILD_SOURCEBRANCH, and for pull requests SYSTEM_PULLREQUEST_PULLREQUESTNUMBER
/// (GitHub) or SYSTEM_PULLREQUEST_PULLREQUESTID (Azure Repos) with SYSTEM_PULLREQUEST_SOURCEBRANCH.</summary>
public sealed class AzurePipelines : ICiProvider, ICiOutputs
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

    /// <summary>
    /// Logging commands on standard output: the build number, and each variable twice: plain, for later steps of the
    /// job ($(RELEASETASKS_VERSION)), and as an output variable for other jobs and stages
    /// ($[ dependencies.job.outputs['step.RELEASETASKS_VERSION'] ]).
    /// </summary>
    public CiOutput Publish(CiPublication publication, Func<string, string?> variable)
    {
        var output = new CiOutput();
        output.Lines.Add("##vso[build.updatebuildnumber]" + EscapeData(publication.BuildNumber));
        foreach (var pair in publication.Variables)
        {
            output.Lines.Add("##vso[task.setvariable variable=" + EscapeProperty(pair.Key) + "]" + EscapeData(pair.Value));
            output.Lines.Add("##vso[task.setvariable variable=" + EscapeProperty(pair.Key) + ";isOutput=true]" + EscapeData(pair.Value));
        }
        return output;
    }

    /// <summary>The agent's escaping of a command's message: one command per line, so line breaks are escaped, and
    /// % first (as %AZP25, the agent's unambiguous form) so that no escape is read twice.</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%AZP25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>A property value also ends at ; and at the ] that closes the properties.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(";", "%3B").Replace("]", "%5D");
}
