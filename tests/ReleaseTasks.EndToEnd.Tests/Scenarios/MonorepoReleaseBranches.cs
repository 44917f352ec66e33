using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>Release branches in a monorepo: CreateReleaseBranch on the project with ReleaseTasksTagPrefix=alpha-v cuts
/// release/alpha-v1.3, which lifts Alpha's main line alone and freezes Alpha's commits alone.</summary>
public class MonorepoReleaseBranches
{
    [Fact]
    public void EachTagPrefixHasItsOwnReleaseBranchesAndFreeze()
    {
        var repo = GitRepository.Create();
        string Project(string name) =>
            TestProject.Write(repo.Directory, name, name, extraProperties:
                $"<ReleaseTasksTagPrefix>{name.ToLowerInvariant()}-v</ReleaseTasksTagPrefix><ReleaseTasksPathFilter>{name}/**</ReleaseTasksPathFilter>");
        var alpha = Project("Alpha");
        var beta = Project("Beta");
        repo.CommitAll("feat: two libraries");
        repo.Tag("alpha-v1.2.0");
        repo.Tag("beta-v2.0.0");
        repo.Commit("feat(alpha): search", "Alpha/search.txt");

        var cut = DotNet.Run(alpha, new[] { "msbuild", "-restore", "-nodeReuse:false", "-v:n", "-t:CreateReleaseBranch" });
        cut.EnsureSuccess("CreateReleaseBranch of Alpha");
        Assert.Contains("created release/alpha-v1.3 at HEAD", cut.Output);
        Assert.Contains("git push origin release/alpha-v1.3", cut.Output);
        Assert.Equal("release/alpha-v1.3", repo.Git("branch", "--list", "release/*", "--format=%(refname:short)"));

        repo.Commit("feat(alpha): more on main", "Alpha/more.txt");
        repo.Commit("feat(beta): on main", "Beta/main.txt");
        var alphaMain = DotNet.GetReleaseVersion(alpha);
        Assert.Equal("1.4.0-alpha.2", alphaMain["Version"]);
        Assert.Contains("above release/alpha-v1.3 → 1.4.0", alphaMain.Output);
        var betaMain = DotNet.GetReleaseVersion(beta);
        Assert.Equal("2.1.0-alpha.1", betaMain["Version"]);
        Assert.DoesNotContain("above release/", betaMain.Output);

        repo.Checkout("release/alpha-v1.3");
        var late = repo.Commit("feat(alpha): sneaked in", "Alpha/late.txt").Substring(0, 7);
        repo.Commit("feat(beta): not Alpha's business", "Beta/late.txt");
        var frozen = DotNet.GetReleaseVersion(alpha, null, "-getProperty:ReleaseTasksFeatureFreezeBroken");
        Assert.Equal("1.3.0-rc.2", frozen["Version"]);
        Assert.Equal("true", frozen["ReleaseTasksFeatureFreezeBroken"]);
        Assert.Contains($"warning RT1013: The release branch release/alpha-v1.3 is feature-frozen, but 1 commit after its branch point on main adds a feature or a breaking change: {late} feat(alpha): sneaked in.", frozen.Output);
        var betaThere = DotNet.GetReleaseVersion(beta, null, "-getProperty:ReleaseTasksFeatureFreezeBroken");
        Assert.Equal("", betaThere["ReleaseTasksFeatureFreezeBroken"]);
        Assert.DoesNotContain("RT1013", betaThere.Output);
    }
}
