using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

public class VersionTagTests
{
    /// <summary>The SemVer 2.0 grammar as semver.org gives it, ASCII only, anchored at the very end.</summary>
    private static readonly Regex SemVerOrg = new(
        @"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)" +
        @"(?:-((?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*))?" +
        @"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?\z",
        RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("v1.2.3", null, "1.2.3")]
    [InlineData("V1.2.3", null, "1.2.3")]
    [InlineData("1.2.3", null, "1.2.3")]
    [InlineData("1.2.3", "", "1.2.3")]
    [InlineData("v0.0.0", null, "0.0.0")]
    [InlineData("v1.0.0-rc.1", null, "1.0.0-rc.1")]
    [InlineData("v1.0.0-rc.1+build.5", null, "1.0.0-rc.1+build.5")]
    [InlineData("v1.0.0+build.007", null, "1.0.0+build.007")]
    [InlineData("v1.0.0-alpha-1.0a.x-y", null, "1.0.0-alpha-1.0a.x-y")]
    [InlineData("v1.0.0-0A.--", null, "1.0.0-0A.--")]
    [InlineData("v2147483647.0.0", null, "2147483647.0.0")]
    [InlineData("mylib-v2.0.0", "mylib-v", "2.0.0")]
    [InlineData("mylib/2.0.0-beta.1", "mylib/", "2.0.0-beta.1")]
    public void ReadsVersionTags(string tag, string? prefix, string version)
    {
        Assert.True(VersionTag.TryParseName(tag, prefix, out var v));
        Assert.Equal(version, v!.ToFullString());
    }

    [Theory]
    [InlineData("vfoo", null)]
    [InlineData("v1.2", null)]
    [InlineData("v1", null)]
    [InlineData("v01.2.3", null)]
    [InlineData("v1.02.3", null)]
    [InlineData("v1.2.03", null)]
    [InlineData("v1.2.3.4", null)]
    [InlineData("v1.2.3-01", null)]
    [InlineData("v1.2.3-", null)]
    [InlineData("v1.2.3+", null)]
    [InlineData("v1.2.3-rc..1", null)]
    [InlineData("v1.2.3-rc.1+", null)]
    [InlineData("v1.2.3+a..b", null)]
    [InlineData("v1.2.3+a+b", null)]
    [InlineData("v1.2.3-rc_1", null)]
    [InlineData("v1.2.3-ünï", null)]
    [InlineData("v١.٢.٣", null)]
    [InlineData(" v1.2.3", null)]
    [InlineData("v1.2.3 ", null)]
    [InlineData("v1.2.3\n", null)]
    [InlineData("v-1.2.3", null)]
    [InlineData("v+1.2.3", null)]
    [InlineData("", null)]
    [InlineData("v", null)]
    [InlineData("v1.2.3", "mylib-v")]
    [InlineData("mylib-V1.2.3", "mylib-v")]
    [InlineData("MYLIB-v1.2.3", "mylib-v")]
    [InlineData("vv1.2.3", null)]
    [InlineData("release-1.2.3", null)]
    [InlineData("v99999999999.0.0", null)]
    [InlineData("v2147483648.0.0", null)]
    public void RejectsWhatIsNotSemVer(string tag, string? prefix) =>
        Assert.False(VersionTag.TryParseName(tag, prefix, out _));

    [Fact]
    public void TryParseKeepsTheNameAndTheCommit()
    {
        Assert.True(VersionTag.TryParse("v1.2.3-rc.1", "abc123", null, out var tag));

        Assert.Equal(new VersionTag("v1.2.3-rc.1", NuGet.Versioning.SemanticVersion.Parse("1.2.3-rc.1"), "abc123"), tag);
        Assert.True(tag!.Version.IsPrerelease);
        Assert.False(VersionTag.TryParse("vfoo", "abc123", null, out var none));
        Assert.Null(none);
    }

    [Theory]
    [InlineData("mylib-v1.0.0", "mylib-v", true)]
    [InlineData("mylib-vfoo", "mylib-v", true)]
    [InlineData("other-v1.0.0", "mylib-v", false)]
    [InlineData("MYLIB-v1.0.0", "mylib-v", false)]
    [InlineData("anything", "", true)]
    [InlineData("anything", null, true)]
    public void HasPrefixIsOrdinal(string tag, string? prefix, bool expected) =>
        Assert.Equal(expected, VersionTag.HasPrefix(tag, prefix));

