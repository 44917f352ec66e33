using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// Issue 10: the whole release path on a library with public API files and its xUnit test project in one solution,
/// from main after v1.0.0, where a feat! added Class2 and removed Class1.Old. A failing test run makes readiness fail
/// naming the fix; after a passing run it is ready; TagRelease makes one commit of the changelog and the shipped API
/// files and one annotated tag whose message is the notes; PublicApiAnalyzers accepts the shipped files; running it
/// again changes nothing.
/// </summary>
public class ReleasePathOnASolution
{
    private static ProcessResult Run(string root, string targets, IDictionary<string, string?>? environment = null, params string[] properties) =>
        DotNet.Run(root, new[] { "msbuild", "all.sln", "-restore", "-nodeReuse:false", "-t:" + targets, "-v:n", "-p:ReleaseTasksTestResults=**/TestResults/*.trx" }
            .Concat(properties.Select(p => "-p:" + p)), environment);

    [Fact]
    public void ReadinessFailsOnAFailingTestThenPassesAndTagReleaseMakesOneCommitAndOneTagOnce()
    {
        var repo = ReleaseSolution.Create();
        var root = repo.Directory;

        DotNet.Run(root, new[] { "test", "all.sln", "-nodeReuse:false", "--logger", "trx" }, new Dictionary<string, string?> { ["FAIL_ONE"] = "1" });
        var failed = Run(root, "CheckReleaseReadiness");
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("error RT4005: Release not ready: Tests: ", failed.Output);
        Assert.Contains("Fix: make the failing tests pass", failed.Output);
        var failedJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "Lib", "obj", "ReleaseReadiness.json"))).RootElement;
        Assert.False(failedJson.GetProperty("ready").GetBoolean());
        Assert.Equal("failed", Item(failedJson, "Tests").GetProperty("state").GetString());
        var before = RepositoryState.Of(repo);
        Assert.NotEqual(0, Run(root, "TagRelease").ExitCode);
        Assert.Equal(before, RepositoryState.Of(repo));

        DotNet.Run(root, new[] { "test", "all.sln", "-nodeReuse:false", "--logger", "trx" }).EnsureSuccess("passing tests");
        var summary = Path.Combine(TestDirectory.Create("summary"), "summary.md");
        var ready = Run(root, "CheckReleaseReadiness", new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary });
        ready.EnsureSuccess("readiness after a passing run");
        Assert.DoesNotContain("error RT", ready.Output);
        Assert.Contains("Release readiness of v2.0.0: ready", ready.Output);
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "Lib", "obj", "ReleaseReadiness.json"))).RootElement;
        Assert.True(json.GetProperty("ready").GetBoolean());
        Assert.Equal("2.0.0", json.GetProperty("version").GetString());
        Assert.Equal("v2.0.0", json.GetProperty("tag").GetString());
        Assert.Equal("passed", Item(json, "Tests").GetProperty("state").GetString());
        Assert.Equal("passed", Item(json, "Public API").GetProperty("state").GetString());
        Assert.Equal("passed", Item(json, "Working tree clean").GetProperty("state").GetString());
        // Not given: no coverage collected, and NuGet audit is judged in Release builds.
        Assert.Equal("not judged", Item(json, "Coverage").GetProperty("state").GetString());
        Assert.Equal("not judged", Item(json, "NuGet audit").GetProperty("state").GetString());
        Assert.Contains("| Tests | ✅ passed |", File.ReadAllText(Path.Combine(root, "Lib", "obj", "ReleaseReadiness.md")));
        Assert.Contains("## Release readiness of v2.0.0: ready", File.ReadAllText(summary));
        // The test project is not released: it has no checklist of its own.
        Assert.False(File.Exists(Path.Combine(root, "Tests", "obj", "ReleaseReadiness.json")));
        var strict = Run(root, "CheckReleaseReadiness", null, "ReleaseTasksReadinessStrict=true");
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains("error RT4013: Release not ready: Coverage was not judged", strict.Output);

        // A dry run prints the steps and changes nothing.
        var dry = Run(root, "CheckReleaseReadiness;TagRelease", null, "ReleaseTasksDryRun=true");
        dry.EnsureSuccess("dry run");
        Assert.Contains("dry run: would write the 2.0.0 section of CHANGELOG.md", dry.Output);
        Assert.Contains("dry run: would ship 3 line(s) of Lib/PublicAPI.Unshipped.txt into Lib/PublicAPI.Shipped.txt", dry.Output);
        Assert.Contains("dry run: would create the annotated tag v2.0.0", dry.Output);
        Assert.Equal(before, RepositoryState.Of(repo));

        var commits = int.Parse(repo.Git("rev-list", "--count", "HEAD"));
        var tagged = Run(root, "CheckReleaseReadiness;TagRelease");
        tagged.EnsureSuccess("TagRelease");
        Assert.Contains("released 2.0.0: tag v2.0.0 on ", tagged.Output);
        Assert.Contains("publish it with: git push --atomic origin HEAD:refs/heads/main refs/tags/v2.0.0", tagged.Output);
        Assert.Equal(commits + 1, int.Parse(repo.Git("rev-list", "--count", "HEAD")));
        Assert.Equal("chore(release): 2.0.0", repo.Git("log", "-1", "--format=%s"));
        Assert.Equal(new[] { "CHANGELOG.md", "Lib/PublicAPI.Shipped.txt", "Lib/PublicAPI.Unshipped.txt" },
            repo.Git("show", "--name-only", "--format=", "HEAD").Split('\n').OrderBy(l => l, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "v1.0.0", "v2.0.0" }, repo.Git("tag", "--list").Split('\n'));
        Assert.Equal("tag", repo.Git("cat-file", "-t", "v2.0.0"));
        Assert.Equal(repo.Head, repo.Git("rev-parse", "v2.0.0^{commit}"));
        var message = repo.Git("tag", "-l", "--format=%(contents)", "v2.0.0");
        Assert.Contains("## 2.0.0", message);
        Assert.Contains("Class2", message);
        Assert.Matches(@"(?m)^## \[?2\.0\.0", File.ReadAllText(Path.Combine(root, "CHANGELOG.md")));
        Assert.Equal("", repo.Git("status", "--porcelain"));

        // The API files are shipped as PublicApiAnalyzers' users ship them, and the analyzer agrees.
        Assert.Equal("Lib.Class1\nLib.Class1.Class1() -> void\nLib.Class1.Twice(int x) -> int\nLib.Class2\nLib.Class2.Class2() -> void\n",
            File.ReadAllText(Path.Combine(root, "Lib", "PublicAPI.Shipped.txt")));
        Assert.Equal("", File.ReadAllText(Path.Combine(root, "Lib", "PublicAPI.Unshipped.txt")));
        var build = DotNet.Build(Path.Combine(root, "Lib"), "--no-incremental");
        build.EnsureSuccess("the shipped files under PublicApiAnalyzers");
        Assert.DoesNotContain(build.Output.Split('\n'), l => l.Contains("RS0016") || l.Contains("RS0017") || l.Contains(": error RT5") || l.Contains(": warning RT5"));
        Assert.Contains("ReleaseTasks: 2.0.0 ", build.Output);

        // Again: the release exists, nothing changes.
        var after = RepositoryState.Of(repo);
        var again = Run(root, "TagRelease");
        again.EnsureSuccess("TagRelease again");
        Assert.Contains("RT4020: v2.0.0 is on HEAD: the release exists, nothing to do.", again.Output);
        Assert.Equal(after, RepositoryState.Of(repo));
    }

    private static JsonElement Item(JsonElement report, string name) =>
        report.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == name);
}

