using System.Collections.Generic;
using System.Linq;
using ReleaseTasks.ContinuousIntegration;

namespace ReleaseTasks.Tests.ContinuousIntegration;

/// <summary>
/// What each CI system is handed, line by line, for a branch name that tries every character its syntax gives a
/// meaning to, and for values no branch can hold but a property can (line breaks): never a second command.
/// </summary>
public class CiOutputsTests
{
    /// <summary>Every character git allows in a branch name that one of the syntaxes treats specially.</summary>
    private const string HostileBranch = "feat/it's]|%AZP25%0A;$(x)#\"=##vso]";

    private static readonly CiPublication Publication = new("1.2.0-alpha.feat-it-s.3", new[]
    {
        new KeyValuePair<string, string>("RELEASETASKS_VERSION", "1.2.0-alpha.feat-it-s.3"),
        new KeyValuePair<string, string>("RELEASETASKS_BRANCH", HostileBranch),
        new KeyValuePair<string, string>("RELEASETASKS_PRERELEASE", ""),
    });

    private static CiOutput Publish(string provider, params string[] pairs)
    {
        var env = new Dictionary<string, string>();
        for (var i = 0; i < pairs.Length; i += 2) env[pairs[i]] = pairs[i + 1];
        var published = CiEnvironment.Publish(Publication, name => env.TryGetValue(name, out var v) ? v : null);
        Assert.Equal(provider, published?.System);
        return published!.Value.Output!;
    }

    [Fact]
    public void AzurePipelinesGetsTheBuildNumberAndPlainAndOutputVariables()
    {
        var output = Publish("Azure Pipelines", "TF_BUILD", "True", "BUILD_SOURCEBRANCH", "refs/heads/" + HostileBranch);
        Assert.Equal(new[]
        {
            "##vso[build.updatebuildnumber]1.2.0-alpha.feat-it-s.3",
            "##vso[task.setvariable variable=RELEASETASKS_VERSION]1.2.0-alpha.feat-it-s.3",
            "##vso[task.setvariable variable=RELEASETASKS_VERSION;isOutput=true]1.2.0-alpha.feat-it-s.3",
            "##vso[task.setvariable variable=RELEASETASKS_BRANCH]feat/it's]|%AZP25AZP25%AZP250A;$(x)#\"=##vso]",
            "##vso[task.setvariable variable=RELEASETASKS_BRANCH;isOutput=true]feat/it's]|%AZP25AZP25%AZP250A;$(x)#\"=##vso]",
            "##vso[task.setvariable variable=RELEASETASKS_PRERELEASE]",
            "##vso[task.setvariable variable=RELEASETASKS_PRERELEASE;isOutput=true]",
        }, output.Lines);
        Assert.Empty(output.Files);
    }

    [Theory]
    [InlineData("a%b", "a%AZP25b", "a%AZP25b")]
    [InlineData("a\r\n##vso[task.setvariable variable=X]1", "a%0D%0A##vso[task.setvariable variable=X]1", "a%0D%0A##vso[task.setvariable variable=X%5D1")]
    [InlineData("a;b]c", "a;b]c", "a%3Bb%5Dc")]
    [InlineData("%0A", "%AZP250A", "%AZP250A")]
    public void AzurePipelinesEscapesDataAndProperties(string value, string data, string property)
    {
        Assert.Equal(data, AzurePipelines.EscapeData(value));
        Assert.Equal(property, AzurePipelines.EscapeProperty(value));
        Assert.DoesNotContain('\n', AzurePipelines.EscapeData(value));
    }

    [Fact]
    public void TeamCityGetsTheBuildNumberAndParameters()
    {
        var output = Publish("TeamCity", "TEAMCITY_VERSION", "2025.07", "Git_Branch", "refs/heads/" + HostileBranch);
        Assert.Equal(new[]
        {
            "##teamcity[buildNumber '1.2.0-alpha.feat-it-s.3']",
            "##teamcity[setParameter name='RELEASETASKS_VERSION' value='1.2.0-alpha.feat-it-s.3']",
            "##teamcity[setParameter name='RELEASETASKS_BRANCH' value='feat/it|'s|]||%AZP25%0A;$(x)#\"=##vso|]']",
            "##teamcity[setParameter name='RELEASETASKS_PRERELEASE' value='']",
        }, output.Lines);
    }

    [Theory]
    [InlineData("it's", "it|'s")]
    [InlineData("a|b", "a||b")]
    [InlineData("[x]", "|[x|]")]
    [InlineData("a\r\nb", "a|r|nb")]
    [InlineData("a\u0085b\u2028c\u2029d", "a|xb|lc|pd")]
    [InlineData("'] ##teamcity[buildNumber 'evil']", "|'|] ##teamcity|[buildNumber |'evil|'|]")]
    public void TeamCityEscapesWithTheBar(string value, string escaped) => Assert.Equal(escaped, TeamCity.Escape(value));

