using System.IO;
using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>Issue 10 items 3 and 4: CreateReleaseBranch, the feature freeze on the release branch, and the main line
/// staying above the release, locally and in a CI clone that has only origin/release/*.</summary>
public class ReleaseBranchFeatureFreeze
{
    private static ProcessResult CreateReleaseBranch(string directory, params string[] arguments) =>
        DotNet.Run(directory, new[] { "msbuild", "-restore", "-nodeReuse:false", "-v:n", "-t:CreateReleaseBranch" }.Concat(arguments));

    [Fact]
    public void CutAReleaseBranchBreakItsFreezeTagItAndMainMovesToTheNextMinor()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.2.0");
        s.Repo.Commit("feat: search");
        Assert.Equal("1.3.0-alpha.1", s.Version()["Version"]);

        var cut = CreateReleaseBranch(s.ProjectDirectory);
        cut.EnsureSuccess("CreateReleaseBranch");
        Assert.Contains("created release/1.3 at HEAD", cut.Output);
        Assert.Contains("git push origin release/1.3", cut.Output);
        Assert.Equal(s.Repo.Head, s.Repo.Git("rev-parse", "release/1.3"));
        Assert.Equal("main", s.Repo.Git("branch", "--show-current"));

        s.Repo.Commit("fix: on main");
        var main = s.Version();
        Assert.Equal("1.4.0-alpha.2", main["Version"]);
        Assert.Contains("above release/1.3 → 1.4.0", main.Output);

        s.Repo.Checkout("release/1.3");
        var feat = s.Repo.Commit("feat: sneaked in").Substring(0, 7);
        var frozen = s.Version(null, "-getProperty:ReleaseTasksFeatureFreezeBroken");
        Assert.Equal("1.3.0-rc.2", frozen["Version"]);
        Assert.Equal("true", frozen["ReleaseTasksFeatureFreezeBroken"]);
        Assert.Contains($"warning RT1013: The release branch release/1.3 is feature-frozen, but 1 commit after its branch point on main adds a feature or a breaking change: {feat} feat: sneaked in.", frozen.Output);

        var strict = DotNet.Build(s.ProjectDirectory, "-p:ReleaseTasksFeatureFreeze=error");
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains("error RT1013", strict.Output);

        s.Repo.Git("revert", "--no-edit", "HEAD");
        var held = s.Version(null, "-getProperty:ReleaseTasksFeatureFreezeBroken");
        Assert.Equal("false", held["ReleaseTasksFeatureFreezeBroken"]);
        Assert.DoesNotContain("RT1013", held.Output);
        s.Repo.Tag("v1.3.0");

        s.Repo.Checkout("main");
        s.Repo.Git("branch", "-D", "release/1.3");
        var after = s.Version();
        Assert.Equal("1.4.0-alpha.2", after["Version"]);
        Assert.Contains("above v1.3.0 → 1.4.0", after.Output);
    }

    [Fact]
    public void ACiCloneWithOnlyOriginsReleaseBranchVersionsMainAboveIt()
    {
        var origin = Scenario.Create();
        origin.Repo.Tag("v1.2.0");
        origin.Repo.Commit("feat: search");
        origin.Repo.Git("branch", "release/1.3");
        var cloneDirectory = TestDirectory.Create();
        origin.Repo.Git("clone", "-q", origin.Repo.Directory, cloneDirectory);
        var clone = new GitRepository(cloneDirectory);
        Assert.Equal("", clone.Git("branch", "--list", "release/*"));

        var p = DotNet.GetReleaseVersion(Path.Combine(cloneDirectory, "probe"));

        Assert.Equal("1.4.0-alpha.1", p["Version"]);
        Assert.Contains("above origin/release/1.3 → 1.4.0", p.Output);

        var again = CreateReleaseBranch(Path.Combine(cloneDirectory, "probe"), "-p:ReleaseTasksReleaseBranchVersion=1.3");
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("error RT1015: The release branch release/1.3 already exists (as origin/release/1.3", again.Output);
    }

    [Fact]
    public void OffTheMainLineNothingIsCreated()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.2.0");
        s.Repo.Checkout("-b", "feature/x");
        s.Repo.Commit("feat: search");

        var cut = CreateReleaseBranch(s.ProjectDirectory);

        Assert.NotEqual(0, cut.ExitCode);
        Assert.Contains("error RT1014: CreateReleaseBranch cuts a release branch from the main line, but HEAD is on feature/x.", cut.Output);
        Assert.Equal("", s.Repo.Git("branch", "--list", "release/*"));
    }
}
