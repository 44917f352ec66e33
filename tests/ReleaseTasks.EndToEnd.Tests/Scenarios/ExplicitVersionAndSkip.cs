using System.Collections.Generic;
using System.IO;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

public class ExplicitVersionAndSkip
{
    [Fact]
    public void VersionOnTheCommandLineWins()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");

        var p = s.Version(null, "-p:Version=9.8.7-local");

        Assert.Equal("9.8.7-local", p["Version"]);
        Assert.Equal("9.8.7-local", p["PackageVersion"]);
        Assert.Contains("Version given explicitly", p.Output);
    }

    [Fact]
    public void AnEnvironmentVariableNamedVersionIsNotAnExplicitVersion()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("feat: x");

        var p = s.Version(new Dictionary<string, string?> { ["VERSION"] = "9.9.9" });

        Assert.Equal("1.1.0-alpha.1", p["Version"]);
    }

    [Fact]
    public void AnExplicitVersionThatIsNotSemVerStillPacks()
    {
        var s = Scenario.Create();
        var output = TestDirectory.Create("out");

        var pack = DotNet.Pack(s.ProjectDirectory, "-o", output, "-p:Version=1.0");

        pack.EnsureSuccess("pack with -p:Version=1.0");
        Assert.Contains("no release notes: the version '1.0' is not SemVer 2.0", pack.Output);
        Assert.True(File.Exists(Path.Combine(output, "probe.1.0.0.nupkg")), pack.Output);
    }

    [Theory]
    [InlineData("quiet", false, false)]
    [InlineData("normal", true, false)]
    [InlineData("detailed", true, true)]
    public void VerbosityChoosesWhatANormalBuildLogShows(string verbosity, bool explanation, bool inputs)
    {
        var s = Scenario.Create();

        var p = s.Version(null, "-p:ReleaseTasksVerbosity=" + verbosity);

        Assert.Equal(explanation, p.Output.Contains("ReleaseTasks: 0.1.0-alpha.1 (no version tag"));
        Assert.Equal(inputs, p.Output.Contains("ReleaseTasks: [input] ReleaseTasksTagPrefix="));
    }

    [Fact]
    public void SkipTurnsEverythingOff()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");

        var p = s.Version(null, "-p:ReleaseTasksSkip=true");

        Assert.Equal("1.0.0", p["Version"]);
        Assert.Equal("", p["ReleaseTasksVersion"]);
        Assert.DoesNotContain("ReleaseTasks:", p.Output);
    }

    [Fact]
    public void InvalidPropertyIsAClearErrorWithoutAStackTrace()
    {
        var s = Scenario.Create();

        var p = s.Version(null, "-p:ReleaseTasksInitialVersion=banana", "-p:ReleaseTasksAssemblyVersionPrecision=Huge");

        Assert.NotEqual(0, p.Result.ExitCode);
        Assert.Contains("error RT0001: ReleaseTasksInitialVersion='banana' is not valid", p.Output);
        Assert.Contains("ReleaseTasksAssemblyVersionPrecision='Huge'", p.Output);
        Assert.DoesNotContain("   at ", p.Output);
    }

    [Fact]
    public void DesignTimeBuildNeverFailsAndNeverRunsGit()
    {
        var s = Scenario.Create();
        var git = new GitCounter();

        var p = s.Version(null, "-p:DesignTimeBuild=true", "-p:ReleaseTasksGitPath=" + git.Executable, "-p:ReleaseTasksInitialVersion=banana");

        Assert.Equal(0, p.Result.ExitCode);
        Assert.Empty(git.Calls);
    }
}
