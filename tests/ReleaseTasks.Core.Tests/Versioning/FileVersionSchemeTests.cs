using System;
using System.Linq;
using FsCheck.Xunit;
using NuGet.Versioning;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

public class FileVersionSchemeTests
{
    private static readonly SemanticVersion Stable = SemanticVersion.Parse("1.2.0");

    // A build whose label came from the branch policy after a stable tag: 1.3.0-alpha.5 at height 5.
    private static VersionResult PolicyBuild(string label, int height) => new()
    {
        Version = SemanticVersion.Parse($"1.3.0-{label}.{height}"), Height = height, PreviousVersion = Stable,
    };

    // A build on or after a pre-release tag: 1.3.0-rc.2 on HEAD (height 0), or 1.3.0-rc.2.3 three commits later.
    private static VersionResult TagBuild(string channel, int tag, int height)
    {
        var previous = SemanticVersion.Parse($"1.3.0-{channel}.{tag}");
        return new VersionResult
        {
            Version = height == 0 ? previous : SemanticVersion.Parse($"1.3.0-{channel}.{tag}.{height}"),
            Height = height,
            PreviousVersion = previous,
        };
    }

    private static VersionResult Release(int height) => new() { Version = SemanticVersion.Parse("1.3.0"), Height = height, PreviousVersion = Stable };

    private static Version FileVersion(VersionResult r, FileVersionScheme? scheme = null) => Version.Parse((scheme ?? FileVersionScheme.Default).FileVersion(r));

    [Theory]
    [InlineData("1.3.0-alpha.5", 5, "1.2.0", "1.3.0.10005")]
    [InlineData("1.3.0-alpha.feature-x.3", 3, "1.2.0", "1.3.0.10003")]
    [InlineData("1.3.0-beta.4", 4, "1.2.0", "1.3.0.20004")]
    [InlineData("1.3.0-rc.7", 7, "1.2.0", "1.3.0.30007")]
    [InlineData("1.3.0-pr.42.3", 3, "1.2.0", "1.3.0.3")]
    [InlineData("1.3.0-nightly.12", 12, "1.2.0", "1.3.0.12")]
    [InlineData("1.3.0-rc.1", 0, "1.3.0-rc.1", "1.3.0.30100")]
    [InlineData("1.3.0-rc.1.3", 3, "1.3.0-rc.1", "1.3.0.30103")]
    [InlineData("1.3.0-rc.2", 0, "1.3.0-rc.2", "1.3.0.30200")]
    [InlineData("1.3.0-RC.2.1", 1, "1.3.0-RC.2", "1.3.0.30201")]
    [InlineData("1.3.0-rc", 0, "1.3.0-rc", "1.3.0.30000")]
    [InlineData("1.3.0-rc.1.250", 250, "1.3.0-rc.1", "1.3.0.30199")]
    [InlineData("1.3.0-alpha.12000", 12000, "1.2.0", "1.3.0.19999")]
    [InlineData("1.3.0-rc.40000", 40000, "1.2.0", "1.3.0.59999")]
    [InlineData("1.3.0", 0, "1.3.0-rc.2", "1.3.0.60000")]
    [InlineData("1.3.0", 4, "1.2.0", "1.3.0.60004")]
    [InlineData("1.3.0", 9000, "1.2.0", "1.3.0.65534")]
    [InlineData("0.1.0-alpha.0", 0, null, "0.1.0.10000")]
    public void WeightOfTheChannelPlusThePositionInIt(string version, int height, string? previous, string expected)
    {
        var r = new VersionResult
        {
            Version = SemanticVersion.Parse(version), Height = height,
            PreviousVersion = previous == null ? null : SemanticVersion.Parse(previous),
        };

        Assert.Equal(expected, FileVersionScheme.Default.FileVersion(r));
    }

