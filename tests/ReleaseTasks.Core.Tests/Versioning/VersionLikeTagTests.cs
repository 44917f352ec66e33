using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

public class VersionLikeTagTests
{
    [Theory]
    [InlineData("v2.1", null, "v2.1.0")]
    [InlineData("V2.1", null, "V2.1.0")]
    [InlineData("2.1", null, "2.1.0")]
    [InlineData("v02.1.0", null, "v2.1.0")]
    [InlineData("v2.01", null, "v2.1.0")]
    [InlineData("v2.1-rc.1", null, "v2.1.0-rc.1")]
    [InlineData("v2.1.0-rc.01", null, "v2.1.0-rc.1")]
    [InlineData("v2.1+build.7", null, "v2.1.0+build.7")]
    [InlineData("liba-v1.1", "liba-v", "liba-v1.1.0")]
    [InlineData("liba-v01.1.0", "liba-v", "liba-v1.1.0")]
    public void ATagThatLooksLikeAVersionHasASemVerSpelling(string name, string? prefix, string spelled)
    {
        Assert.True(VersionLikeTag.TryParse(name, "c", prefix, out var tag));
        Assert.Equal(spelled, tag.SemVerName);
        Assert.Equal(name, tag.Name);
        Assert.Equal("c", tag.CommitId);
    }

    [Theory]
    [InlineData("v2.1.0", null)] // SemVer already
    [InlineData("v3", null)] // one number: a moving major tag, not a release
    [InlineData("v1.2.3.4", null)]
    [InlineData("vfoo", null)]
    [InlineData("nightly", null)]
    [InlineData("release-2.1", null)]
    [InlineData("v2.1-", null)]
    [InlineData("v2..1", null)]
    [InlineData("v2.1-rc..1", null)]
    [InlineData("v99999999999.1", null)]
    [InlineData("libb-v3.1", "liba-v")]
    [InlineData("v2.1", "liba-v")]
    public void OtherTagsAreNot(string name, string? prefix) =>
        Assert.False(VersionLikeTag.TryParse(name, "c", prefix, out _));
}
