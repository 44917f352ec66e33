using System.IO;
using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// v2.0.0 was tagged without refreshing PublicAPI.Shipped.txt: the code at the tag no longer had Subtract, the file
/// still listed it. Later patch builds must not be locked until the next major: RT5001 says the files were stale at the
/// tag, and a committed PublicAPI.Corrections.txt records what v2.0.0 really had, with no major and no moved tag.
/// </summary>
public class StaleApiFilesAtARelease
{
    private const string Subtract = "static Lib.Calculator.Subtract(int a, int b) -> int";

    private static Scenario ReleasedWithStaleFiles()
    {
        var s = Scenario.Create();
        Directory.Delete(s.ProjectDirectory, true);
        var dir = TestProject.Write(s.Repo.Directory, "probe", "Lib");
        File.Delete(Path.Combine(dir, "Class1.cs"));
        Code(dir, "public static int Add(int a, int b) => a + b;\n        public static int Subtract(int a, int b) => a - b;");
        File.WriteAllText(Path.Combine(dir, "PublicAPI.Shipped.txt"), "Lib.Calculator\nstatic Lib.Calculator.Add(int a, int b) -> int\n" + Subtract + "\n");
        File.WriteAllText(Path.Combine(dir, "PublicAPI.Unshipped.txt"), "");
        s.Repo.CommitAll("feat: the calculator");
        s.Repo.Tag("v1.0.0");

        // The break is declared, so v2.0.0 is right; only the API files were not refreshed before the tag.
        Code(dir, "public static int Add(int a, int b) => a + b;");
        s.Repo.CommitAll("feat!: drop Subtract");
        s.Repo.Tag("v2.0.0");

        File.WriteAllText(Path.Combine(dir, "Notes.txt"), "a fix after the release\n");
        s.Repo.CommitAll("fix: after the release");
        return s;
    }

    private static void Code(string dir, string members) =>
        File.WriteAllText(Path.Combine(dir, "Calculator.cs"), $"namespace Lib\n{{\n    public static class Calculator\n    {{\n        {members}\n    }}\n}}\n");

    [Fact]
    public void RT5001SaysTheFilesWereStaleAtTheTagAndACommittedCorrectionUnlocksThePatch()
    {
        var s = ReleasedWithStaleFiles();

        var locked = DotNet.Build(s.ProjectDirectory);
        Assert.NotEqual(0, locked.ExitCode);
        Assert.Contains($"error RT5001: '{Subtract}' is listed in the API files at v2.0.0 although no C# file of the project at that tag mentions it (the files were stale at the tag), but 2.0.1-alpha.1 is not a major release. Record what v2.0.0 really had, with no major version and no moved tag: add the line '*REMOVED*{Subtract}' under a line '[v2.0.0]' in PublicAPI.Corrections.txt beside PublicAPI.Shipped.txt, and commit it.", locked.Output);
        Assert.DoesNotContain("Declare the break", locked.Output);

        // Refreshing the current files does not change what v2.0.0 had; the correction does.
        DotNet.Build(s.ProjectDirectory, "-p:ReleaseTasksWritePublicApi=true").EnsureSuccess("refreshing the API files");
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "PublicAPI.Corrections.txt"), "# v2.0.0 was released without Subtract.\n[v2.0.0]\n*REMOVED*" + Subtract + "\n");
        s.Repo.CommitAll("chore: record that v2.0.0 was released without Subtract");

        var unlocked = DotNet.Build(s.ProjectDirectory);
        unlocked.EnsureSuccess("patch build after the correction");
        Assert.Contains("ReleaseTasks: 2.0.1-alpha.2", unlocked.Output);
        Assert.DoesNotContain("RT5001", unlocked.Output);
        Assert.Equal(new[] { "v1.0.0", "v2.0.0" }, s.Repo.Git("tag", "--list").Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim()));
    }

    [Fact]
    public void AnApiReallyRemovedSinceTheReleaseStillAsksForABreakOrARestore()
    {
        var s = ReleasedWithStaleFiles();
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "PublicAPI.Corrections.txt"), "[v2.0.0]\n*REMOVED*" + Subtract + "\n");
        Code(s.ProjectDirectory, "public static int Sum(int a, int b) => a + b;");
        s.Repo.CommitAll("fix: rename Add");

        var build = DotNet.Build(s.ProjectDirectory);

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error RT5001: 'static Lib.Calculator.Add(int a, int b) -> int' was public API in v2.0.0 and is gone or changed, but 2.0.1-alpha.2 is not a major release. Declare the break with a 'feat!:' commit or a 'BREAKING CHANGE:' footer (a major bump; minor while the major version is 0), or restore the API.", build.Output);
        Assert.DoesNotContain("the files were stale at the tag", build.Output);
        Assert.DoesNotContain(build.Output.Split('\n'), l => l.Contains($"error RT5001: '{Subtract}'"));
    }
}