    [Fact]
    public void GitHubActionsGetsOutputsAndEnvironmentVariablesThatReadBackExactly()
    {
        var output = Publish("GitHub Actions", "GITHUB_ACTIONS", "true", "GITHUB_REF", "refs/heads/" + HostileBranch,
            "GITHUB_OUTPUT", "/runner/output", "GITHUB_ENV", "/runner/env");
        Assert.Empty(output.Lines);
        Assert.Equal(new[] { "/runner/output", "/runner/env" }, output.Files.Select(f => f.Path));
        Assert.All(output.Files, f => Assert.True(f.Append));
        foreach (var file in output.Files)
            Assert.Equal(Publication.Variables, ReadAsTheRunnerDoes(file.Text));
    }

    [Fact]
    public void GitHubActionsValuesWithLineBreaksCannotAddAVariable()
    {
        var evil = "x\nEVIL=1\nEVIL<<EOF\n1\nEOF";
        var text = GitHubActions.FileCommands(new[] { new KeyValuePair<string, string>("RELEASETASKS_BRANCH", evil) });
        Assert.Equal(new[] { new KeyValuePair<string, string>("RELEASETASKS_BRANCH", evil) }, ReadAsTheRunnerDoes(text));
    }

    /// <summary>The runner's file-command grammar: NAME=value on one line, or NAME&lt;&lt;DELIMITER, the value's lines,
    /// and DELIMITER alone on a line.</summary>
    private static List<KeyValuePair<string, string>> ReadAsTheRunnerDoes(string text)
    {
        var result = new List<KeyValuePair<string, string>>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var heredoc = lines[i].IndexOf("<<", System.StringComparison.Ordinal);
            var equals = lines[i].IndexOf('=');
            if (equals >= 0 && (heredoc < 0 || equals < heredoc))
            {
                result.Add(new(lines[i].Substring(0, equals), lines[i].Substring(equals + 1)));
                continue;
            }
            var delimiter = lines[i].Substring(heredoc + 2);
            var value = new List<string>();
            while (lines[++i] != delimiter) value.Add(lines[i]);
            result.Add(new(lines[i - value.Count - 1].Substring(0, heredoc), string.Join("\n", value)));
        }
        return result;
    }

    [Fact]
    public void GitLabGetsADotenvReportAndLeavesOutWhatItCannotCarry()
    {
        var output = Publish("GitLab CI", "GITLAB_CI", "true", "CI_COMMIT_BRANCH", HostileBranch, "CI_PROJECT_DIR", "/builds/group/project");
        var file = Assert.Single(output.Files);
        Assert.Equal(System.IO.Path.Combine("/builds/group/project", "releasetasks.env"), file.Path);
        Assert.False(file.Append);
        Assert.Equal("RELEASETASKS_VERSION=1.2.0-alpha.feat-it-s.3\nRELEASETASKS_BRANCH=" + HostileBranch + "\nRELEASETASKS_PRERELEASE=\n", file.Text);
        Assert.Empty(output.Skipped);

        // Not a real GitLab job (no CI_PROJECT_DIR): no file in whatever directory MSBuild runs in.
        Assert.Empty(Publish("GitLab CI", "GITLAB_CI", "true", "CI_COMMIT_BRANCH", "main").Files);

        Assert.False(GitLabCi.CanCarry("a\nB=1"));
        Assert.False(GitLabCi.CanCarry(" padded"));
        Assert.True(GitLabCi.CanCarry("it's \"quoted\" #not-a-comment"));
    }

    [Fact]
    public void SystemsWithoutAMechanismAreNamedAndGetNothing()
    {
        var published = CiEnvironment.Publish(Publication, name => name == "JENKINS_URL" ? "https://ci" : null);
        Assert.Equal("Jenkins", published?.System);
        Assert.Null(published!.Value.Output);
        Assert.Null(CiEnvironment.Publish(Publication, _ => null));
        // The four systems that can be told the version without the network; the docs list the others as having none.
        Assert.Equal(new[] { "Azure Pipelines", "GitHub Actions", "GitLab CI", "TeamCity" },
            CiEnvironment.Providers.OfType<ICiOutputs>().Select(p => ((ICiProvider)p).Name));
    }

    [Theory]
    [InlineData("ReleaseTasksVersion", "RELEASETASKS_VERSION")]
    [InlineData("ReleaseTasksIsSecurityRelease", "RELEASETASKS_ISSECURITYRELEASE")]
    public void VariablesAreNotTheInputPropertiesNames(string property, string variable) =>
        Assert.Equal(variable, CiVariableNames.For(property));

    [Fact]
    public void TheClaimIsPerBuildAndValues()
    {
        Assert.Null(CiPublicationClaim.Name(null, Publication));
        var a = CiPublicationClaim.Name("build1", Publication);
        Assert.Equal(a, CiPublicationClaim.Name("build1", Publication));
        Assert.NotEqual(a, CiPublicationClaim.Name("build2", Publication));
        Assert.NotEqual(a, CiPublicationClaim.Name("build1", Publication with { BuildNumber = "2.0.0" }));
    }
}
