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

    [Fact]
    public void ParallelBuildOfAMonorepoReadsGitOncePerSetting()
    {
        // Three versioning settings: liba (tag prefix and path filter, one project multi-targeted), libb (tag prefix
        // only) and the repository's own v tags; eight projects, built by two MSBuild nodes at once.
        var repo = GitRepository.Create();
        var liba = "<ReleaseTasksTagPrefix>liba-v</ReleaseTasksTagPrefix><ReleaseTasksPathFilter>liba/**</ReleaseTasksPathFilter>";
        var libb = "<ReleaseTasksTagPrefix>libb-v</ReleaseTasksTagPrefix>";
        var dirs = new[]
        {
            TestProject.Write(repo.Directory, "liba/a1", "A1", targetFrameworks: "netstandard2.0;net10.0", extraProperties: liba),
            TestProject.Write(repo.Directory, "liba/a2", "A2", extraProperties: liba),
            TestProject.Write(repo.Directory, "liba/a3", "A3", extraProperties: liba),
            TestProject.Write(repo.Directory, "libb/b1", "B1", extraProperties: libb),
            TestProject.Write(repo.Directory, "libb/b2", "B2", extraProperties: libb),
            TestProject.Write(repo.Directory, "apps/c1", "C1"),
            TestProject.Write(repo.Directory, "apps/c2", "C2"),
            TestProject.Write(repo.Directory, "apps/c3", "C3"),
        };
        Solution.Create(repo.Directory, "all", dirs.Select(d => Directory.GetFiles(d, "*.csproj")[0]));
        repo.CommitAll("feat: projects");
        repo.Tag("liba-v1.0.0");
        repo.Commit("fix(libb): b", "libb/b.txt");
        repo.Tag("libb-v2.0.0");
        repo.Commit("docs: c", "docs/c.txt");
        repo.Tag("v3.0.0");
        repo.Commit("fix(liba): x", "liba/fix.txt");
        repo.Commit("feat(apps): y", "apps/y.txt");
        var git = new GitCounter();

        var build = DotNet.Build(repo.Directory, "all.sln", "-m:2", "-p:ReleaseTasksGitPath=" + git.Executable).EnsureSuccess("parallel monorepo build");

        int Built(string version) => build.Output.Split('\n').Count(l => l.Contains("ReleaseTasks: " + version + " ("));
        Assert.Equal(4, Built("1.0.1-alpha.1"));
        Assert.Equal(2, Built("2.1.0-alpha.3"));
        Assert.Equal(3, Built("3.1.0-alpha.2"));
        // One computation per setting, whichever node builds which project: one listing of the tags each (the same
        // command line for every setting), and no other git command started twice (each setting's range is its own).
        var calls = git.Calls;
        Assert.Equal(3, calls.Count(c => c.StartsWith("for-each-ref")));
        var others = calls.Where(c => !c.StartsWith("for-each-ref")).ToArray();
        Assert.Equal(others.Distinct().Count(), others.Length);
    }

    private static void CleanObj(string[] dirs)
    {
        foreach (var dir in dirs)
            if (Directory.Exists(Path.Combine(dir, "obj"))) Directory.Delete(Path.Combine(dir, "obj"), true);
    }
}
