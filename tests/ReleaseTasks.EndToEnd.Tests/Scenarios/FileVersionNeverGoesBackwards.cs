using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// Windows Installer and file-replacement logic replace a file only by a higher FileVersion: along a real release
/// history — alpha builds on main, an rc tag, rc builds, the release tag — every build's FileVersion is higher
/// than the one before, and the release is the highest of its Major.Minor.Patch.
/// </summary>
public class FileVersionNeverGoesBackwards
{
    [Fact]
    public void EachBuildFromAlphaThroughRcToTheReleaseHasAHigherFileVersion()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.2.0");
        var builds = new List<(string Version, Version FileVersion)>();
        void Build()
        {
            var p = s.Version();
            builds.Add((p["Version"], System.Version.Parse(p["FileVersion"])));
        }

        s.Repo.Commit("feat: search");
        Build();
        s.Repo.Commit("fix: search paging");
        Build();
        s.Repo.Tag("v1.3.0-rc.1");
        Build();
        s.Repo.Commit("fix: rc feedback");
        Build();
        s.Repo.Commit("fix: more rc feedback");
        Build();
        s.Repo.Tag("v1.3.0");
        Build();

        Assert.Equal(new[] { "1.3.0-alpha.1", "1.3.0-alpha.2", "1.3.0-rc.1", "1.3.0-rc.1.1", "1.3.0-rc.1.2", "1.3.0" },
            builds.ConvertAll(b => b.Version));
        var history = string.Join(", ", builds.ConvertAll(b => $"{b.Version} → {b.FileVersion}"));
        for (var i = 1; i < builds.Count; i++)
            Assert.True(builds[i].FileVersion > builds[i - 1].FileVersion, "FileVersion went backwards or stood still: " + history);
        Assert.All(builds, b => Assert.Equal(new Version(1, 3, 0), new Version(b.FileVersion.Major, b.FileVersion.Minor, b.FileVersion.Build)));
    }

    [Fact]
    public void TheReleaseAssemblyCarriesTheHighestFileVersion()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.3.0-rc.1");
        s.Repo.Commit("fix: rc feedback");
        var rc = s.Version();
        s.Repo.Tag("v1.3.0");

        var build = DotNet.Build(s.ProjectDirectory, "-c", "Release");

        build.EnsureSuccess("dotnet build");
        var dll = Path.Combine(s.ProjectDirectory, "bin", "Release", "net10.0", "probe.dll");
        var fileVersion = System.Version.Parse(FileVersionInfo.GetVersionInfo(dll).FileVersion!);
        Assert.True(fileVersion > System.Version.Parse(rc["FileVersion"]), $"release {fileVersion} is not above rc.1.1 {rc["FileVersion"]}");
    }

    [Fact]
    public void AFileVersionSetInTheProjectStillWins()
    {
        var s = Scenario.Create(extraProperties: "<FileVersion>9.8.7.6</FileVersion>");
        s.Repo.Tag("v1.3.0");

        var p = s.Version();

        Assert.Equal("1.3.0", p["Version"]);
        Assert.Equal("9.8.7.6", p["FileVersion"]);
    }

    [Fact]
    public void WeightsThatCannotBeUsedAreRT0001()
    {
        var s = Scenario.Create();

        var p = s.Version(null, "-p:ReleaseTasksFileVersionWeights=alpha=70000");

        Assert.NotEqual(0, p.Result.ExitCode);
        Assert.Contains("error RT0001: ReleaseTasksFileVersionWeights='alpha=70000' is not valid", p.Output);
    }
}
