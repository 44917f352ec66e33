using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// ReleaseTasksBranchBuildsBelowMainLine: a feature branch's and a pull request's builds of 2.1.0 sort below every build
/// of main's 2.1.0, by NuGet.Versioning (what a floating <c>2.1.0-*</c> reference uses); by default they do not.
/// </summary>
public class BranchBuildsBelowMainLine
{
    private static (List<string> Main, List<string> Others) Builds(string extraProperties)
    {
        var s = Scenario.Create(extraProperties: extraProperties);
        s.Repo.Tag("v2.0.0");
        s.Repo.Commit("feat: on main");
        var main = new List<string> { s.Version()["Version"] };
        s.Repo.Commit("fix: on main");
        main.Add(s.Version()["Version"]);
        var others = new List<string> { s.Version(null, "-p:ReleaseTasksPullRequest=42")["Version"] };
        var github = new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_REF"] = "refs/pull/7/merge", ["GITHUB_HEAD_REF"] = "feature/x" };
        others.Add(s.Version(github)["Version"]);
        s.Repo.Checkout("-b", "feature/Login_Page");
        s.Repo.Commit("feat: login");
        others.Add(s.Version()["Version"]);
        return (main, others);
    }

    [Fact]
    public void BranchAndPullRequestBuildsSortBelowEveryMainBuild()
    {
        var (main, others) = Builds("<ReleaseTasksBranchBuildsBelowMainLine>true</ReleaseTasksBranchBuildsBelowMainLine>");

        Assert.Equal(new[] { "2.1.0-alpha.1", "2.1.0-alpha.2" }, main);
        Assert.Equal(new[] { "2.1.0-alpha.0.pr.42.2", "2.1.0-alpha.0.pr.7.2", "2.1.0-alpha.0.feature-login-page.3" }, others);
        foreach (var m in main)
        foreach (var o in others)
            Assert.True(VersionComparer.Default.Compare(SemanticVersion.Parse(o), SemanticVersion.Parse(m)) < 0, $"{o} should sort below {m}");
    }

    [Fact]
    public void ByDefaultABranchBuildSortsAboveMain()
    {
        var (main, others) = Builds("");

        Assert.Equal(new[] { "2.1.0-alpha.1", "2.1.0-alpha.2" }, main);
        Assert.Equal(new[] { "2.1.0-pr.42.2", "2.1.0-pr.7.2", "2.1.0-alpha.feature-login-page.3" }, others);
        var highest = main.Concat(others).Select(SemanticVersion.Parse).Max(VersionComparer.Default)!;
        Assert.NotEqual("2.1.0-alpha.2", highest.ToNormalizedString());
    }
}
