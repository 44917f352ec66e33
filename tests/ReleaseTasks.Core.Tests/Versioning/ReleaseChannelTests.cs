using NuGet.Versioning;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

public class ReleaseChannelTests
{
    [Theory]
    [InlineData("1.2.0", "Stable", "stable")]
    [InlineData("1.2.0+build.5", "Stable", "stable")]
    [InlineData("1.3.0-alpha.5", "PreRelease", "alpha")]
    [InlineData("1.3.0-alpha.feature-login.2", "PreRelease", "alpha")]
    [InlineData("2.0.0-beta.1.4", "PreRelease", "beta")]
    [InlineData("2.0.0-RC.1", "PreRelease", "rc")]
    [InlineData("2.1.0-pr.42.1", "PreRelease", "pr")]
    [InlineData("2.1.0-nightly.7", "PreRelease", "nightly")]
    [InlineData("2.1.0-0.3", "PreRelease", "0")]
    public void TypeAndChannelComeFromThePreReleaseLabel(string version, string type, string channel)
    {
        var v = SemanticVersion.Parse(version);

        Assert.Equal(type, ReleaseChannel.ReleaseType(v));
        Assert.Equal(channel, ReleaseChannel.Of(v));
    }

    [Theory]
    [InlineData("lts/2.x", false, true)]
    [InlineData("support/1.4", false, true)]
    [InlineData("LTS/3", false, true)]
    [InlineData("main", false, false)]
    [InlineData("feature/lts/x", false, false)]
    [InlineData("", false, false)]
    [InlineData(null, true, true)]
    [InlineData("main", true, true)]
    public void LongTermSupportIsTheBranchOrTheTeamsWord(string? branch, bool declared, bool expected) =>
        Assert.Equal(expected, ReleaseChannel.IsLts(branch, declared));
}
