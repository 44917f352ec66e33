using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// Issue 11 item 5: in CI the build tells the CI system its version, once per build, in the system's own syntax, and a
/// branch name full of the characters those syntaxes give a meaning to cannot start a second command. Asserts on the
/// exact lines and files each CI system reads.
/// </summary>
public class CiOutputs
{
    /// <summary>A branch git accepts (git check-ref-format) holding TeamCity's ' ] |, Azure's %AZP25 %0A ; ], and a
    /// shell's $( ) # " =.</summary>
    private const string Branch = "feat/it's]|n%0A%AZP25;$(x)#\"=##vso]";

    /// <summary>1.0.0, then a feat on the hostile branch: its slug is the branch with every run of other characters
    /// turned into one '-'.</summary>
    private const string Version = "1.1.0-alpha.feat-it-s-n-0a-azp25-x-vso.1";

    private static Scenario OnTheHostileBranch(string extraProperties = "")
    {
        var s = Scenario.Create(extraProperties: extraProperties);
        File.WriteAllText(Path.Combine(s.Repo.Directory, ".gitignore"), "bin/\nobj/\n*.env\n");
        s.Repo.CommitAll("chore: ignore outputs");
        s.Repo.Tag("v1.0.0");
        s.Repo.Checkout("-b", Branch);
        s.Repo.Commit("feat: more");
        return s;
    }

    private static string[] LinesStartingWith(string output, string prefix) =>
        output.Split('\n').Select(l => l.TrimEnd('\r').TrimStart()).Where(l => l.StartsWith(prefix, System.StringComparison.Ordinal)).ToArray();

    [Fact]
    public void AzurePipelinesGetsTheBuildNumberAndVariablesOncePerSolutionBuildAtDefaultVerbosity()
    {
        var s = OnTheHostileBranch();
        // A second project in the same repository: the same version, told once however many projects and nodes.
        TestProject.Write(s.Repo.Directory, "second", "second");
        File.WriteAllText(Path.Combine(s.Repo.Directory, "All.slnx"),
            "<Solution>\n  <Project Path=\"probe/probe.csproj\" />\n  <Project Path=\"second/second.csproj\" />\n</Solution>\n");
        s.Repo.CommitAll("chore: second project");
        var version = Version[..^1] + "2";
        s.Repo.Checkout("--detach");

        // Plain `dotnet build`: minimal verbosity, the terminal logger's automatic choice, two nodes.
        var build = DotNet.Run(s.Repo.Directory, new[] { "build", "All.slnx", "-nodeReuse:false", "-m:2" },
            new Dictionary<string, string?> { ["TF_BUILD"] = "True", ["BUILD_SOURCEBRANCH"] = "refs/heads/" + Branch }).EnsureSuccess("dotnet build in Azure Pipelines");

        var commands = LinesStartingWith(build.Output, "##vso[");
        Assert.Equal(new[] { "##vso[build.updatebuildnumber]" + version }, commands.Where(c => c.Contains("updatebuildnumber")));
        const string escapedBranch = "feat/it's]|n%AZP250A%AZP25AZP25;$(x)#\"=##vso]";
        Assert.Equal(new[]
        {
            "##vso[task.setvariable variable=RELEASETASKS_BRANCH]" + escapedBranch,
            "##vso[task.setvariable variable=RELEASETASKS_BRANCH;isOutput=true]" + escapedBranch,
        }, commands.Where(c => c.Contains("variable=RELEASETASKS_BRANCH")));
        Assert.Contains("##vso[task.setvariable variable=RELEASETASKS_VERSION]" + version, commands);
        Assert.Contains("##vso[task.setvariable variable=RELEASETASKS_CHANNEL;isOutput=true]alpha", commands);
        // The build number and 14 variables twice each, once for the whole solution.
        Assert.Equal(1 + 14 * 2, commands.Length);
    }

