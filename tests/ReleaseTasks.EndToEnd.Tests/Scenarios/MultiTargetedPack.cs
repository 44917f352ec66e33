using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

public class MultiTargetedPack
{
    [Fact]
    public void PackageAndEveryTargetFrameworkCarryTheComputedVersion()
    {
        var s = Scenario.Create(targetFrameworks: "netstandard2.0;net10.0");
        s.Repo.Tag("v3.4.5");
        var commit = s.Repo.Commit("feat: new thing");
        var output = TestDirectory.Create("out");

        var pack = DotNet.Pack(s.ProjectDirectory, "-o", output);

        pack.EnsureSuccess("pack");
        var nupkg = Path.Combine(output, "probe.3.5.0-alpha.1.nupkg");
        Assert.True(File.Exists(nupkg), pack.Output);
        using var zip = ZipFile.OpenRead(nupkg);
        using var nuspec = new StreamReader(zip.GetEntry("probe.nuspec")!.Open());
        Assert.Contains("<version>3.5.0-alpha.1</version>", nuspec.ReadToEnd());
        foreach (var tf in new[] { "netstandard2.0", "net10.0" })
        {
            var dll = Path.Combine(s.ProjectDirectory, "bin", "Release", tf, "probe.dll");
            Assert.Equal("3.5.0-alpha.1+" + commit, FileVersionInfo.GetVersionInfo(dll).ProductVersion);
            Assert.Equal("3.5.0.10001", FileVersionInfo.GetVersionInfo(dll).FileVersion);
        }
    }

    [Fact]
    public void PackWithNoBuildUsesTheComputedVersion()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("fix: x");
        DotNet.Build(s.ProjectDirectory, "-c", "Release").EnsureSuccess("build");
        var output = TestDirectory.Create("out");

        DotNet.Pack(s.ProjectDirectory, "--no-build", "-o", output).EnsureSuccess("pack --no-build");

        Assert.True(File.Exists(Path.Combine(output, "probe.1.0.1-alpha.1.nupkg")));
    }
}
