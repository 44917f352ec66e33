using System.IO;
using ReleaseTasks.ApiBaseline;
using ReleaseTasks.Git;

namespace ReleaseTasks.Tests.ApiBaseline;

public class ApiBaselineExtractorTests
{
    [Fact]
    public void EntriesTheCodeAtTheTagNeverMentionedAreMarkedAsStaleAtTheTag()
    {
        using var repo = new TempRepository();
        var lib = Path.Combine(repo.Directory, "Lib");
        Directory.CreateDirectory(lib);
        File.WriteAllText(Path.Combine(lib, "Calculator.cs"), "namespace Lib { public static class Calculator { public static int Add(int a, int b) => a + b; } }\n");
        // Stale: Subtract left the code before the release, the file still lists it.
        File.WriteAllText(Path.Combine(lib, "PublicAPI.Shipped.txt"),
            "Lib.Calculator\nstatic Lib.Calculator.Add(int a, int b) -> int\nstatic Lib.Calculator.Subtract(int a, int b) -> int\n");
        File.WriteAllText(Path.Combine(repo.Directory, "Other.cs"), "class Other { void Subtract() { } }\n");
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "--no-verify", "-m", "feat!: v2");
        repo.Git("tag", "v2.0.0");
        File.WriteAllText(Path.Combine(lib, "Calculator.cs"), "namespace Lib { public static class Calculator { } }\n");
        var output = Path.Combine(repo.Directory, "obj", "ReleaseTasks.ApiBaseline.txt");

        var written = ApiBaselineExtractor.Extract(lib, "v2.0.0", new[] { Path.Combine(lib, "PublicAPI.Shipped.txt") }, output, new GitSettings());

        Assert.True(written);
        var baseline = File.ReadAllText(output).Replace("\r\n", "\n");
        // Only the project's own files count (Other.cs, outside it, mentions Subtract); Add is in the code at the tag.
        Assert.EndsWith("static Lib.Calculator.Subtract(int a, int b) -> int\n# not in the code at the tag: static Lib.Calculator.Subtract(int a, int b) -> int\n", baseline);
        Assert.DoesNotContain("# not in the code at the tag: static Lib.Calculator.Add", baseline);
    }
}
