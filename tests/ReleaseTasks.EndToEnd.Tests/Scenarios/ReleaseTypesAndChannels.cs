using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// The kind of release a build makes, as properties a team's own targets and CI steps read: a release, the main line's
/// alpha, a release branch's rc, a beta tag counting on, a pull request, a policy's own channel, and long-term support.
/// </summary>
public class ReleaseTypesAndChannels
{
    private static readonly string[] Outputs =
        { "-getProperty:ReleaseTasksReleaseType", "-getProperty:ReleaseTasksChannel", "-getProperty:ReleaseTasksIsLts" };

    private static (string Type, string Channel, string Lts, string Version) Read(Scenario s, params string[] arguments)
    {
        var p = s.Version(null, Outputs.Concat(arguments).ToArray());
        return (p["ReleaseTasksReleaseType"], p["ReleaseTasksChannel"], p["ReleaseTasksIsLts"], p["Version"]);
    }

    [Fact]
    public void EachKindOfBuildSaysWhatItIs()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        Assert.Equal(("Stable", "stable", "false", "1.0.0"), Read(s));

        s.Repo.Commit("feat: more");
        Assert.Equal(("PreRelease", "alpha", "false", "1.1.0-alpha.1"), Read(s));
        Assert.Equal(("PreRelease", "pr", "false", "1.1.0-pr.7.1"), Read(s, "-p:ReleaseTasksPullRequest=7"));

        s.Repo.Checkout("-b", "release/1.1");
        Assert.Equal(("PreRelease", "rc", "false", "1.1.0-rc.1"), Read(s));

        s.Repo.Checkout("main");
        s.Repo.Tag("v2.0.0-beta.1");
        s.Repo.Commit("fix: after the beta");
        Assert.Equal(("PreRelease", "beta", "false", "2.0.0-beta.1.1"), Read(s));
    }

    [Fact]
    public void LongTermSupportIsTheBranchOrTheProperty()
    {
        var s = Scenario.Create(extraItems: """<ReleaseTasksBranch Include="nightly" Match="nightly/*" PreRelease="nightly.{h}" />""");
        s.Repo.Tag("v1.0.0");
        s.Repo.Checkout("-b", "support/1.x");
        s.Repo.Commit("fix: backport");
        var support = Read(s);
        Assert.Equal("true", support.Lts);
        Assert.Equal("PreRelease", support.Type);

        s.Repo.Checkout("-b", "nightly/today");
        s.Repo.Commit("fix: tonight");
        Assert.Equal(("PreRelease", "nightly", "false"), (Read(s).Type, Read(s).Channel, Read(s).Lts));
        Assert.Equal("true", Read(s, "-p:ReleaseTasksLts=true").Lts);

        var invalid = DotNet.GetReleaseVersion(s.ProjectDirectory, null, "-p:ReleaseTasksLts=sometimes");
        Assert.Contains("RT0001", invalid.Result.Output);
    }

    [Fact]
    public void ASecurityChangeMakesASecurityReleaseUntilTheNextOne()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        string Security(params string[] arguments) => s.Version(null, new[] { "-getProperty:ReleaseTasksIsSecurityRelease" }.Concat(arguments).ToArray())["ReleaseTasksIsSecurityRelease"];
        Assert.Equal("false", Security());

        s.Repo.Commit("fix(security): escape user input");
        Assert.Equal("true", Security());
        s.Repo.Tag("v1.0.1");
        Assert.Equal("true", Security());

        s.Repo.Commit("fix: an ordinary bug");
        Assert.Equal("false", Security());
        s.Repo.Commit("fix: parse dates\n\nCVE: CVE-2026-0001");
        Assert.Equal("true", Security());
    }
}
