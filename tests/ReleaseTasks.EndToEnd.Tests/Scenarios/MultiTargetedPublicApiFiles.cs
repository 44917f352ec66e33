using System.IO;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// -p:ReleaseTasksWritePublicApi=true on a project built for netstandard2.0 and net10.0, where net10.0 has one
/// member more: every framework's API is written, never whichever framework's compile finished last.
/// </summary>
public class MultiTargetedPublicApiFiles
{
    private const string Code = "namespace probe\n{\n    public class Class1\n    {\n#if NET\n        public int Modern() => 1;\n#endif\n        public int Both() => 2;\n    }\n}\n";
    private const string Common = "probe.Class1\nprobe.Class1.Both() -> int\nprobe.Class1.Class1() -> void\n";

    [Fact]
    public void FrameworksWithFilesOfTheirOwnEachGetTheirOwnApi()
    {
        var s = Scenario.Create(targetFrameworks: "netstandard2.0;net10.0", extraItems: """
            <AdditionalFiles Include="PublicAPI/$(TargetFramework)/PublicAPI.Shipped.txt" />
            <AdditionalFiles Include="PublicAPI/$(TargetFramework)/PublicAPI.Unshipped.txt" />
            """);
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "Class1.cs"), Code);

        var build = DotNet.Build(s.ProjectDirectory, "-p:ReleaseTasksWritePublicApi=true");

        build.EnsureSuccess("build writing the API files");
        Assert.Equal(Common, File.ReadAllText(Path.Combine(s.ProjectDirectory, "PublicAPI", "netstandard2.0", "PublicAPI.Shipped.txt")));
        Assert.Equal(Common.Replace("probe.Class1.Class1() -> void\n", "probe.Class1.Class1() -> void\nprobe.Class1.Modern() -> int\n"),
            File.ReadAllText(Path.Combine(s.ProjectDirectory, "PublicAPI", "net10.0", "PublicAPI.Shipped.txt")));
        Assert.False(File.Exists(Path.Combine(s.ProjectDirectory, "PublicAPI.Shipped.txt")), "nothing is written beside the project");
        Assert.DoesNotContain("RT0005", build.Output);
    }

    [Fact]
    public void FrameworksSharingTheFilesGetWhatTheyAllHaveAndAWarningNamingTheRest()
    {
        var s = Scenario.Create(targetFrameworks: "netstandard2.0;net10.0");
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "Class1.cs"), Code);

        var build = DotNet.Build(s.ProjectDirectory, "-p:ReleaseTasksWritePublicApi=true");

        build.EnsureSuccess("build writing the API files");
        Assert.Equal(Common, File.ReadAllText(Path.Combine(s.ProjectDirectory, "PublicAPI.Shipped.txt")));
        Assert.Contains("warning RT0005", build.Output);
        Assert.Contains("'probe.Class1.Modern() -> int' only in net10.0", build.Output);
        Assert.Contains("PublicAPI/$(TargetFramework)/PublicAPI.Shipped.txt", build.Output);
    }

    [Fact]
    public void FrameworksWithTheSameApiShareTheFilesWithoutAWarning()
    {
        var s = Scenario.Create(targetFrameworks: "netstandard2.0;net10.0");
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "Class1.cs"), Code.Replace("#if NET\n        public int Modern() => 1;\n#endif\n", ""));

        var build = DotNet.Build(s.ProjectDirectory, "-p:ReleaseTasksWritePublicApi=true");

        build.EnsureSuccess("build writing the API files");
        Assert.Equal(Common, File.ReadAllText(Path.Combine(s.ProjectDirectory, "PublicAPI.Shipped.txt")));
        Assert.DoesNotContain("RT0005", build.Output);
    }

    /// <summary>
    /// Issue 10, item 2: TagRelease ships the API files of each target framework into that framework's Shipped file,
    /// after a readiness compile of both frameworks, as PublicApiAnalyzers' users do by hand.
    /// </summary>
    [Fact]
    public void TagReleaseShipsEachFrameworksOwnFiles()
    {
        var s = Scenario.Create(targetFrameworks: "netstandard2.0;net10.0", extraItems: """
            <AdditionalFiles Include="PublicAPI/$(TargetFramework)/PublicAPI.Shipped.txt" />
            <AdditionalFiles Include="PublicAPI/$(TargetFramework)/PublicAPI.Unshipped.txt" />
            """);
        var dir = s.ProjectDirectory;
        string Api(string framework, string file) => Path.Combine(dir, "PublicAPI", framework, "PublicAPI." + file + ".txt");
        File.WriteAllText(Path.Combine(dir, "Class1.cs"), Code.Replace("#if NET\n        public int Modern() => 1;\n#endif\n", ""));
        foreach (var framework in new[] { "netstandard2.0", "net10.0" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Api(framework, "Shipped"))!);
            File.WriteAllText(Api(framework, "Shipped"), Common);
            File.WriteAllText(Api(framework, "Unshipped"), "");
        }
        s.Repo.CommitAll("feat: the library");
        s.Repo.AnnotatedTag("v1.0.0");
        File.WriteAllText(Path.Combine(dir, "Class1.cs"), Code);
        File.WriteAllText(Api("net10.0", "Unshipped"), "probe.Class1.Modern() -> int\n");
        s.Repo.CommitAll("feat: Modern, on net10.0");

        var tagged = DotNet.Run(dir, new[] { "msbuild", "-restore", "-nodeReuse:false", "-t:TagRelease", "-v:n" });

        tagged.EnsureSuccess("TagRelease on a multi-targeted library");
        Assert.Equal("chore(release): 1.1.0", s.Repo.Git("log", "-1", "--format=%s"));
        Assert.Equal("tag", s.Repo.Git("cat-file", "-t", "v1.1.0"));
        Assert.Equal(Common.Replace("probe.Class1.Class1() -> void\n", "probe.Class1.Class1() -> void\nprobe.Class1.Modern() -> int\n"),
            File.ReadAllText(Api("net10.0", "Shipped")));
        Assert.Equal("", File.ReadAllText(Api("net10.0", "Unshipped")));
        Assert.Equal(Common, File.ReadAllText(Api("netstandard2.0", "Shipped")));
        Assert.Equal("", File.ReadAllText(Api("netstandard2.0", "Unshipped")));
        Assert.Equal("", s.Repo.Git("status", "--porcelain"));
    }
}
