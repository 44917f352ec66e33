using System.Collections.Generic;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

public class BranchPolicies
{
    private static Scenario ReleasedWithFeature()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v2.0.0");
        s.Repo.Commit("feat: on main");
        return s;
    }

    [Fact]
    public void ReleaseBranchTakesItsVersionFromTheName()
    {
        var s = ReleasedWithFeature();
        s.Repo.Checkout("-b", "release/3.1");
        s.Repo.Commit("fix: on release");

        var p = s.Version();

        Assert.Equal("3.1.0-rc.2", p["Version"]);
        Assert.Equal("release/3.1", p["ReleaseTasksBranch"]);
    }

    [Fact]
    public void FeatureBranchCarriesItsSlug()
    {
        var s = ReleasedWithFeature();
        s.Repo.Checkout("-b", "feature/Login_Page");
        s.Repo.Commit("feat: login");

        Assert.Equal("2.1.0-alpha.feature-login-page.2", s.Version()["Version"]);
    }

    [Fact]
    public void HotfixBranchStaysAPatchAndReportsTheFeature()
    {
        var s = ReleasedWithFeature();
        s.Repo.Checkout("-b", "hotfix/crash");
        s.Repo.Commit("fix: crash");

        var p = s.Version();

        Assert.Equal("2.0.1-rc.2", p["Version"]);
        Assert.Contains("warning RT1006", p.Output);
    }

    [Fact]
    public void DetachedHeadTakesTheBranchFromGitHubActionsOrAzurePipelines()
    {
        var s = ReleasedWithFeature();
        s.Repo.Checkout("-b", "release/3.1");
        s.Repo.Commit("fix: on release");
        s.Repo.Checkout("--detach");

        var github = s.Version(new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_REF"] = "refs/heads/release/3.1", ["GITHUB_EVENT_NAME"] = "push" });
        Assert.Equal("3.1.0-rc.2", github["Version"]);

        var azure = s.Version(new Dictionary<string, string?> { ["TF_BUILD"] = "True", ["BUILD_SOURCEBRANCH"] = "refs/heads/release/3.1" });
        Assert.Equal("3.1.0-rc.2", azure["Version"]);
    }

    [Fact]
    public void GitHubPullRequestGetsThePullRequestLabel()
    {
        var s = ReleasedWithFeature();
        s.Repo.Checkout("--detach");

        var p = s.Version(new Dictionary<string, string?>
        {
            ["GITHUB_ACTIONS"] = "true", ["GITHUB_EVENT_NAME"] = "pull_request", ["GITHUB_REF"] = "refs/pull/42/merge", ["GITHUB_HEAD_REF"] = "feature/x",
        });

        Assert.Equal("2.1.0-pr.42.1", p["Version"]);
    }

    [Fact]
    public void BranchPoliciesAreConfigurableWithItems()
    {
        var s = Scenario.Create(extraItems: """<ReleaseTasksBranch Include="nightly" Match="nightly/*" PreRelease="nightly.{h}" Core="Patch" />""");
        s.Repo.Tag("v1.0.0");
        s.Repo.Checkout("-b", "nightly/2026-11-24");
        s.Repo.Commit("feat: something");

        Assert.Equal("1.0.1-nightly.1", s.Version()["Version"]);
    }

    [Fact]
    public void ReleaseTasksBranchPropertyOverridesTheCheckout()
    {
        var s = ReleasedWithFeature();

        Assert.Equal("2.1.0-alpha.feature-x.1", s.Version(null, "-p:ReleaseTasksBranch=feature/x")["Version"]);
    }
}