    [Fact]
    public void TeamCityGetsServiceMessagesEscapedWithTheBar()
    {
        var s = OnTheHostileBranch();
        var build = DotNet.Run(s.ProjectDirectory, new[] { "build", "-nodeReuse:false" },
            new Dictionary<string, string?> { ["TEAMCITY_VERSION"] = "2025.07", ["Git_Branch"] = "refs/heads/" + Branch }).EnsureSuccess("dotnet build in TeamCity");

        var messages = LinesStartingWith(build.Output, "##teamcity[");
        Assert.Equal("##teamcity[buildNumber '" + Version + "']", messages[0]);
        Assert.Contains("##teamcity[setParameter name='RELEASETASKS_BRANCH' value='feat/it|'s|]||n%0A%AZP25;$(x)#\"=##vso|]']", messages);
        Assert.Contains("##teamcity[setParameter name='RELEASETASKS_VERSION' value='" + Version + "']", messages);
        Assert.Equal(1 + 14, messages.Length);
    }

    [Fact]
    public void GitHubActionsGetsStepOutputsAndEnvironmentFiles()
    {
        var s = OnTheHostileBranch();
        var runner = TestDirectory.Create("runner");
        var outputFile = Path.Combine(runner, "output");
        var envFile = Path.Combine(runner, "env");
        File.WriteAllText(outputFile, "EARLIER=kept\n");
        s.Repo.Checkout("--detach");
        var p = s.Version(new Dictionary<string, string?>
        {
            ["GITHUB_ACTIONS"] = "true", ["GITHUB_REF"] = "refs/heads/" + Branch, ["GITHUB_OUTPUT"] = outputFile, ["GITHUB_ENV"] = envFile,
        });
        Assert.Equal(Version, p["Version"]);

        foreach (var file in new[] { outputFile, envFile })
        {
            var text = File.ReadAllText(file);
            // The runner's multi-line form, NAME<<delimiter, value, delimiter: nothing else in the file.
            var blocks = Regex.Matches(text, "(?<name>[A-Z_]+)<<(?<d>ghadelimiter_[0-9a-f]{32})\n(?<value>[^\n]*)\n\\k<d>\n");
            var values = blocks.ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);
            Assert.Equal((file == outputFile ? "EARLIER=kept\n" : "") + string.Concat(blocks.Select(m => m.Value)), text);
            Assert.Equal(Branch, values["RELEASETASKS_BRANCH"]);
            Assert.Equal(Version, values["RELEASETASKS_VERSION"]);
            Assert.Equal("PreRelease", values["RELEASETASKS_RELEASETYPE"]);
            Assert.Equal(14, values.Count);
        }
    }

    [Fact]
    public void GitLabGetsADotenvReportUnderTheProjectDirectory()
    {
        var s = OnTheHostileBranch();
        s.Repo.Checkout("--detach");
        var p = s.Version(new Dictionary<string, string?>
        {
            ["GITLAB_CI"] = "true", ["CI_COMMIT_BRANCH"] = Branch, ["CI_PROJECT_DIR"] = s.Repo.Directory,
        });
        Assert.Equal(Version, p["Version"]);
        var lines = File.ReadAllLines(Path.Combine(s.Repo.Directory, "releasetasks.env"));
        Assert.Equal(14, lines.Length);
        Assert.All(lines, l => Assert.Matches("^[A-Z_]+=", l));
        Assert.Contains("RELEASETASKS_BRANCH=" + Branch, lines);
        Assert.Contains("RELEASETASKS_VERSION=" + Version, lines);
        Assert.Contains("RELEASETASKS_ISLTS=false", lines);
    }

    [Fact]
    public void OffWithReleaseTasksCloudBuildFalseAndOutsideCi()
    {
        var s = OnTheHostileBranch();
        var azure = new Dictionary<string, string?> { ["TF_BUILD"] = "True", ["BUILD_SOURCEBRANCH"] = "refs/heads/" + Branch };
        var off = s.Version(azure, "-p:ReleaseTasksCloudBuild=false");
        Assert.Equal(Version, off["Version"]);
        Assert.Empty(LinesStartingWith(off.Result.Output, "##vso["));
        var outside = s.Version();
        Assert.Equal(Version, outside["Version"]);
        Assert.DoesNotContain("##vso[", outside.Result.Output);
    }
}
