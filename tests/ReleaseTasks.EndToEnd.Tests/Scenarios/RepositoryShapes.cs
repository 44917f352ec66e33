using System.Collections.Generic;
using System.IO;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

public class RepositoryShapes
{
    [Fact]
    public void ShallowCloneHidingTheTagWarnsAboutFetchDepth()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        for (var i = 0; i < 4; i++) s.Repo.Commit($"fix: {i}");
        var clone = TestDirectory.Create("shallow");
        s.Repo.Git("clone", "-q", "--depth", "2", "file://" + s.Repo.Directory, clone);
        TestProject.WriteNuGetConfig(clone);

        var p = DotNet.GetReleaseVersion(Path.Combine(clone, "probe"));

        Assert.Equal(0, p.Result.ExitCode);
        Assert.Contains("warning RT1003", p.Output);
        Assert.Contains("fetch-depth: 0", p.Output);
        Assert.Equal("0.1.0-alpha.2", p["Version"]);

        var strict = DotNet.GetReleaseVersion(Path.Combine(clone, "probe"), null, "-p:ReleaseTasksRequireFullHistory=true");
        Assert.NotEqual(0, strict.Result.ExitCode);
        Assert.Contains("error RT1003", strict.Output);
    }

    [Fact]
    public void CopyWithoutGitDirectoryBuildsWithTheFallbackVersion()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        var copy = TestDirectory.Create("nogit");
        CopyDirectory(s.ProjectDirectory, Path.Combine(copy, "probe"));
        TestProject.WriteNuGetConfig(copy);

        var build = DotNet.Build(Path.Combine(copy, "probe"));

        Assert.Equal(0, build.ExitCode);
        Assert.Contains("warning RT1001", build.Output);
        Assert.Contains("ReleaseTasks: 0.1.0-alpha.0 (fallback version; not a git repository)", build.Output);
    }

    [Fact]
    public void MissingGitExecutableWarnsAndFallsBack()
    {
        var s = Scenario.Create();

        var p = s.Version(null, "-p:ReleaseTasksGitPath=/nonexistent/git");

        Assert.Equal(0, p.Result.ExitCode);
        Assert.Contains("warning RT1002", p.Output);
        Assert.Equal("0.1.0-alpha.0", p["Version"]);
    }

    [Fact]
    public void AGitFailureIsNotCachedSoTheNextBuildAfterTheFixIsRight()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("fix: x");
        var gitPath = Path.Combine(TestDirectory.Create("later-git"), "git");

        var broken = DotNet.Build(s.ProjectDirectory, "-p:ReleaseTasksGitPath=" + gitPath);
        Assert.Contains("warning RT1002", broken.Output);

        // git gets installed where the build looks for it: the same key, and no replay of the failure.
        ShellScript.Write(gitPath, "exec git \"$@\"");
        var fixedBuild = DotNet.Build(s.ProjectDirectory, "-p:ReleaseTasksGitPath=" + gitPath).EnsureSuccess("build after installing git");
        Assert.DoesNotContain("RT1002", fixedBuild.Output);
        Assert.Contains("ReleaseTasks: 1.0.1-alpha.1", fixedBuild.Output);
    }

    [Fact]
    public void RepositoryWithoutCommitsWarnsAndFallsBack()
    {
        var repo = GitRepository.Create();
        var dir = TestProject.Write(repo.Directory);

        var p = DotNet.GetReleaseVersion(dir);

        Assert.Equal(0, p.Result.ExitCode);
        Assert.Contains("warning RT1004", p.Output);
        Assert.Equal("0.1.0-alpha.0", p["Version"]);
    }

    [Fact]
    public void LinkedWorktreeIsVersionedFromItsOwnHead()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        var worktree = TestDirectory.Create("worktree");
        Directory.Delete(worktree);
        s.Repo.Git("worktree", "add", "-q", "-b", "feature/wt", worktree);
        var wt = new GitRepository(worktree);
        wt.Commit("feat: in worktree");
        TestProject.WriteNuGetConfig(worktree);

        var p = DotNet.GetReleaseVersion(Path.Combine(worktree, "probe"));

        Assert.Equal("1.1.0-alpha.feature-wt.1", p["Version"]);
        Assert.Equal(wt.Head, p["ReleaseTasksCommit"]);
    }

    [Fact]
    public void ProjectInASubmoduleIsVersionedFromTheSubmodule()
    {
        var inner = Scenario.Create();
        inner.Repo.Tag("v4.0.0");
        inner.Repo.Commit("fix: inner");
        var outer = GitRepository.Create();
        outer.Commit("chore: outer");
        outer.Tag("v9.0.0");
        outer.Git("submodule", "add", "-q", "file://" + inner.Repo.Directory, "lib");
        outer.CommitAll("chore: add submodule");
        TestProject.WriteNuGetConfig(outer.Directory);

        var p = DotNet.GetReleaseVersion(Path.Combine(outer.Directory, "lib", "probe"));

        Assert.Equal("4.0.1-alpha.1", p["Version"]);
    }

    [Fact]
    public void DetachedHeadWithoutCiVersionsLikeTheMainLine()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("fix: x");
        s.Repo.Checkout("--detach");

        var p = s.Version();

        Assert.Equal("1.0.1-alpha.1", p["Version"]);
        Assert.Contains("on a detached HEAD", p.Output);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from))
            if (Path.GetFileName(dir) is not ("bin" or "obj")) CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
