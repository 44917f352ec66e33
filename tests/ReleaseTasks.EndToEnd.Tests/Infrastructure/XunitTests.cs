using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ReleaseTasks.EndToEnd.Tests.Infrastructure;

/// <summary>An xUnit test project as a user makes one (<c>dotnet new xunit</c>'s packages): not packed, referencing the
/// projects it tests, with one C# file.</summary>
public static class XunitTests
{
    public const string TestSdkVersion = "18.0.1";
    public const string XunitVersion = "2.9.3";
    public const string RunnerVersion = "3.1.5";
    public const string CoverletVersion = "6.0.4";

    /// <summary>
    /// Writes <paramref name="name"/>/<paramref name="name"/>.csproj and its <paramref name="fileName"/>. The project references
    /// ReleaseTasks itself only with <paramref name="releaseTasks"/> (otherwise a Directory.Build or GlobalPackageReference
    /// brings it, or nothing); <paramref name="coverlet"/> adds coverlet.collector; with <paramref name="centralVersions"/>
    /// the versions come from Directory.Packages.props; <paramref name="isPackableFalse"/> false leaves IsPackable to the
    /// test SDK (a test project is not a library even so). Returns the project's directory.
    /// </summary>
    public static string Write(string repositoryDirectory, string name, IEnumerable<string> references, string code,
        string fileName = "Tests.cs", bool releaseTasks = false, bool coverlet = false, bool centralVersions = false, bool isPackableFalse = true)
    {
        var dir = Path.Combine(repositoryDirectory, name);
        Directory.CreateDirectory(dir);
        string Package(string id, string version) =>
            centralVersions ? $"<PackageReference Include=\"{id}\" />" : $"<PackageReference Include=\"{id}\" Version=\"{version}\" />";
        var items = new List<string>();
        if (releaseTasks) items.Add($"<PackageReference Include=\"ReleaseTasks\" Version=\"{PackageFeed.Version}\" PrivateAssets=\"all\" />");
        items.Add(Package("Microsoft.NET.Test.Sdk", TestSdkVersion));
        items.Add(Package("xunit", XunitVersion));
        items.Add(Package("xunit.runner.visualstudio", RunnerVersion));
        if (coverlet) items.Add(Package("coverlet.collector", CoverletVersion));
        items.AddRange(references.Select(r => $"<ProjectReference Include=\"{r}\" />"));
        File.WriteAllText(Path.Combine(dir, name + ".csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n"
            + (isPackableFalse ? "    <IsPackable>false</IsPackable>\n" : "") + "  </PropertyGroup>\n  <ItemGroup>\n"
            + string.Concat(items.Select(i => "    " + i + "\n")) + "  </ItemGroup>\n</Project>\n");
        File.WriteAllText(Path.Combine(dir, fileName), code);
        return dir;
    }
}
