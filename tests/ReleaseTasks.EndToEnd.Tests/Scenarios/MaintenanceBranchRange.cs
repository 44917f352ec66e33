using System.Text.RegularExpressions;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// A maintenance branch named by version (<c>1.2.x</c>, semantic-release's convention): a fix is the line's next patch
/// candidate, a feature is warning RT1020 naming the commit in a Debug build and error RT1020 in a Release build, which
/// then produces no package.
/// </summary>
public class MaintenanceBranchRange
{
    private static Scenario PatchLine()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.2.3");
        s.Repo.Commit("feat!: the next major");
        s.Repo.Tag("v2.0.0");
        s.Repo.Checkout("-b", "1.2.x", "v1.2.3");
        s.Repo.Commit("fix: backport a fix");
        return s;
    }

    [Fact]
    public void AFixStaysInsideTheLineWithoutAWord()
    {
        var s = PatchLine();

        var p = s.Version();

        Assert.Equal("1.2.4-rc.1", p["Version"]);
        Assert.DoesNotContain("RT102", p.Output);
    }

    [Fact]
    public void AFeatureIsAWarningNamingTheCommitAndAnErrorInAReleaseBuild()
    {
        var s = PatchLine();
        s.Repo.Commit("feat: a new option");
        var feature = s.Repo.Head.Substring(0, 7);

        var debug = s.Version();
        Assert.Equal("1.2.4-rc.2", debug["Version"]);
        Assert.Matches(new Regex($"warning RT1020: Commit {feature} \\('feat: a new option'\\) would make 1.3.0, outside maintenance branch '1.2.x'"), debug.Output);

        var release = DotNet.Pack(s.ProjectDirectory, "-c", "Release");
        Assert.NotEqual(0, release.ExitCode);
        Assert.Contains("error RT1020", release.Output);
        Assert.Contains(feature, release.Output);
        Assert.Empty(System.IO.Directory.GetFiles(s.ProjectDirectory, "*.nupkg", System.IO.SearchOption.AllDirectories));
    }
}
