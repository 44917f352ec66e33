using System.IO;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// The package referenced once for a whole solution (GlobalPackageReference in Directory.Packages.props): a library,
/// its xUnit test project, a tool that is not packed (IsPackable=false) and one that is not packed but asks for the
/// check (ReleaseTasksApiCheck=true). Only the library and the tool that asked have a public API.
/// </summary>
public class TestProjectsAreNotLibraries
{
    private static (GitRepository Repo, string Root) Solution()
    {
        var repo = GitRepository.Create();
        var root = repo.Directory;
        TestProject.WriteNuGetConfig(root);
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), $"""
            <Project>
              <PropertyGroup>
                <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <GlobalPackageReference Include="ReleaseTasks" Version="{PackageFeed.Version}" />
                <PackageVersion Include="Microsoft.NET.Test.Sdk" Version="{XunitTests.TestSdkVersion}" />
                <PackageVersion Include="xunit" Version="{XunitTests.XunitVersion}" />
                <PackageVersion Include="xunit.runner.visualstudio" Version="{XunitTests.RunnerVersion}" />
              </ItemGroup>
            </Project>
            """);
        Project(root, "Lib", "", "", "public static class Calculator { public static int Add(int a, int b) => a + b; }");
        XunitTests.Write(root, "Lib.Tests", new[] { "../Lib/Lib.csproj" },
            "namespace LibTests\n{\n    public class CalculatorTests { [Xunit.Fact] public void Adds() => Xunit.Assert.Equal(3, Lib.Calculator.Add(1, 2)); }\n}\n",
            "Code.cs", centralVersions: true, isPackableFalse: false);
        Project(root, "Tool", "<IsPackable>false</IsPackable>", "", "public class Helper { public int Two() => 2; }");
        Project(root, "Plugin", "<IsPackable>false</IsPackable><ReleaseTasksApiCheck>true</ReleaseTasksApiCheck>", "", "public class Plugin { public int Three() => 3; }");
        Infrastructure.Solution.Create(root, "all", new[] { "Lib/Lib.csproj", "Lib.Tests/Lib.Tests.csproj", "Tool/Tool.csproj", "Plugin/Plugin.csproj" });
        return (repo, root);
    }

    private static void Project(string root, string name, string properties, string items, string code)
    {
        var dir = Path.Combine(root, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                {items}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Code.cs"), $"namespace {name.Replace(".", "")}\n{{\n    {code}\n}}\n".Replace("Calculator.Add", "Lib.Calculator.Add"));
    }

    [Fact]
    public void WritingTheApiFilesAtTheSolutionRootSkipsTheTestProjectAndTheUnpackedTool()
    {
        var (repo, root) = Solution();
        repo.CommitAll("feat: a library, its tests and two tools");

        var build = DotNet.Build(root, "all.sln", "-p:ReleaseTasksWritePublicApi=true");

        build.EnsureSuccess("build writing the API files");
        Assert.Contains("Lib.Calculator.Add(int a, int b) -> int", File.ReadAllText(Path.Combine(root, "Lib", "PublicAPI.Shipped.txt")));
        Assert.Contains("Plugin.Plugin.Three() -> int", File.ReadAllText(Path.Combine(root, "Plugin", "PublicAPI.Shipped.txt")));
        Assert.False(File.Exists(Path.Combine(root, "Lib.Tests", "PublicAPI.Shipped.txt")), "a test project got API files");
        Assert.False(File.Exists(Path.Combine(root, "Lib.Tests", "PublicAPI.Unshipped.txt")), "a test project got API files");
        Assert.False(File.Exists(Path.Combine(root, "Tool", "PublicAPI.Shipped.txt")), "a project that is not packed got API files");
        Assert.Contains("ReleaseTasks: no public API files written for Lib.Tests: it is a test project (IsTestProject=true), not a library. Set ReleaseTasksApiCheck=true in that project to write and check its API.", build.Output);
        Assert.Contains("ReleaseTasks: no public API files written for Tool: it is not packed (IsPackable=false), not a library.", build.Output);
    }

    [Fact]
    public void ATestProjectWithApiFilesIsNotCheckedButTheLibraryIs()
    {
        var (repo, root) = Solution();
        // API files a test project got before (an older ReleaseTasks wrote them at the solution root).
        File.WriteAllText(Path.Combine(root, "Lib.Tests", "PublicAPI.Shipped.txt"),
            "LibTests.CalculatorTests\nLibTests.CalculatorTests.Adds() -> void\nLibTests.CalculatorTests.CalculatorTests() -> void\n");
        File.WriteAllText(Path.Combine(root, "Lib.Tests", "PublicAPI.Unshipped.txt"), "");
        File.WriteAllText(Path.Combine(root, "Lib", "PublicAPI.Shipped.txt"),
            "Lib.Calculator\nstatic Lib.Calculator.Add(int a, int b) -> int\n");
        File.WriteAllText(Path.Combine(root, "Lib", "PublicAPI.Unshipped.txt"), "");
        repo.CommitAll("feat: a library, its tests and two tools");
        repo.Tag("v1.0.0");

        // Renaming a test is no API change; the test project must not fail the build with RT5001.
        File.WriteAllText(Path.Combine(root, "Lib.Tests", "Code.cs"),
            "namespace LibTests\n{\n    public class CalculatorTests { [Xunit.Fact] public void AddsTwoNumbers() => Xunit.Assert.Equal(3, Lib.Calculator.Add(1, 2)); }\n}\n");
        repo.CommitAll("test: clearer name");
        var renamed = DotNet.Build(root, "all.sln");
        renamed.EnsureSuccess("build after renaming a test");
        Assert.DoesNotContain("RT5001", renamed.Output);
        Assert.Contains("ReleaseTasks: the public API of Lib.Tests is not checked: it is a test project (IsTestProject=true), not a library.", renamed.Output);

        // The library is still checked in the same solution build.
        File.WriteAllText(Path.Combine(root, "Lib", "Code.cs"), "namespace Lib\n{\n    public static class Calculator { public static int Add(int a, int b, int c = 0) => a + b + c; }\n}\n");
        File.WriteAllText(Path.Combine(root, "Lib.Tests", "Code.cs"), "namespace LibTests\n{\n    public class CalculatorTests { }\n}\n");
        repo.CommitAll("fix: optional third operand");
        var broken = DotNet.Build(root, "all.sln");
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains("error RT5001: 'static Lib.Calculator.Add(int a, int b) -> int' was public API in v1.0.0", broken.Output);
        Assert.DoesNotContain("'LibTests.", broken.Output);
    }
}
