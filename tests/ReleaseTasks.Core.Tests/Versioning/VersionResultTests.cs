using NuGet.Versioning;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

public class VersionResultTests
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";

    [Fact]
    public void PackageVersionHasNoMetadataAndInformationalVersionTheCommitOnce()
    {
        var r = new VersionResult { Version = SemanticVersion.Parse("1.3.0-alpha.3"), Commit = Commit, Height = 3 };

        Assert.Equal("1.3.0-alpha.3", r.PackageVersion);
        Assert.Equal("1.3.0-alpha.3+" + Commit, r.InformationalVersion);
        Assert.Equal("alpha.3", r.PreRelease);
    }

    [Fact]
    public void MetadataOfTheTagIsKeptAndTheCommitAppendedWithADot()
    {
        var r = new VersionResult { Version = SemanticVersion.Parse("1.0.0+build.7"), Commit = Commit };

        Assert.Equal("1.0.0", r.PackageVersion);
        Assert.Equal("1.0.0+build.7." + Commit, r.InformationalVersion);
        Assert.Equal(1, r.InformationalVersion.Split('+').Length - 1);
    }

    [Fact]
    public void WithoutACommitTheInformationalVersionIsTheVersion()
    {
        var r = new VersionResult { Version = SemanticVersion.Parse("0.1.0-alpha.0") };

        Assert.Equal("0.1.0-alpha.0", r.InformationalVersion);
    }

    [Theory]
    [InlineData(AssemblyVersionPrecision.Major, "3.0.0.0")]
    [InlineData(AssemblyVersionPrecision.Minor, "3.4.0.0")]
    [InlineData(AssemblyVersionPrecision.Patch, "3.4.5.0")]
    public void AssemblyVersionKeepsTheConfiguredParts(AssemblyVersionPrecision precision, string expected)
    {
        var r = new VersionResult { Version = new SemanticVersion(3, 4, 5, "rc.1"), AssemblyVersionPrecision = precision, Height = 9 };

        Assert.Equal(expected, r.AssemblyVersion);
    }

    [Fact]
    public void FileVersionIsTheCoreAndTheWeightedHeight()
    {
        var r = new VersionResult { Version = SemanticVersion.Parse("1.2.1-alpha.2"), Height = 2 };

        Assert.Equal("1.2.1.10002", r.FileVersion);
        Assert.Equal("1.0.0.0", r.AssemblyVersion);
    }

    [Fact]
    public void FileVersionPartsAreClampedToWhatWindowsAccepts()
    {
        var r = new VersionResult { Version = new SemanticVersion(70000, 65535, 65534), Height = 100000, AssemblyVersionPrecision = AssemblyVersionPrecision.Patch };

        Assert.Equal("65534.65534.65534.65534", r.FileVersion);
        Assert.Equal("65534.65534.65534.0", r.AssemblyVersion);
    }
}
