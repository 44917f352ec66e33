using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.Commits;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Git;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

public class VersionCalculatorTests
{
    private const string Head = "0123456789abcdef0123456789abcdef01234567";

    private static VersionTag Tag(string name) =>
        VersionTag.TryParse(name, "t".PadRight(40, '0'), null, out var t) ? t! : throw new System.ArgumentException(name);

    private static IReadOnlyList<ReleaseCommit> Commits(params string[] messages) =>
        CommitRange.Effective(messages.Select((m, i) => new GitCommit(i.ToString().PadRight(40, 'a'), new[] { "p".PadRight(40, '0') }, m)));

    private static VersionResult Calc(string? previous, string branch, params string[] messages) =>
        VersionCalculator.Calculate(new VersionInputs
        {
            HeadCommit = Head,
            PreviousTag = previous == null ? null : Tag(previous),
            Height = messages.Length,
            Commits = Commits(messages),
            Branch = branch,
        }, new VersionSettings());

    [Fact]
    public void NoTagGivesTheInitialVersionWithTheHeight()
    {
        var r = VersionCalculator.Calculate(new VersionInputs { HeadCommit = Head, Height = 3, Branch = "main" }, new VersionSettings());

        Assert.Equal("0.1.0-alpha.3", r.PackageVersion);
        Assert.Equal("0.1.0.3", r.FileVersion);
        Assert.Equal("0.1.0-alpha.3 (no version tag; 0.1.0 + 3 commits on main)", r.Explanation);
    }

    [Fact]
    public void TaggedHeadIsExactlyTheHighestTag()
    {
        var r = VersionCalculator.Calculate(new VersionInputs
        {
            HeadCommit = Head,
            HeadTags = new[] { Tag("v1.0.0"), Tag("v1.2.0"), Tag("v1.1.0") },
            Branch = "feature/x",
        }, new VersionSettings());

        Assert.Equal("1.2.0", r.PackageVersion);
        Assert.Equal("1.0.0.0", r.AssemblyVersion);
        Assert.Equal("1.2.0.0", r.FileVersion);
        Assert.Equal("1.2.0+" + Head, r.InformationalVersion);
    }

    [Theory]
    [InlineData("v1.2.0", "main", "1.2.1-alpha.2", "fix: a", "fix(core): b")]
    [InlineData("v1.2.0", "main", "1.3.0-alpha.3", "fix: a", "fix(core): b", "feat(api): c")]
    [InlineData("v1.2.0", "main", "2.0.0-alpha.4", "fix: a", "fix(core): b", "feat(api): c", "FEAT!: d")]
    [InlineData("v1.2.0", "main", "2.0.0-alpha.1", "fix: a\n\nBREAKING-CHANGE: gone")]
    [InlineData("v1.2.0", "main", "1.2.1-alpha.1", "fix: a\n\nnot a BREAKING CHANGE: here")]
    [InlineData("v0.3.0", "main", "0.4.0-alpha.1", "feat!: x")]
    [InlineData("v1.0.0-rc.1", "main", "1.0.0-rc.1.2", "fix: a", "feat: b")]
    [InlineData("v2.0.0", "release/3.1", "3.1.0-rc.2", "feat: a", "fix: b")]
    [InlineData("v2.0.0", "release/2.0", "2.1.0-rc.2", "feat: a", "fix: b")]
    [InlineData("v2.0.0", "feature/Login_Page", "2.1.0-alpha.feature-login-page.2", "feat: a", "feat: b")]
    [InlineData("v2.0.0", "hotfix/crash", "2.0.1-rc.2", "feat: a", "fix: b")]
    [InlineData("v1.0.0", "main", "1.0.1-alpha.2", "Update README", "WIP")]
    public void RulesOfTheDesign(string previous, string branch, string expected, params string[] messages) =>
        Assert.Equal(expected, Calc(previous, branch, messages).PackageVersion);

    [Fact]
    public void FeatureOnAHotfixBranchIsReported()
    {
        var r = Calc("v2.0.0", "hotfix/crash", "feat: a", "fix: b");

        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("RT1006", d.Code);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void PullRequestLabel()
    {
        var r = VersionCalculator.Calculate(new VersionInputs
        {
            HeadCommit = Head, PreviousTag = Tag("v2.0.0"), Height = 1, Commits = Commits("feat: a"), Branch = "main", PullRequest = 42,
        }, new VersionSettings());

        Assert.Equal("2.1.0-pr.42.1", r.PackageVersion);
    }

    [Fact]
    public void TagMetadataAndTheCommitAppearOnceInTheInformationalVersion()
    {
        var r = VersionCalculator.Calculate(new VersionInputs { HeadCommit = Head, HeadTags = new[] { Tag("v1.0.0+build.7") } }, new VersionSettings());

        Assert.Equal("1.0.0", r.PackageVersion);
        Assert.Equal("1.0.0+build.7." + Head, r.InformationalVersion);
    }

    [Theory]
    [InlineData(AssemblyVersionPrecision.Major, "3.0.0.0")]
    [InlineData(AssemblyVersionPrecision.Minor, "3.4.0.0")]
    [InlineData(AssemblyVersionPrecision.Patch, "3.4.5.0")]
    public void AssemblyVersionPrecision_(AssemblyVersionPrecision precision, string expected)
    {
        var r = new VersionResult { Version = new SemanticVersion(3, 4, 5), AssemblyVersionPrecision = precision };
        Assert.Equal(expected, r.AssemblyVersion);
    }

    [Fact]
    public void FileVersionPartsAreClampedToWhatWindowsAccepts()
    {
        var r = new VersionResult { Version = new SemanticVersion(70000, 1, 2), Height = 100000 };
        Assert.Equal("65534.1.2.65534", r.FileVersion);
    }

    [Theory]
    [InlineData("release/3.1", "3.1.0")]
    [InlineData("release/v3.1.2", "3.1.2")]
    [InlineData("release/next", null)]
    [InlineData("release/3", null)]
    public void VersionFromBranchName(string branch, string? expected) =>
        Assert.Equal(expected, VersionCalculator.VersionFromBranchName(branch)?.ToNormalizedString());
}
