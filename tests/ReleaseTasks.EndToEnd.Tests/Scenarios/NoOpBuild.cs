using System.IO;
using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

public class NoOpBuild
{
    [Fact]
    public void SecondBuildStartsNoGitUntilHeadOrTagsMove()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("fix: x");
        var git = new GitCounter();
        var gitPath = "-p:ReleaseTasksGitPath=" + git.Executable;

        var cold = DotNet.Build(s.ProjectDirectory, gitPath).EnsureSuccess("cold build");
        Assert.Contains("ReleaseTasks: 1.0.1-alpha.1", cold.Output);
        Assert.InRange(git.Calls.Length, 1, 2);

        git.Reset();
        var noOp = DotNet.Build(s.ProjectDirectory, gitPath).EnsureSuccess("no-op build");
        Assert.Contains("ReleaseTasks: 1.0.1-alpha.1", noOp.Output);
        Assert.Empty(git.Calls);

        s.Repo.Tag("v1.0.1");
        var retagged = DotNet.Build(s.ProjectDirectory, gitPath).EnsureSuccess("build after tagging");
        Assert.Contains("ReleaseTasks: 1.0.1 (tag v1.0.1 on HEAD)", retagged.Output);
        Assert.NotEmpty(git.Calls);

        git.Reset();
        s.Repo.Commit("feat: y");
        var moved = DotNet.Build(s.ProjectDirectory, gitPath).EnsureSuccess("build after commit");
        Assert.Contains("ReleaseTasks: 1.1.0-alpha.1", moved.Output);
        Assert.NotEmpty(git.Calls);
    }

    [Fact]
    public void SolutionOfManyProjectsReadsGitOnce()
    {
        var repo = GitRepository.Create();
        var dirs = Enumerable.Range(1, 4).Select(i => TestProject.Write(repo.Directory, "p" + i, "P" + i,
            targetFrameworks: i == 1 ? "netstandard2.0;net10.0" : "net10.0")).ToArray();
        repo.Git("init", "-q");
        Solution.Create(repo.Directory, "all", dirs.Select(d => Directory.GetFiles(d, "*.csproj")[0]));
        repo.CommitAll("feat: projects");
        repo.Tag("v5.0.0");
        repo.Commit("fix: z");
        var git = new GitCounter();

        var build = DotNet.Build(repo.Directory, "all.sln", "-m:1", "-p:ReleaseTasksGitPath=" + git.Executable).EnsureSuccess("solution build");

        Assert.Equal(5, build.Output.Split('\n').Count(l => l.Contains("ReleaseTasks: 5.0.1-alpha.1")));
        // One computation for the whole build: for-each-ref and log (HEAD itself is read from the files).
        Assert.Equal(2, git.Calls.Length);

        // A parallel build from clean: the nodes share the result through the machine-wide cache.
        CleanObj(dirs);
        git.Reset();
        repo.Commit("fix: again");
        DotNet.Build(repo.Directory, "all.sln", "-m:2", "-p:ReleaseTasksGitPath=" + git.Executable).EnsureSuccess("parallel build");
        Assert.InRange(git.Calls.Length, 2, 4);
    }

    private static void CleanObj(string[] dirs)
    {
        foreach (var dir in dirs)
            if (Directory.Exists(Path.Combine(dir, "obj"))) Directory.Delete(Path.Combine(dir, "obj"), true);
    }
}
