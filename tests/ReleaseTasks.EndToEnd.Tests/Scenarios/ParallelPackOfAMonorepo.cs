using System.IO;
using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// Issue 12 (monorepo): <c>dotnet pack -m:2</c> of a solution with three versioning settings reads each setting's range
/// once for the whole build, not once per MSBuild node: the release notes of every project take git's answers from the
/// node's memory or from the file the other node wrote in the user cache.
/// </summary>
public class ParallelPackOfAMonorepo
{
    [Fact]
    public void ParallelPackReadsEachSettingsRangeOnce()
    {
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
        repo.Git("remote", "add", "origin", "https://github.com/example/mono.git");
        repo.CommitAll("feat: projects");
        repo.Tag("liba-v1.0.0");
        repo.Commit("fix(libb): b", "libb/b.txt");
        repo.Tag("libb-v2.0.0");
        repo.Commit("docs: c", "docs/c.txt");
        repo.Tag("v3.0.0");
        repo.Commit("fix(liba): repair the parser", "liba/fix.txt");
        repo.Commit("feat(apps): add the dashboard", "apps/y.txt");
        var git = new GitCounter();
        var output = TestDirectory.Create("packages");

        DotNet.Pack(repo.Directory, "all.sln", "-m:2", "-o", output, "-p:ReleaseTasksGitPath=" + git.Executable).EnsureSuccess("parallel pack");

        Assert.True(File.Exists(Path.Combine(output, "A2.1.0.1-alpha.1.nupkg")));
        Assert.True(File.Exists(Path.Combine(output, "B2.2.1.0-alpha.3.nupkg")));
        Assert.True(File.Exists(Path.Combine(output, "C3.3.1.0-alpha.2.nupkg")));
        // Every project's notes hold its setting's commits, whichever node wrote them.
        foreach (var dir in dirs)
        {
            var notes = File.ReadAllText(Path.Combine(dir, "obj", "ReleaseNotes.md"));
            Assert.Contains("repair the parser", notes);
            if (dir.Contains("liba")) Assert.DoesNotContain("add the dashboard", notes);
            else Assert.Contains("add the dashboard", notes);
        }
        // Versioning lists the tags once per setting (the same command line for every setting); the notes take them from
        // its record. No other git command is started twice (each setting's range is its own question), except `config`
        // for the remote's URL, which is configuration and asked once per node.
        var calls = git.Calls;
        Assert.Equal(3, calls.Count(c => c.StartsWith("for-each-ref")));
        Assert.InRange(calls.Count(c => c.StartsWith("config")), 1, 2);
        var others = calls.Where(c => !c.StartsWith("config") && !c.StartsWith("for-each-ref")).ToArray();
        Assert.True(others.Distinct().Count() == others.Length, "git started twice:\n" + string.Join("\n", calls));

        // Packed again from clean obj/ folders: the versions come from the user cache, and so do the notes' answers.
        foreach (var dir in dirs) Directory.Delete(Path.Combine(dir, "obj"), true);
        git.Reset();
        DotNet.Pack(repo.Directory, "all.sln", "-m:2", "-o", output, "-p:ReleaseTasksGitPath=" + git.Executable).EnsureSuccess("second parallel pack");
        Assert.True(git.Calls.All(c => c.StartsWith("config")), "git beyond config:\n" + string.Join("\n", git.Calls));
    }
}
