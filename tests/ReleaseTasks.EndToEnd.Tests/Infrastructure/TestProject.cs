using System.IO;

namespace ReleaseTasks.EndToEnd.Tests.Infrastructure;

/// <summary>Writes the files of a consumer project: the csproj with the package reference, and a nuget.config
/// whose sources are the local feed (and nuget.org for the framework packages).</summary>
public static class TestProject
{
    public static string Write(string repositoryDirectory, string relativeDirectory = "probe", string name = "probe",
        string targetFrameworks = "net10.0", string extraProperties = "", string extraItems = "")
    {
        WriteNuGetConfig(repositoryDirectory);
        var dir = Path.Combine(repositoryDirectory, relativeDirectory);
        Directory.CreateDirectory(dir);
        var tf = targetFrameworks.Contains(';') ? $"<TargetFrameworks>{targetFrameworks}</TargetFrameworks>" : $"<TargetFramework>{targetFrameworks}</TargetFramework>";
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                {tf}
                <IsPackable>true</IsPackable>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ReleaseTasks" Version="{PackageFeed.Version}" PrivateAssets="all" />
                {extraItems}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Class1.cs"), $"namespace {name.Replace('.', '_')}\n{{\n    public class Class1 {{ }}\n}}\n");
        return dir;
    }

    public static void WriteNuGetConfig(string directory) =>
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{PackageFeed.Directory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
}