    [Fact]
    public void AReleaseHistoryNeverGoesBackwards()
    {
        var history = new[]
        {
            PolicyBuild("alpha", 1), PolicyBuild("alpha", 2), PolicyBuild("alpha", 140),
            TagBuild("beta", 1, 0), TagBuild("beta", 1, 5),
            TagBuild("rc", 1, 0), TagBuild("rc", 1, 1), TagBuild("rc", 1, 2), TagBuild("rc", 2, 0), TagBuild("rc", 2, 1),
            Release(0),
        };

        var fileVersions = history.Select(r => FileVersion(r)).ToList();

        for (var i = 1; i < fileVersions.Count; i++)
            Assert.True(fileVersions[i] > fileVersions[i - 1], $"{history[i].PackageVersion} {fileVersions[i]} is not above {history[i - 1].PackageVersion} {fileVersions[i - 1]}");
    }

    // Generated builds of one Major.Minor.Patch: any channel (pr and custom labels below alpha), either kind of
    // build (label from the branch policy, or counting on after a pre-release tag), heights and tag numbers far
    // beyond what a band holds.
    private static readonly string[] PolicyLabels = { "pr.42", "nightly", "alpha", "alpha.feature-x", "beta", "rc" };
    private static readonly string[] TagChannels = { "alpha", "beta", "rc" };

    private sealed record Build(int Rank, string Label, bool AfterTag, int Tag, int Height, VersionResult Result);

    private static int Rank(string label) => label.Split('.')[0] switch { "alpha" => 1, "beta" => 2, "rc" => 3, _ => 0 };

    private static Build Generate(int kind, int which, int tag, int height)
    {
        var h = Math.Abs(height % 70000);
        switch (Math.Abs(kind % 3))
        {
            case 0:
                var label = PolicyLabels[Math.Abs(which % PolicyLabels.Length)];
                return new Build(Rank(label), label, false, 0, h, PolicyBuild(label, h));
            case 1:
                var channel = TagChannels[Math.Abs(which % TagChannels.Length)];
                var k = Math.Abs(tag % 700);
                return new Build(Rank(channel), channel, true, k, h, TagBuild(channel, k, h));
            default:
                return new Build(4, "", false, 0, h, Release(h));
        }
    }

    // Where a build's position still fits its band, so successive builds must differ.
    private static bool FitsItsBand(Build b) => b.Rank switch
    {
        4 => FileVersionScheme.ReleaseWeight + b.Height <= FileVersionScheme.MaxPart,
        _ when b.AfterTag => b.Height < FileVersionScheme.TagStride && b.Tag * FileVersionScheme.TagStride + b.Height < (b.Rank == 3 ? 30000 : 10000),
        _ => b.Height < (b.Rank == 3 ? 30000 : 10000),
    };

    [Property(MaxTest = 20000, EndSize = 200000)]
    public void WithinOneMajorMinorPatchTheFileVersionFollowsTheChannelThenTheBuilds(int kindA, int whichA, int tagA, int heightA, int kindB, int whichB, int tagB, int heightB)
    {
        var a = Generate(kindA, whichA, tagA, heightA);
        var b = Generate(kindB, whichB, tagB, heightB);
        var fa = FileVersion(a.Result);
        var fb = FileVersion(b.Result);

        foreach (var f in new[] { fa, fb })
        {
            Assert.Equal(new Version(1, 3, 0), new Version(f.Major, f.Minor, f.Build));
            Assert.InRange(f.Revision, 0, FileVersionScheme.MaxPart);
        }

        if (a.Rank != b.Rank)
        {
            // alpha < beta < rc < the release, whatever the heights; the release is strictly the highest.
            Assert.Equal(Math.Sign(a.Rank - b.Rank), Math.Sign(fa.CompareTo(fb)));
            return;
        }

        var sameSeries = a.Label == b.Label && a.AfterTag == b.AfterTag;
        if (!sameSeries) return;
        var order = a.AfterTag ? (a.Tag, a.Height).CompareTo((b.Tag, b.Height)) : a.Height.CompareTo(b.Height);
        if (order == 0)
            Assert.Equal(fa, fb);
        else if (order < 0)
            Assert.True(FitsItsBand(b) ? fa < fb : fa <= fb, $"{a.Result.PackageVersion} → {fa}, {b.Result.PackageVersion} → {fb}");
        else
            Assert.True(FitsItsBand(a) ? fa > fb : fa >= fb, $"{a.Result.PackageVersion} → {fa}, {b.Result.PackageVersion} → {fb}");
    }

