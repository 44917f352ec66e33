using System.Diagnostics;
using System.IO;
using System.Reflection;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

public class TagOnHead
{
    [Fact]
    public void TaggedHeadBuildsExactlyThatVersionIntoTheAssembly()
    {
        var s = Scenario.Create();
        s.Repo.Commit("feat: something");
        s.Repo.Tag("v1.2.0");
        var commit = s.Repo.Head;

        var build = DotNet.Build(s.ProjectDirectory);
        build.EnsureSuccess("build");

        Assert.Contains("ReleaseTasks: 1.2.0 (tag v1.2.0 on HEAD)", build.Output);
        var dll = Path.Combine(s.ProjectDirectory, "bin", "Debug", "net10.0", "probe.dll");
        Assert.Equal("1.0.0.0", AssemblyName.GetAssemblyName(dll).Version!.ToString());
        var info = FileVersionInfo.GetVersionInfo(dll);
        Assert.Equal("1.2.0.60000", info.FileVersion);
        // The commit id exactly once, although SourceLink would append it as well.
        Assert.Equal("1.2.0+" + commit, info.ProductVersion);
        Assert.Matches("^1\\.2\\.0\\+[0-9a-f]{40}$", info.ProductVersion);
    }

    [Fact]
    public void HighestOfSeveralTagsOnHeadWinsAndAnnotatedTagsCount()
    {
        var s = Scenario.Create();
        s.Repo.AnnotatedTag("v1.0.0");
        s.Repo.AnnotatedTag("v1.1.0");
        s.Repo.Tag("1.0.5");

        var p = s.Version();

        Assert.Equal("1.1.0", p["Version"]);
        Assert.Equal("1.1.0.60000", p["FileVersion"]);
        Assert.Equal("0", p["ReleaseTasksHeight"]);
    }
}
