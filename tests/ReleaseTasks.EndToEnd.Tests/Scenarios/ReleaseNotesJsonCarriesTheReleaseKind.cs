using System.IO;
using System.Text.Json;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>Issue 11 item 1: the release notes' JSON carries the same release type, channel, LTS and security values
/// as the build's outputs.</summary>
public class ReleaseNotesJsonCarriesTheReleaseKind
{
    [Fact]
    public void TheJsonHasTheOutputsValues()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Checkout("-b", "lts/1.0");
        s.Repo.Commit("fix(security): escape the input\n\nCVE: CVE-2026-0001");
        var run = DotNet.Run(s.ProjectDirectory, new[]
        {
            "msbuild", "-restore", "-nodeReuse:false", "-t:GenerateReleaseNotes", "-getProperty:ReleaseTasksReleaseType",
            "-getProperty:ReleaseTasksChannel", "-getProperty:ReleaseTasksIsLts", "-getProperty:ReleaseTasksIsSecurityRelease",
        }).EnsureSuccess("GenerateReleaseNotes");
        using var properties = JsonDocument.Parse(run.Output.Substring(run.Output.LastIndexOf('{', run.Output.IndexOf("\"Properties\"", System.StringComparison.Ordinal))));
        var p = properties.RootElement.GetProperty("Properties");
        using var notes = JsonDocument.Parse(File.ReadAllText(Path.Combine(s.ProjectDirectory, "obj", "ReleaseNotes.json")));
        var json = notes.RootElement;

        Assert.Equal(("PreRelease", "rc", "true", "true"),
            (p.GetProperty("ReleaseTasksReleaseType").GetString(), p.GetProperty("ReleaseTasksChannel").GetString(),
             p.GetProperty("ReleaseTasksIsLts").GetString(), p.GetProperty("ReleaseTasksIsSecurityRelease").GetString()));
        Assert.Equal("PreRelease", json.GetProperty("release_type").GetString());
        Assert.Equal("rc", json.GetProperty("channel").GetString());
        Assert.True(json.GetProperty("is_lts").GetBoolean());
        Assert.True(json.GetProperty("is_security_release").GetBoolean());
    }
}
