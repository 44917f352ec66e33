using System.IO;
using System.Linq;
using System.Text.Json;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// Issue 10 item 1, "no RT5001/RT5004 for any project": a library released as v1.0.0 loses a public method under a
/// `fix:` commit. Readiness still prints its checklist, with the Public API item failed (RT4014, the RT5001 shown),
/// writes it into obj/ReleaseReadiness.md and .json, and fails after the table naming the fix; a plain build still
/// stops on RT5001 as before. Once the break is declared (`feat!:`), the item passes and the release is ready.
/// </summary>
public class ReadinessJudgesThePublicApi
{
    private static ProcessResult Readiness(string project) =>
        DotNet.Run(project, new[] { "msbuild", "-restore", "-nodeReuse:false", "-t:CheckReleaseReadiness", "-v:n" });

    [Fact]
    public void ABreakingChangeWithoutAMajorVersionIsAFailedChecklistItemNotAStoppedBuild()
    {
        var repo = GitRepository.Create();
        var lib = TestProject.Write(repo.Directory, "Lib", "Lib");
        File.WriteAllText(Path.Combine(lib, "Class1.cs"), "namespace Lib\n{\n    public class Class1\n    {\n        public int Add(int a, int b) => a + b;\n    }\n}\n");
        File.WriteAllText(Path.Combine(lib, "PublicAPI.Shipped.txt"), "Lib.Class1\nLib.Class1.Class1() -> void\nLib.Class1.Add(int a, int b) -> int\n");
        File.WriteAllText(Path.Combine(lib, "PublicAPI.Unshipped.txt"), "");
        repo.CommitAll("feat: the library");
        repo.AnnotatedTag("v1.0.0");
        File.WriteAllText(Path.Combine(lib, "Class1.cs"), "namespace Lib\n{\n    public class Class1\n    {\n    }\n}\n");
        File.WriteAllText(Path.Combine(lib, "PublicAPI.Unshipped.txt"), "*REMOVED*Lib.Class1.Add(int a, int b) -> int\n");
        repo.CommitAll("fix: remove Add");

        var failed = Readiness(lib);

        Assert.NotEqual(0, failed.ExitCode);
        var lines = failed.Output.Split('\n');
        var table = System.Array.FindIndex(lines, l => l.Contains("ReleaseTasks: Release readiness of v1.0.1: not ready"));
        Assert.True(table >= 0, failed.Output);
        var row = lines.Skip(table).First(l => l.Contains("ReleaseTasks: Public API "));
        Assert.Contains("FAILED", row);
        Assert.Contains("RT5001: 'Lib.Class1.Add(int a, int b) -> int' was public API in v1.0.0 and is gone or changed", row);
        // The build fails after the table, on the checklist's own code naming the fix; the compile only warned.
        var error = System.Array.FindIndex(lines, l => l.Contains("error RT4014: Release not ready: Public API: RT5001: 'Lib.Class1.Add(int a, int b) -> int'"));
        Assert.True(error > table, failed.Output);
        Assert.Contains("Fix: the API change does not fit the version: declare the break with a 'feat!:' commit", lines[error]);
        Assert.Contains(lines, l => l.Contains("warning RT5001: 'Lib.Class1.Add(int a, int b) -> int'"));
        Assert.DoesNotContain(lines, l => l.Contains("error RT5001"));

        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(lib, "obj", "ReleaseReadiness.json"))).RootElement;
        Assert.False(json.GetProperty("ready").GetBoolean());
        var api = Item(json, "Public API");
        Assert.Equal("failed", api.GetProperty("state").GetString());
        Assert.Equal("RT4014", api.GetProperty("code").GetString());
        Assert.StartsWith("RT5001: 'Lib.Class1.Add(int a, int b) -> int' was public API in v1.0.0", api.GetProperty("detail").GetString());
        Assert.Contains("'feat!:'", api.GetProperty("fix").GetString());
        Assert.Contains("| Public API | ❌ failed | RT5001: 'Lib.Class1.Add(int a, int b) -> int' was public API in v1.0.0",
            File.ReadAllText(Path.Combine(lib, "obj", "ReleaseReadiness.md")));

        // Readiness changed nothing for the user's build: RT5001 still stops it, with the analyzer's message.
        var build = DotNet.Build(lib);
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error RT5001: 'Lib.Class1.Add(int a, int b) -> int' was public API in v1.0.0 and is gone or changed", build.Output);

        repo.Git("commit", "--allow-empty", "-q", "-m", "feat!: Add is gone");
        var ready = Readiness(lib);

        ready.EnsureSuccess("readiness once the break is declared");
        Assert.Contains("ReleaseTasks: Release readiness of v2.0.0: ready", ready.Output);
        Assert.DoesNotContain(ready.Output.Split('\n'), l => l.Contains("warning RT5001") || l.Contains("error RT"));
        var passed = Item(JsonDocument.Parse(File.ReadAllText(Path.Combine(lib, "obj", "ReleaseReadiness.json"))).RootElement, "Public API");
        Assert.Equal("passed", passed.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, passed.GetProperty("code").ValueKind);
    }

    private static JsonElement Item(JsonElement report, string name) =>
        report.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == name);
}
