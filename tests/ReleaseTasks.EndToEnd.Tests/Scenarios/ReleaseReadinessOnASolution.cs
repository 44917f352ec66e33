using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// Issue 10 item 1: a library with public API files and its xUnit test project in one solution, released from main
/// after v1.0.0. A failing test run makes readiness fail naming the fix; after a passing run it is ready.
/// </summary>
public class ReleaseReadinessOnASolution
{
    private static ProcessResult Readiness(string root, IDictionary<string, string?>? environment = null, params string[] properties) =>
        DotNet.Run(root, new[] { "msbuild", "all.sln", "-nodeReuse:false", "-t:CheckReleaseReadiness", "-v:n", "-p:ReleaseTasksTestResults=**/TestResults/*.trx" }
            .Concat(properties.Select(p => "-p:" + p)), environment);

    [Fact]
    public void AFailingTestFailsReadinessWithRT4005AndAPassingRunMakesItReady()
    {
        var repo = ReleaseSolution.Create();
        var root = repo.Directory;

        DotNet.Run(root, new[] { "test", "all.sln", "-nodeReuse:false", "--logger", "trx" }, new Dictionary<string, string?> { ["FAIL_ONE"] = "1" });
        var failed = Readiness(root);
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("error RT4005: Release not ready: Tests: ", failed.Output);
        Assert.Contains("Fix: make the failing tests pass", failed.Output);
        var failedJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "Lib", "obj", "ReleaseReadiness.json"))).RootElement;
        Assert.False(failedJson.GetProperty("ready").GetBoolean());
        Assert.Equal("failed", Item(failedJson, "Tests").GetProperty("state").GetString());

        DotNet.Run(root, new[] { "test", "all.sln", "-nodeReuse:false", "--logger", "trx" }).EnsureSuccess("passing tests");
        var summary = Path.Combine(TestDirectory.Create("summary"), "summary.md");
        var ready = Readiness(root, new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary });
        ready.EnsureSuccess("readiness after a passing run");
        Assert.DoesNotContain("error RT", ready.Output);
        Assert.Contains("Release readiness of v1.1.0: ready", ready.Output);

        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "Lib", "obj", "ReleaseReadiness.json"))).RootElement;
        Assert.True(json.GetProperty("ready").GetBoolean());
        Assert.Equal("1.1.0", json.GetProperty("version").GetString());
        Assert.Equal("v1.1.0", json.GetProperty("tag").GetString());
        Assert.Equal("passed", Item(json, "Tests").GetProperty("state").GetString());
        Assert.Equal("passed", Item(json, "Public API").GetProperty("state").GetString());
        Assert.Equal("passed", Item(json, "Working tree clean").GetProperty("state").GetString());
        // Not given: no coverage collected, and NuGet audit is judged in Release builds.
        Assert.Equal("not judged", Item(json, "Coverage").GetProperty("state").GetString());
        Assert.Equal("not judged", Item(json, "NuGet audit").GetProperty("state").GetString());
        Assert.Contains("| Tests | ✅ passed |", File.ReadAllText(Path.Combine(root, "Lib", "obj", "ReleaseReadiness.md")));
        Assert.Contains("## Release readiness of v1.1.0: ready", File.ReadAllText(summary));
        // The test project is not released: it has no checklist of its own.
        Assert.False(File.Exists(Path.Combine(root, "Tests", "obj", "ReleaseReadiness.json")));

        var strict = Readiness(root, null, "ReleaseTasksReadinessStrict=true");
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains("error RT4013: Release not ready: Coverage was not judged", strict.Output);

        File.AppendAllText(Path.Combine(root, "Lib", "Class1.cs"), "// edited\n");
        var dirty = Readiness(root);
        Assert.Contains("error RT4003: Release not ready: Working tree clean: 1 uncommitted change(s): Lib/Class1.cs", dirty.Output);
    }

    private static JsonElement Item(JsonElement report, string name) =>
        report.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == name);
}

/// <summary>The two-project solution of the releasing scenarios: Lib (PublicAPI files) and Tests, tagged v1.0.0 then
/// given a feat, on main.</summary>
public static class ReleaseSolution
{
    public static GitRepository Create()
    {
        var repo = GitRepository.Create();
        var root = repo.Directory;
        File.AppendAllText(Path.Combine(root, ".gitignore"), "TestResults/\n");
        var lib = TestProject.Write(root, "Lib", "Lib");
        File.WriteAllText(Path.Combine(lib, "Class1.cs"), "namespace Lib\n{\n    public class Class1\n    {\n        public int Twice(int x) => x * 2;\n    }\n}\n");
        File.WriteAllText(Path.Combine(lib, "PublicAPI.Shipped.txt"), "#nullable enable\nLib.Class1\nLib.Class1.Class1() -> void\nLib.Class1.Twice(int x) -> int\n");
        File.WriteAllText(Path.Combine(lib, "PublicAPI.Unshipped.txt"), "#nullable enable\n");
        var tests = Path.Combine(root, "Tests");
        Directory.CreateDirectory(tests);
        File.WriteAllText(Path.Combine(tests, "Tests.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <IsPackable>false</IsPackable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                <PackageReference Include="xunit" Version="2.9.3" />
                <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
                <PackageReference Include="ReleaseTasks" Version="{PackageFeed.Version}" PrivateAssets="all" />
                <ProjectReference Include="../Lib/Lib.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(tests, "Tests.cs"), """
            using Xunit;

            namespace Tests
            {
                public class Tests
                {
                    [Fact] public void Twice() => Assert.Equal(4, new Lib.Class1().Twice(2));
                    [Fact] public void FailsOnRequest() => Assert.True(System.Environment.GetEnvironmentVariable("FAIL_ONE") != "1", "asked to fail");
                }
            }
            """);
        DotNet.Run(root, new[] { "new", "sln", "-n", "all", "--format", "sln" }).EnsureSuccess("new sln");
        foreach (var p in new[] { "Lib/Lib.csproj", "Tests/Tests.csproj" })
            DotNet.Run(root, new[] { "sln", "all.sln", "add", p }).EnsureSuccess("sln add");
        repo.CommitAll("feat: the library and its tests");
        repo.AnnotatedTag("v1.0.0");

        File.WriteAllText(Path.Combine(lib, "Class2.cs"), "namespace Lib\n{\n    public class Class2\n    {\n    }\n}\n");
        File.WriteAllText(Path.Combine(lib, "PublicAPI.Unshipped.txt"), "#nullable enable\nLib.Class2\nLib.Class2.Class2() -> void\n");
        repo.CommitAll("feat: Class2");
        return repo;
    }
}
