using System.IO;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

public class Monorepo
{
    [Fact]
    public void TagPrefixAndPathFilterCountOnlyTheProjectsOwnTagsAndCommits()
    {
        var repo = GitRepository.Create();
        var liba = TestProject.Write(repo.Directory, Path.Combine("liba", "src"), "LibA",
            extraProperties: "<ReleaseTasksTagPrefix>liba-v</ReleaseTasksTagPrefix><ReleaseTasksPathFilter>liba/**</ReleaseTasksPathFilter>");
        repo.CommitAll("chore: add liba");
        repo.Tag("liba-v1.0.0");
        repo.Commit("feat(libb): unrelated feature", "libb/file.txt");
        repo.Tag("v7.0.0");
        repo.Commit("fix(liba): a fix", "liba/fix.txt");
        repo.Commit("feat!: breaking change elsewhere", "libb/other.txt");

        var p = DotNet.GetReleaseVersion(liba);

        Assert.Equal("1.0.1-alpha.1", p["Version"]);
        Assert.Equal("1.0.0", p["ReleaseTasksPreviousVersion"]);
        Assert.Contains("liba-v1.0.0 + 1 commit on main", p.Output);
    }
}