    [Fact]
    public void ConfiguredWeightsGiveChannelsOfTheirOwn()
    {
        var scheme = FileVersionScheme.Default with { Weights = FileVersionScheme.ParseWeights("pr=1000;alpha=10000;preview=25000;rc=30000")! };

        Assert.Equal(new Version(1, 3, 0, 1003), FileVersion(PolicyBuild("pr.42", 3), scheme));
        Assert.Equal(new Version(1, 3, 0, 25004), FileVersion(PolicyBuild("Preview", 4), scheme));
        // beta is no longer listed: it weighs 0 and stays below pr's band.
        Assert.Equal(new Version(1, 3, 0, 999), FileVersion(PolicyBuild("beta", 5000), scheme));
    }

    [Fact]
    public void TheHeightSchemeIsTheOldMajorMinorPatchHeight()
    {
        var scheme = FileVersionScheme.Default with { Kind = FileVersionSchemeKind.Height };

        Assert.Equal("1.3.0.5", scheme.FileVersion(PolicyBuild("alpha", 5)));
        Assert.Equal("1.3.0.0", scheme.FileVersion(Release(0)));
    }

    [Theory]
    [InlineData("Weighted", FileVersionSchemeKind.Weighted)]
    [InlineData("height", FileVersionSchemeKind.Height)]
    public void SchemeNamesInAnyCase(string text, FileVersionSchemeKind expected)
    {
        var (s, errors) = VersionSettingsReader.Read(new VersionSettingsReader.Texts { FileVersionScheme = text });

        Assert.Empty(errors);
        Assert.Equal(expected, s.FileVersion.Kind);
    }

    [Fact]
    public void WeightsAreReadIgnoringCaseAndBlanks()
    {
        var (s, errors) = VersionSettingsReader.Read(new VersionSettingsReader.Texts { FileVersionWeights = " Alpha = 100 ; rc=200;; " });

        Assert.Empty(errors);
        Assert.Equal(100, s.FileVersion.Weights["alpha"]);
        Assert.Equal(200, s.FileVersion.Weights["RC"]);
        Assert.Equal(2, s.FileVersion.Weights.Count);
    }

    [Theory]
    [InlineData("alpha")]
    [InlineData("alpha=")]
    [InlineData("alpha=-1")]
    [InlineData("alpha=60000")]
    [InlineData("alpha=1e3")]
    [InlineData("alpha=1;ALPHA=2")]
    [InlineData("al.pha=1")]
    [InlineData("=5")]
    [InlineData("alpha=1=2")]
    public void InvalidWeightsAreRT0001(string text)
    {
        var (_, errors) = VersionSettingsReader.Read(new VersionSettingsReader.Texts { FileVersionWeights = text });

        var error = Assert.Single(errors);
        Assert.Equal(DiagnosticCatalog.InvalidProperty, error.Code);
        Assert.Contains($"ReleaseTasksFileVersionWeights='{text.Trim()}' is not valid", error.Message);
        Assert.Contains("alpha=10000;beta=20000;rc=30000", error.Message);
    }

    [Fact]
    public void AnUnknownSchemeIsRT0001()
    {
        var (_, errors) = VersionSettingsReader.Read(new VersionSettingsReader.Texts { FileVersionScheme = "Semver" });

        var error = Assert.Single(errors);
        Assert.Equal(DiagnosticCatalog.InvalidProperty, error.Code);
        Assert.Contains("ReleaseTasksFileVersionScheme='Semver' is not valid: expected Weighted or Height", error.Message);
    }
}
