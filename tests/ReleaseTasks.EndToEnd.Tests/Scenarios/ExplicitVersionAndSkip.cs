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
