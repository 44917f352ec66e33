using System;
using System.Collections.Generic;
using static ReleaseTasks.ContinuousIntegration.CiVariables;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>GitHub Actions: GITHUB_REF is refs/heads/x on pushes and refs/pull/N/merge on pull requests, where
/// GITHUB_HEAD_REF names the source branch.</summary>
public sealed class GitHubActions : ICiProvider, ICiOutputs
{
    /// <summary>The file a job step appends Markdown to, shown as the job's summary (the gate report goes there).</summary>
    public const string StepSummary = "GITHUB_STEP_SUMMARY";

    public string Name => "GitHub Actions";

    public IReadOnlyList<string> Variables { get; } = new[] { "GITHUB_ACTIONS", "GITHUB_REF", "GITHUB_HEAD_REF", StepSummary, "GITHUB_OUTPUT", "GITHUB_ENV" };

    public CiBuildInfo? Read(Func<string, string?> variable)
    {
        if (!IsTrue(variable("GITHUB_ACTIONS"))) return null;
        var reference = variable("GITHUB_REF");
        var pr = PullRequestFromRef(reference);
        var branch = pr != null ? NonEmpty(variable("GITHUB_HEAD_REF")) : BranchFromRef(reference);
        return new CiBuildInfo(Name, branch, pr);
    }

    /// <summary>
    /// Step outputs (GITHUB_OUTPUT) and environment variables for later steps (GITHUB_ENV), each value in the
    /// multi-line form NAME&lt;&lt;delimiter … delimiter, whose random delimiter no value can contain, so a newline in a
    /// value cannot start a second variable. GitHub Actions has no build number to set.
    /// </summary>
    public CiOutput Publish(CiPublication publication, Func<string, string?> variable)
    {
        var output = new CiOutput();
        var text = FileCommands(publication.Variables);
        foreach (var file in new[] { "GITHUB_OUTPUT", "GITHUB_ENV" })
            if (NonEmpty(variable(file)) is { } path) output.Files.Add(new CiFile(path, text, Append: true));
        return output;
    }

    /// <summary>The text appended to GITHUB_OUTPUT or GITHUB_ENV.</summary>
    public static string FileCommands(IEnumerable<KeyValuePair<string, string>> variables)
    {
        var text = new System.Text.StringBuilder();
        foreach (var pair in variables)
        {
            string delimiter;
            do delimiter = "ghadelimiter_" + Guid.NewGuid().ToString("N");
            while (pair.Value.Contains(delimiter) || pair.Key.Contains(delimiter));
            text.Append(pair.Key).Append("<<").Append(delimiter).Append('\n')
                .Append(pair.Value).Append('\n')
                .Append(delimiter).Append('\n');
        }
        return text.ToString();
    }
}
