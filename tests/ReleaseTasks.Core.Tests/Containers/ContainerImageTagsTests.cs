using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.Containers;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Containers;

public class ContainerImageTagsTests
{
    private static SemanticVersion[] Releases(params string[] versions) => versions.Select(SemanticVersion.Parse).ToArray();

    private static string Tags(string version, params string[] releases) =>
        string.Join(";", ContainerImageTags.For(SemanticVersion.Parse(version), Releases(releases)));

    [Fact]
    public void TheHighestReleaseMovesEveryTag() =>
        Assert.Equal("1.3.0;1.3;1;latest", Tags("1.3.0", "1.2.0", "1.3.0", "2.0.0-rc.1"));

    [Fact]
    public void AHotfixBelowANewerReleaseMovesOnlyItsOwnLine()
    {
        Assert.Equal("1.2.5;1.2", Tags("1.2.5", "1.2.4", "1.3.0"));
        Assert.Equal("1.4.1;1.4;1", Tags("1.4.1", "1.4.0", "2.0.0"));
        Assert.Equal("1.2.3", Tags("1.2.3", "1.2.4"));
    }

    [Fact]
    public void APreReleaseGetsOnlyItsFullVersion() =>
        Assert.Equal("2.0.0-rc.1.4", Tags("2.0.0-rc.1.4", "1.0.0"));

    [Fact]
    public void BuildMetadataIsWrittenWithAnUnderscore() =>
        Assert.Equal("1.0.0_build.5;1.0;1;latest", Tags("1.0.0+build.5"));

    [Theory]
    [InlineData("1.3.0-alpha.5", "1.2.0", "v1.0.0 v1.2.0 v1.3.0-alpha.2 v2.0.0")]
    [InlineData("2.0.0-rc.1", "1.9.0", "v1.9.0 v2.0.0-beta.1")]
    [InlineData("1.2.5", "1.2.4", "v1.2.4 v1.3.0 v1.2.5")]
    [InlineData("1.0.0", null, "v1.0.0 v1.0.0-rc.1")]
    public void ThePreviousStableReleaseIsTheHighestBelowTheVersion(string version, string? expected, string tags)
    {
        var releases = tags.Split(' ').Select(t => SemanticVersion.Parse(t.Substring(1)));
        Assert.Equal(expected, PreviousRelease.StableBefore(SemanticVersion.Parse(version), releases)?.ToNormalizedString());
    }

    [Theory]
    [InlineData("1.2.0", "2.0.0", true)]
    [InlineData("1.2.0", "1.3.0", false)]
    [InlineData("1.2.0", "1.2.1", false)]
    [InlineData("0.2.0", "0.3.0", true)]
    [InlineData("0.2.0", "0.2.1", false)]
    public void BreaksAreAllowedInAMajorReleaseAsRt5001Judges(string baseline, string version, bool allowed) =>
        Assert.Equal(allowed, PreviousRelease.AllowsBreakingChanges(SemanticVersion.Parse(baseline), SemanticVersion.Parse(version)));
}
