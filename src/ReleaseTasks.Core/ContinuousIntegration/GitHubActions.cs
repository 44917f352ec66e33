using System;
using System.Collections.Generic;
using static ReleaseTasks.ContinuousIntegration.CiVariables;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>GitHub Actions: GITHUB_REF is refs/heads/x on pushes and refs/pull/N/merge on pull requests, where
/// GITHUB_HEAD_REF names the source branch.</summary>
public sealed class GitHubActions : ICiProvider
{
    /// <summary>The file a job step appends Markdown to, shown as the job's summary (the gate report goes there).</summary>
    public const string StepSummary = "GITHUB_STEP_SUMMARY";

    public string Name => "GitHub Actions";

    public IReadOnlyList<string> Variables { get; } = new[] { "GITHUB_ACTIONS", "GITHUB_REF", "GITHUB_HEAD_REF", StepSummary };

    public CiBuildInfo? Read(Func<string, string?> variable)
    {
        if (!IsTrue(variable("GITHUB_ACTIONS"))) return null;
        var reference = variable("GITHUB_REF");
        var pr = PullRequestFromRef(reference);
        var branch = pr != null ? NonEmpty(variable("GITHUB_HEAD_REF")) : BranchFromRef(reference);
        return new CiBuildInfo(Name, branch, pr);
    }
}
