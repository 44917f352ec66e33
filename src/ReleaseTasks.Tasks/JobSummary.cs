using System;
using System.IO;

namespace ReleaseTasks.Tasks;

/// <summary>GitHub Actions' job summary: reports append their Markdown to the file $GITHUB_STEP_SUMMARY names.</summary>
internal static class JobSummary
{
    public static void Append(string markdown)
    {
        var summary = Environment.GetEnvironmentVariable(ReleaseTasks.ContinuousIntegration.GitHubActions.StepSummary);
        if (!string.IsNullOrEmpty(summary)) File.AppendAllText(summary, markdown + "\n");
    }
}