/// <summary>The two-project solution of the releasing scenarios: Lib (PublicAPI files) and Tests, tagged v1.0.0 then
/// given a feat! that adds Class2 and removes Class1.Old, on main.</summary>
public static class ReleaseSolution
{
    public static GitRepository Create()
    {
        var repo = GitRepository.Create();
        var root = repo.Directory;
        File.AppendAllText(Path.Combine(root, ".gitignore"), "TestResults/\n");
        var lib = TestProject.Write(root, "Lib", "Lib", extraItems:
            """<PackageReference Include="Microsoft.CodeAnalysis.PublicApiAnalyzers" Version="5.6.0" PrivateAssets="all" />""");
        File.WriteAllText(Path.Combine(lib, "Class1.cs"), "namespace Lib\n{\n    public class Class1\n    {\n        public int Twice(int x) => x * 2;\n        public void Old() { }\n    }\n}\n");
        File.WriteAllText(Path.Combine(lib, "PublicAPI.Shipped.txt"), "Lib.Class1\nLib.Class1.Class1() -> void\nLib.Class1.Old() -> void\nLib.Class1.Twice(int x) -> int\n");
        File.WriteAllText(Path.Combine(lib, "PublicAPI.Unshipped.txt"), "");
        XunitTests.Write(root, "Tests", new[] { "../Lib/Lib.csproj" }, """
            using Xunit;

            namespace Tests
            {
                public class Tests
                {
                    [Fact] public void Twice() => Assert.Equal(4, new Lib.Class1().Twice(2));
                    [Fact] public void FailsOnRequest() => Assert.True(System.Environment.GetEnvironmentVariable("FAIL_ONE") != "1", "asked to fail");
                }
            }
            """, releaseTasks: true);
        DotNet.Run(root, new[] { "new", "sln", "-n", "all", "--format", "sln" }).EnsureSuccess("new sln");
        foreach (var p in new[] { "Lib/Lib.csproj", "Tests/Tests.csproj" })
            DotNet.Run(root, new[] { "sln", "all.sln", "add", p }).EnsureSuccess("sln add");
        repo.CommitAll("feat: the library and its tests");
        repo.AnnotatedTag("v1.0.0");

        File.WriteAllText(Path.Combine(lib, "Class1.cs"), "namespace Lib\n{\n    public class Class1\n    {\n        public int Twice(int x) => x * 2;\n    }\n}\n");
        File.WriteAllText(Path.Combine(lib, "Class2.cs"), "namespace Lib\n{\n    public class Class2\n    {\n    }\n}\n");
        File.WriteAllText(Path.Combine(lib, "PublicAPI.Unshipped.txt"), "Lib.Class2\nLib.Class2.Class2() -> void\n*REMOVED*Lib.Class1.Old() -> void\n");
        repo.CommitAll("feat!: Class2 replaces Class1.Old");
        return repo;
    }
}

/// <summary>What a failed release must leave exactly as it was: the working tree's status, every ref, HEAD and the index.</summary>
public sealed record RepositoryState(string Status, string Refs, string Head, string Index)
{
    public static RepositoryState Of(GitRepository repo) => new(
        repo.Git("status", "--porcelain", "--untracked-files=all"),
        repo.Git("for-each-ref", "--format=%(refname) %(objectname)"),
        repo.Git("rev-parse", "HEAD"),
        repo.Git("ls-files", "-s"));
}