    [Theory]
    [InlineData("1.2.3", true)]
    [InlineData("1.2.3-rc.1+sha.5114f85", true)]
    [InlineData("1.2.3-0", true)]
    [InlineData("1.2.3-00", false)]
    [InlineData("1.2.3-0a", true)]
    [InlineData("1.2.3+00", true)]
    [InlineData("1.2", false)]
    [InlineData("1.2.3.4", false)]
    [InlineData("1..3", false)]
    [InlineData("a.b.c", false)]
    public void IsSemVerFollowsTheGrammar(string text, bool expected)
    {
        Assert.Equal(expected, VersionTag.IsSemVer(text));
        Assert.Equal(expected, VersionTag.TryParseSemVer(text, out var v));
        Assert.Equal(expected, v != null);
    }

    [Property(MaxTest = 2000)]
    public void TryParseNameNeverThrows(string? tag, string? prefix)
    {
        if (VersionTag.TryParseName(tag ?? "", prefix, out var v)) Assert.NotNull(v);
    }

    /// <summary>
    /// Strings shaped like versions — numbers, identifiers and separators, valid ones and near misses (leading
    /// zeros, empty identifiers, two or four parts, stray characters) — so that both answers are tried often.
    /// </summary>
    private static Arbitrary<string> VersionLike()
    {
        var number = Gen.Elements("0", "1", "7", "10", "01", "00", "2147483647", "2147483648", "", "a", "١");
        var identifier = Gen.Elements("0", "1", "01", "rc", "RC", "alpha-1", "0a", "--", "", "x_y", "ü", " ");
        var identifiers = identifier.ArrayOf().Select(ids => string.Join(".", ids));
        var core = number.ArrayOf().Select(parts => string.Join(".", parts));
        var threeParts = from a in number from b in number from c in number select $"{a}.{b}.{c}";
        var prefix = Gen.Elements("", "", "v", "V", "vv", " ");
        var pre = Gen.OneOf(Gen.Constant(""), identifiers.Select(i => "-" + i));
        var meta = Gen.OneOf(Gen.Constant(""), identifiers.Select(i => "+" + i));
        var text = from p in prefix from c in Gen.OneOf(threeParts, threeParts, core) from r in pre from m in meta select p + c + r + m;
        return Arb.From(text);
    }

    [Property(MaxTest = 3000)]
    public Property AcceptsExactlyTheSemVerGrammar() =>
        Prop.ForAll(VersionLike(), text =>
        {
            var expected = SemVerOrg.Match(text) is { Success: true } m
                           && int.TryParse(m.Groups[1].Value, out _) && int.TryParse(m.Groups[2].Value, out _) && int.TryParse(m.Groups[3].Value, out _);
            Assert.Equal(expected, VersionTag.IsSemVer(text));
            Assert.Equal(expected, VersionTag.TryParseSemVer(text, out _));
        });

    [Property(MaxTest = 3000)]
    public Property AcceptedTagsRoundTripExactly() =>
        Prop.ForAll(VersionLike(), text =>
        {
            if (!VersionTag.TryParseName(text, null, out var v)) return;
            var withoutV = text.StartsWith('v') || text.StartsWith('V') ? text.Substring(1) : text;
            Assert.Equal(withoutV, v.ToFullString());
            Assert.Matches(SemVerOrg, v.ToFullString());
        });

    [Property(MaxTest = 500)]
    public void EveryVersionMadeOfNumbersParses(NonNegativeInt major, NonNegativeInt minor, NonNegativeInt patch, PositiveInt rc, bool upperV)
    {
        var tag = $"{(upperV ? "V" : "v")}{major.Get}.{minor.Get}.{patch.Get}-rc.{rc.Get}";

        Assert.True(VersionTag.TryParseName(tag, null, out var v));
        Assert.Equal((major.Get, minor.Get, patch.Get), (v!.Major, v.Minor, v.Patch));
        Assert.Equal(new[] { "rc", rc.Get.ToString(System.Globalization.CultureInfo.InvariantCulture) }, v.ReleaseLabels.ToArray());
    }
}
