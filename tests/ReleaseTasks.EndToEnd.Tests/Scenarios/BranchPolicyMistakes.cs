using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>Issue 14: `Label="nightly.{h}"` (an attribute MSBuild reserves) was accepted silently and the default label
/// used; `PreRelease="nightly.{date}"` got a generic RT0002 that did not say `{date}` is unknown.</summary>
public class BranchPolicyMistakes
{
    private static Scenario NightlyBranch(string item)
    {
        var s = Scenario.Create(extraItems: item);
        s.Repo.Tag("v1.0.0");
        s.Repo.Checkout("-b", "nightly/2026-11-24");
        s.Repo.Commit("fix: something");
        return s;
    }

    [Fact]
    public void TheReservedLabelAttributeIsAWarningThatNamesPreRelease()
    {
        var s = NightlyBranch("""<ReleaseTasksBranch Include="nightly" Match="nightly/*" Label="nightly.{h}" Core="Patch" />""");

        var p = s.Version();

        Assert.Equal("1.0.1-alpha.nightly-2026-11-24.1", p["Version"]);
        var warning = Assert.Single(p.Messages("warning RT0006:"));
        Assert.Contains(p.Output.Split('\n'), l => l.Contains("probe.csproj(") && l.Contains("warning RT0006:"));
        Assert.Contains("Label", warning);
        Assert.Contains("PreRelease=\"nightly.{h}\"", warning);
    }

    [Fact]
    public void UnknownMetadataIsAWarningThatNamesTheRightOne()
    {
        var s = NightlyBranch("""<ReleaseTasksBranch Include="nightly" Match="nightly/*" PreRelease="nightly.{h}" Bump="Patch" />""");

        var p = s.Version();

        Assert.Equal("1.0.1-nightly.1", p["Version"]);
        var warning = Assert.Single(p.Messages("warning RT0006:"));
        Assert.Contains("Bump=\"Patch\"", warning);
        Assert.Contains("did you mean Core", warning);
    }

    [Fact]
    public void AnUnknownPlaceholderIsAnErrorThatNamesItAndTheKnownOnes()
    {
        var s = NightlyBranch("""<ReleaseTasksBranch Include="nightly" Match="nightly/*" PreRelease="nightly.{date}" />""");

        var p = s.Version();

        Assert.NotEqual(0, p.Result.ExitCode);
        var error = Assert.Single(p.Messages("error RT0002:"));
        // The old generic message listed {h}, {slug} and {pr} too, and echoed the value: the point is that {date} is named.
        Assert.Contains("uses {date}, which is not a placeholder", error);
        Assert.Contains("{h}", error);
        Assert.Contains("{slug}", error);
        Assert.Contains("{pr}", error);
    }
}
