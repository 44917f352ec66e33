using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// The seed's Alpha → Beta → RC path as a team walks it: main's alphas, a beta tag counting on, a release branch
/// promoted to rc, its first rc tag, the release. Every build is higher than the one before, by NuGet.Versioning, and
/// so is its FileVersion.
/// </summary>
public class BetaChannelPath
{
    private static readonly string[] Outputs = { "-getProperty:ReleaseTasksChannel" };

    [Fact]
    public void AlphaThenABetaTagThenARcBranchThenTheReleaseOnlyEverRise()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        var builds = new List<(string Version, string Channel, string FileVersion)>();
        void Build()
        {
            var p = s.Version(null, Outputs);
            builds.Add((p["Version"], p["ReleaseTasksChannel"], p["FileVersion"]));
        }

        s.Repo.Commit("feat!: the new api");
        Build();
        s.Repo.Tag("v2.0.0-beta.1");
        Build();
        s.Repo.Commit("fix: a beta bug");
        Build();
        s.Repo.Checkout("-b", "release/2.0");
        s.Repo.Commit("fix: a release bug");
        Build();
        s.Repo.Tag("v2.0.0-rc.1");
        Build();
        s.Repo.Commit("fix: a last bug");
        Build();
        s.Repo.Tag("v2.0.0");
        Build();

        Assert.Equal(new[]
        {
            ("2.0.0-alpha.1", "alpha"), ("2.0.0-beta.1", "beta"), ("2.0.0-beta.1.1", "beta"), ("2.0.0-rc.0.2", "rc"),
            ("2.0.0-rc.1", "rc"), ("2.0.0-rc.1.1", "rc"), ("2.0.0", "stable"),
        }, builds.Select(b => (b.Version, b.Channel)));
        for (var i = 1; i < builds.Count; i++)
        {
            Assert.True(VersionComparer.Default.Compare(SemanticVersion.Parse(builds[i].Version), SemanticVersion.Parse(builds[i - 1].Version)) > 0,
                $"{builds[i].Version} should be higher than {builds[i - 1].Version}");
            Assert.True(System.Version.Parse(builds[i].FileVersion) > System.Version.Parse(builds[i - 1].FileVersion),
                $"FileVersion {builds[i].FileVersion} ({builds[i].Version}) should be higher than {builds[i - 1].FileVersion} ({builds[i - 1].Version})");
        }
    }

    [Fact]
    public void ABetaBranchBuildsTheBetaChannelAndIsPromotedAfterAnAlphaTag()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Checkout("-b", "beta/2.0");
        s.Repo.Commit("fix: first");

        var fromRelease = s.Version(null, Outputs);
        Assert.Equal(("2.0.0-beta.1", "beta", "2.0.0.20001"), (fromRelease["Version"], fromRelease["ReleaseTasksChannel"], fromRelease["FileVersion"]));

        s.Repo.Checkout("main");
        s.Repo.Commit("feat!: next");
        s.Repo.Tag("v2.0.0-alpha.3");
        s.Repo.Checkout("-b", "beta/next");
        s.Repo.Commit("fix: second");

        var promoted = s.Version(null, Outputs);
        Assert.Equal(("2.0.0-beta.0.1", "beta"), (promoted["Version"], promoted["ReleaseTasksChannel"]));
        Assert.Contains("alpha → beta", promoted.Output);
        Assert.True(VersionComparer.Default.Compare(SemanticVersion.Parse(promoted["Version"]), SemanticVersion.Parse("2.0.0-alpha.3")) > 0);
    }
}
