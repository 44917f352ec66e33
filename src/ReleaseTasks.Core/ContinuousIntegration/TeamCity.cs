using System;
using System.Collections.Generic;
using static ReleaseTasks.ContinuousIntegration.CiVariables;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>TeamCity does not export the branch by default: add the parameter
/// env.Git_Branch = %teamcity.build.vcs.branch.&lt;VCS root id&gt;% (refs/heads/main, refs/pull/42/merge), the
/// convention other tools follow too.</summary>
public sealed class TeamCity : ICiProvider, ICiOutputs
{
    public string Name => "TeamCity";

    public IReadOnlyList<string> Variables { get; } = new[] { "TEAMCITY_VERSION", "Git_Branch", "GIT_BRANCH" };

    public CiBuildInfo? Read(Func<string, string?> variable)
    {
        if (!IsSet(variable("TEAMCITY_VERSION"))) return null;
        var reference = NonEmpty(variable("Git_Branch")) ?? NonEmpty(variable("GIT_BRANCH"));
        var pr = PullRequestFromRef(reference);
        var branch = pr != null ? null : BranchFromRef(reference) ?? reference;
        return new CiBuildInfo(Name, branch, pr);
    }

    /// <summary>Service messages on standard output: the build number, and a configuration parameter per value
    /// (%RELEASETASKS_VERSION% in later steps).</summary>
    public CiOutput Publish(CiPublication publication, Func<string, string?> variable)
    {
        var output = new CiOutput();
        output.Lines.Add("##teamcity[buildNumber '" + Escape(publication.BuildNumber) + "']");
        foreach (var pair in publication.Variables)
            output.Lines.Add("##teamcity[setParameter name='" + Escape(pair.Key) + "' value='" + Escape(pair.Value) + "']");
        return output;
    }

    /// <summary>TeamCity's escaping of a service message value: | is the escape character; ' ends the value, [ and ]
    /// the message, line breaks (\n \r, and U+0085, U+2028, U+2029) the line.</summary>
    public static string Escape(string value)
    {
        var text = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '|' => "||",
                '\'' => "|'",
                '[' => "|[",
                ']' => "|]",
                '\n' => "|n",
                '\r' => "|r",
                '\u0085' => "|x",
                '\u2028' => "|l",
                '\u2029' => "|p",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }
}
