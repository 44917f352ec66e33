using FsCheck.Xunit;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

public class VersionTagTests
{
    [Theory]
    [InlineData("v1.2.3", null, "1.2.3")]
    [InlineData("V1.2.3", null, "1.2.3")]
    [InlineData("1.2.3", null, "1.2.3")]
    [InlineData("v1.0.0-rc.1+build.5", null, "1.0.0-rc.1+build.5")]
    [InlineData("mylib-v2.0.0", "mylib-v", "2.0.0")]
    public void ReadsVersionTags(string tag, string? prefix, string version)
    {
        Assert.True(VersionTag.TryParseName(tag, prefix, out var v));
        Assert.Equal(version, v!.ToFullString());
    }

    [Theory]
    [InlineData("vfoo", null)]
    [InlineData("v1.2", null)]
    [InlineData("v01.2.3", null)]
    [InlineData("v1.2.3.4", null)]
    [InlineData("v1.2.3-01", null)]
    [InlineData("v1.2.3", "mylib-v")]
    [InlineData("vv1.2.3", null)]
    [InlineData("v99999999999.0.0", null)]
    public void RejectsWhatIsNotSemVer(string tag, string? prefix) =>
        Assert.False(VersionTag.TryParseName(tag, prefix, out _));

    [Property(MaxTest = 1000)]
    public void NeverThrows(string? tag, string? prefix) => VersionTag.TryParseName(tag ?? "", prefix, out _);
}
