using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// Issue 11 item 7: dotnet publish -t:PublishContainer tags the image with the version. Read back from the SDK's own
/// container targets (ComputeContainerConfig, which validates the tags and computes the ContainerImageTags items the
/// image is pushed with), stopping before any base image is pulled.
/// </summary>
public class ContainerImageTagsFromTheVersion
{
    private static Scenario App()
    {
        var s = Scenario.Create(extraProperties: "<OutputType>Exe</OutputType>");
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "Program.cs"), "System.Console.WriteLine(\"hi\");\n");
        File.WriteAllText(Path.Combine(s.Repo.Directory, ".gitignore"), "bin/\nobj/\n");
        s.Repo.CommitAll("feat: an app");
        return s;
    }

    private static string[] ImageTags(Scenario s, params string[] arguments)
    {
        var run = DotNet.Run(s.ProjectDirectory,
            new[] { "msbuild", "-restore", "-nodeReuse:false", "-t:ComputeContainerConfig", "-getItem:ContainerImageTags" }.Concat(arguments))
            .EnsureSuccess("ComputeContainerConfig");
        var json = run.Output.Substring(run.Output.LastIndexOf('{', run.Output.IndexOf("\"Items\"", System.StringComparison.Ordinal)));
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("Items").GetProperty("ContainerImageTags").EnumerateArray()
            .Select(i => i.GetProperty("Identity").GetString()!).ToArray();
    }

    [Fact]
    public void AReleaseMovesItsLinesAndLatestAPreReleaseOnlyItsOwnTag()
    {
        var s = App();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("feat: more");
        s.Repo.Tag("v1.1.0");
        Assert.Equal(new[] { "1.1.0", "1.1", "1", "latest" }, ImageTags(s));

        s.Repo.Commit("fix: after the release");
        Assert.Equal(new[] { "1.1.1-alpha.1" }, ImageTags(s));

        // A project's own tags win.
        Assert.Equal(new[] { "mine" }, ImageTags(s, "-p:ContainerImageTag=mine"));
    }

    [Fact]
    public void AHotfixOfAnOlderLineDoesNotMoveLatest()
    {
        var s = App();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("feat: more");
        s.Repo.Tag("v1.1.0");
        s.Repo.Checkout("-b", "support/1.0", "v1.0.0");
        s.Repo.Commit("fix: backport");
        s.Repo.Tag("v1.0.1");
        Assert.Equal(new[] { "1.0.1", "1.0" }, ImageTags(s));
    }
}
