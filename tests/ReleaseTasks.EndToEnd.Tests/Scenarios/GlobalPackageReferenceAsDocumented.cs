using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// "Once for every project" as the README says it, against the packed package: samples/CentralPackages (the README's
/// Directory.Packages.props, which a Core docs test compares with the README) built as build/sample.sh builds it;
/// the same file without central package management, which does nothing; and the Directory.Build.props route.
/// </summary>
public class GlobalPackageReferenceAsDocumented
{
    [Fact]
    public void TheCentralPackagesSampleVersionsEveryProject()
    {
        var repo = GitRepository.Create();
        Copy(Path.Combine(PackageFeed.RepositoryRoot, "samples", "CentralPackages"), repo.Directory);
        TestProject.WriteNuGetConfig(repo.Directory);
        repo.CommitAll("feat: widgets");
        repo.Tag("v1.0.0");
        repo.Commit("fix: one");

        // As build/sample.sh: the sample's version property names the package just packed.
        var version = "-p:ReleaseTasksSampleVersion=" + PackageFeed.Version;
        DotNet.Build(repo.Directory, "CentralPackages.slnx", "-c", "Release", version).EnsureSuccess("building samples/CentralPackages");
        DotNet.Run(repo.Directory, new[] { "test", "CentralPackages.slnx", "-c", "Release", "--no-build", version }).EnsureSuccess("testing samples/CentralPackages");

        Assert.StartsWith("1.0.1-alpha.1+", ProductVersion(repo.Directory, "Widgets", "Release"));
        Assert.StartsWith("1.0.1-alpha.1+", ProductVersion(repo.Directory, "Widgets.Tests", "Release"));
    }

    [Fact]
    public void WithoutCentralPackageManagementTheGlobalPackageReferenceDoesNothing()
    {
        var central = Readme.Block("xml", "<GlobalPackageReference Include=\"ReleaseTasks\"");
        var line = "    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>\n";
        Assert.Contains(line, central);

        var repo = GitRepository.Create();
        File.WriteAllText(Path.Combine(repo.Directory, "Directory.Packages.props"), WithVersion(central.Replace(line, "")));
        WriteLibrary(repo.Directory, "Widgets");
        TestProject.WriteNuGetConfig(repo.Directory);
        repo.CommitAll("feat: widgets");

        var build = DotNet.Build(Path.Combine(repo.Directory, "Widgets")).EnsureSuccess("building without central package management");

        Assert.DoesNotContain("ReleaseTasks:", build.Output);
        Assert.StartsWith("1.0.0", ProductVersion(repo.Directory, "Widgets", "Debug"));
    }

    [Fact]
    public void TheDirectoryBuildPropsRouteVersionsEveryProjectWithoutCentralPackageManagement()
    {
        var props = Readme.Block("xml", "<Project>\n  <ItemGroup>\n    <PackageReference Include=\"ReleaseTasks\"");

        var repo = GitRepository.Create();
        File.WriteAllText(Path.Combine(repo.Directory, "Directory.Build.props"), WithVersion(props));
        WriteLibrary(repo.Directory, "Widgets");
        WriteLibrary(repo.Directory, "Gadgets");
        File.WriteAllText(Path.Combine(repo.Directory, "Shop.slnx"),
            "<Solution>\n  <Project Path=\"Widgets/Widgets.csproj\" />\n  <Project Path=\"Gadgets/Gadgets.csproj\" />\n</Solution>\n");
        TestProject.WriteNuGetConfig(repo.Directory);
        repo.CommitAll("feat: shop");
        repo.Tag("v1.0.0");
        repo.Commit("feat: more");

        DotNet.Build(repo.Directory, "Shop.slnx").EnsureSuccess("building with the Directory.Build.props route");

        Assert.StartsWith("1.1.0-alpha.1+", ProductVersion(repo.Directory, "Widgets", "Debug"));
        Assert.StartsWith("1.1.0-alpha.1+", ProductVersion(repo.Directory, "Gadgets", "Debug"));
    }

    private static string WithVersion(string readmeXml)
    {
        Assert.Contains("Version=\"x.y.z\"", readmeXml);
        return readmeXml.Replace("Version=\"x.y.z\"", $"Version=\"{PackageFeed.Version}\"");
    }

    /// <summary>A library that does not reference ReleaseTasks itself.</summary>
    private static void WriteLibrary(string root, string name)
    {
        var dir = Path.Combine(root, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, name + ".csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n");
        File.WriteAllText(Path.Combine(dir, "Class1.cs"), $"namespace {name};\n\npublic class Class1 {{ }}\n");
    }

    /// <summary>The informational version the built assembly carries, as a user's tools read it.</summary>
    private static string ProductVersion(string root, string project, string configuration) =>
        FileVersionInfo.GetVersionInfo(Path.Combine(root, project, "bin", configuration, "net10.0", project + ".dll")).ProductVersion ?? "";

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Any(p => p is "bin" or "obj" or "TestResults")) continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
