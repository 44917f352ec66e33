using System.IO;
using System.IO.Compression;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

public class ProjectReferenceDependency
{
    [Fact]
    public void NuspecDependencyOnAProjectOfTheSameRepositoryHasItsComputedVersion()
    {
        var repo = GitRepository.Create();
        TestProject.Write(repo.Directory, "core", "Acme.Core");
        var app = TestProject.Write(repo.Directory, "app", "Acme.App",
            extraItems: """<ProjectReference Include="../core/Acme.Core.csproj" />""");
        repo.CommitAll("feat: two projects");
        repo.Tag("v2.3.0");
        repo.Commit("feat: more");
        var output = TestDirectory.Create("out");

        DotNet.Pack(app, "-o", output).EnsureSuccess("pack");

        using var zip = ZipFile.OpenRead(Path.Combine(output, "Acme.App.2.4.0-alpha.1.nupkg"));
        using var nuspec = new StreamReader(zip.GetEntry("Acme.App.nuspec")!.Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<dependency id=\"Acme.Core\" version=\"2.4.0-alpha.1\"", text);
        Assert.DoesNotContain("version=\"1.0.0\"", text);
    }
}
