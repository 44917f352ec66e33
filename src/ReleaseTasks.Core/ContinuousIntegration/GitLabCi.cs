using System;
using System.Collections.Generic;
using static ReleaseTasks.ContinuousIntegration.CiVariables;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>GitLab CI: CI_COMMIT_BRANCH on branch pipelines; merge request pipelines have CI_MERGE_REQUEST_IID
/// and CI_MERGE_REQUEST_SOURCE_BRANCH_NAME instead.</summary>
public sealed class GitLabCi : ICiProvider, ICiOutputs
{
    public string Name => "GitLab CI";

    public IReadOnlyList<string> Variables { get; } = new[] { "GITLAB_CI", "CI_COMMIT_BRANCH", "CI_MERGE_REQUEST_IID", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "CI_PROJECT_DIR" };

    public CiBuildInfo? Read(Func<string, string?> variable)
    {
        if (!IsTrue(variable("GITLAB_CI"))) return null;
        var pr = Number(variable("CI_MERGE_REQUEST_IID"));
        var branch = pr != null
            ? NonEmpty(variable("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"))
            : NonEmpty(variable("CI_COMMIT_BRANCH"));
        return new CiBuildInfo(Name, branch, pr);
    }

    /// <summary>The dotenv file GitLab reads when the job declares it (artifacts: reports: dotenv:), by default
    /// releasetasks.env in the project directory (CI_PROJECT_DIR), which the report's path must be under.</summary>
    public const string DefaultDotenvFile = "releasetasks.env";

    /// <summary>
    /// A dotenv report: NAME=value lines. GitLab has no escaping there (quotes are kept, surrounding blanks dropped,
    /// one line per variable), so a value it cannot carry as it is is left out, never changed. GitLab has no build
    /// number to set.
    /// </summary>
    public CiOutput Publish(CiPublication publication, Func<string, string?> variable)
    {
        var output = new CiOutput();
        var text = new System.Text.StringBuilder();
        foreach (var pair in publication.Variables)
        {
            if (CanCarry(pair.Value)) text.Append(pair.Key).Append('=').Append(pair.Value).Append('\n');
            else output.Skipped.Add(pair.Key);
        }
        var directory = NonEmpty(variable("CI_PROJECT_DIR"));
        var path = NonEmpty(publication.DotenvFile) ?? DefaultDotenvFile;
        // GitLab always sets CI_PROJECT_DIR; without it a relative path would land wherever MSBuild runs.
        if (directory != null) path = System.IO.Path.Combine(directory, path);
        else if (!System.IO.Path.IsPathRooted(path)) return output;
        output.Files.Add(new CiFile(path, text.ToString(), Append: false));
        return output;
    }

    /// <summary>A value GitLab's dotenv parser gives back unchanged: one line, no blank at either end.</summary>
    public static bool CanCarry(string value) =>
        value.IndexOfAny(new[] { '\r', '\n', '\u0085', '\u2028', '\u2029' }) < 0 && value.Trim() == value;
}
