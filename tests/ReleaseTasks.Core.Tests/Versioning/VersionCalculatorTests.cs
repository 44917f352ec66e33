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

    private static VersionTag Tag(string name, string commit = "1111111111111111111111111111111111111111") =>
        VersionTag.TryParse(name, commit, null, out var t) ? t : throw new System.ArgumentException(name);

    /// <summary>The effective commits of messages given oldest first (the order they were made in).</summary>
    private static IReadOnlyList<ReleaseCommit> Commits(params string[] oldestFirst) =>
        CommitRange.Effective(oldestFirst.Reverse().Select((m, i) => new GitCommit(i.ToString().PadRight(40, 'a'), new[] { "p".PadRight(40, '0') }, m)));

    private static VersionResult Calc(string? previous, string? branch, params string[] oldestFirst) =>
        Calc(previous, branch, null, new VersionSettings(), oldestFirst);

    private static VersionResult Calc(string? previous, string? branch, int? pr, VersionSettings settings, params string[] oldestFirst) =>
        VersionCalculator.Calculate(new VersionInputs
        {
            HeadCommit = Head,
            PreviousTag = previous == null ? null : Tag(previous),
            Height = oldestFirst.Length,
            Commits = Commits(oldestFirst),
            Branch = branch,
            PullRequest = pr,
        }, settings);

    [Fact]
    public void NoTagAndThreeCommitsOnMain()
    {
        var r = Calc(null, "main", "chore: a", "feat: b", "fix: c");

        Assert.Equal("0.1.0-alpha.3", r.PackageVersion);
        Assert.Equal("0.1.0.10003", r.FileVersion);
        Assert.Equal("0.0.0.0", r.AssemblyVersion);
        Assert.Equal("0.1.0-alpha.3+" + Head, r.InformationalVersion);
        Assert.Equal(3, r.Height);
        Assert.Equal("", r.PreviousTag);
        Assert.Null(r.PreviousVersion);
        Assert.Equal("main", r.Branch);
        Assert.Empty(r.Diagnostics);
        Assert.Equal("0.1.0-alpha.3 (no version tag; 0.1.0 + 3 commits on main)", r.Explanation);
    }

    [Fact]
    public void NoTagStartsFromTheConfiguredInitialVersion()
    {
        var r = Calc(null, "feature/x", null, new VersionSettings { InitialVersion = new SemanticVersion(1, 0, 0) }, "a");

        Assert.Equal("1.0.0-alpha.feature-x.1", r.PackageVersion);
    }

    [Fact]
    public void TaggedHeadIsExactlyTheHighestTag()
    {
        var r = VersionCalculator.Calculate(new VersionInputs
        {
            HeadCommit = Head,
            HeadTags = new[] { Tag("v1.0.0", Head), Tag("v1.2.0", Head), Tag("v1.1.0", Head), Tag("v1.2.0-rc.1", Head) },
            PreviousTag = Tag("v0.9.0"),
            Height = 5,
            Commits = Commits("feat!: ignored when HEAD is tagged"),
            Branch = "feature/x",
        }, new VersionSettings());

        Assert.Equal("1.2.0", r.PackageVersion);
        Assert.Equal("1.0.0.0", r.AssemblyVersion);
        Assert.Equal("1.2.0.60000", r.FileVersion);
        Assert.Equal("1.2.0+" + Head, r.InformationalVersion);
        Assert.Matches("^1\\.2\\.0\\+[0-9a-f]{40}$", r.InformationalVersion);
        Assert.Equal(0, r.Height);
        Assert.Equal("v1.2.0", r.PreviousTag);
        Assert.Equal("1.2.0 (tag v1.2.0 on HEAD)", r.Explanation);
    }

    [Fact]
    public void APreReleaseTagOnHeadIsTheVersionToo()
    {
        var r = VersionCalculator.Calculate(new VersionInputs { HeadCommit = Head, HeadTags = new[] { Tag("v2.0.0-rc.2", Head) }, Branch = "main" }, new VersionSettings());

        Assert.Equal("2.0.0-rc.2", r.PackageVersion);
        Assert.Equal("2.0.0.30200", r.FileVersion);
    }

    [Theory]
    // The story of DESIGN.md on main after v1.2.0.
    [InlineData("v1.2.0", "main", "1.2.1-alpha.2", "fix: a", "fix(core): b")]
    [InlineData("v1.2.0", "main", "1.3.0-alpha.3", "fix: a", "fix(core): b", "feat(api): c")]
    [InlineData("v1.2.0", "main", "2.0.0-alpha.4", "fix: a", "fix(core): b", "feat(api): c", "FEAT!: d")]
    // Breaking changes: a footer counts, prose in a body paragraph does not.
    [InlineData("v1.2.0", "main", "2.0.0-alpha.1", "fix: a\n\nBREAKING-CHANGE: gone")]
    [InlineData("v1.2.0", "main", "2.0.0-alpha.1", "fix: a\n\nBREAKING CHANGE: gone")]
    [InlineData("v1.2.0", "main", "1.2.1-alpha.1", "fix: a\n\nWhile at it we noticed this\nBREAKING CHANGE: is prose in the body")]
    [InlineData("v1.2.0", "main", "1.2.1-alpha.1", "fix: a\n\nnot a BREAKING CHANGE: here")]
    // Major 0: a breaking change is a minor.
    [InlineData("v0.3.0", "main", "0.4.0-alpha.1", "feat!: x")]
    [InlineData("v0.3.0", "main", "0.3.1-alpha.1", "fix: x")]
    // A pre-release tag counts on.
    [InlineData("v1.0.0-rc.1", "main", "1.0.0-rc.1.2", "fix: a", "feat!: b")]
    [InlineData("v1.0.0-rc.1", "feature/x", "1.0.0-rc.1.1", "fix: a")]
    // Branch policies.
    [InlineData("v2.0.0", "release/3.1", "3.1.0-rc.2", "feat: a", "fix: b")]
    [InlineData("v2.0.0", "release/3.1.2", "3.1.2-rc.1", "fix: a")]
    [InlineData("v2.0.0", "release/2.0", "2.1.0-rc.2", "feat: a", "fix: b")]
    [InlineData("v2.0.0", "release/next", "2.1.0-rc.1", "feat: a")]
    [InlineData("v3.1.0-rc.1", "release/3.2", "3.2.0-rc.1", "fix: a")]
    [InlineData("v3.1.0-rc.1", "release/3.1", "3.1.0-rc.1.1", "fix: a")]
    [InlineData("v2.0.0", "feature/Login_Page", "2.1.0-alpha.feature-login-page.2", "feat: a", "feat: b")]
    [InlineData("v2.0.0", "hotfix/crash", "2.0.1-rc.2", "feat: a", "fix: b")]
    [InlineData("v2.0.0", "support/2.x", "2.0.1-rc.1", "feat!: a")]
    [InlineData("v2.0.0", "develop", "2.1.0-alpha.1", "feat: a")]
    [InlineData("v2.0.0", null, "2.1.0-alpha.1", "feat: a")]
    // Messages that are not Conventional Commits are patches.
    [InlineData("v1.0.0", "main", "1.0.1-alpha.2", "Update README", "WIP")]
    [InlineData("v1.0.0", "main", "1.0.1-alpha.1", "Update deps\n\nBREAKING CHANGE: a footer under a free-form subject")]
    // Reverted commits do not bump (the height still counts every commit).
    [InlineData("v1.0.0", "main", "1.0.1-alpha.3", "feat: a", "fix: b", "Revert \"feat: a\"\n\nThis reverts commit 2aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.")]
    public void RulesOfTheDesign(string previous, string? branch, string expected, params string[] oldestFirst) =>
        Assert.Equal(expected, Calc(previous, branch, oldestFirst).PackageVersion);

    [Fact]
    public void HeightAndFileVersionAfterTwoFixes()
    {
        var r = Calc("v1.2.0", "main", "fix: a", "fix(core): b");

        Assert.Equal("1.2.1-alpha.2", r.PackageVersion);
        Assert.Equal("1.2.1.10002", r.FileVersion);
        Assert.Equal("1.0.0.0", r.AssemblyVersion);
        Assert.Equal(2, r.Height);
        Assert.Equal("v1.2.0", r.PreviousTag);
        Assert.Equal("1.2.0", r.PreviousVersion!.ToFullString());
    }

    [Theory]
    [InlineData("1.3.0-alpha.5 (v1.2.0 + 5 commits on main; feat 2aaaaaa → minor)", "v1.2.0", "main", "fix: a", "fix: b", "feat: c", "chore: d", "fix: e")]
    [InlineData("1.2.1-alpha.1 (v1.2.0 + 1 commit on main; fix 0aaaaaa → patch)", "v1.2.0", "main", "fix: a")]
    [InlineData("2.0.0-alpha.1 (v1.2.0 + 1 commit on main; breaking change 0aaaaaa → major)", "v1.2.0", "main", "feat!: a")]
    [InlineData("0.4.0-alpha.1 (v0.3.0 + 1 commit on main; breaking change 0aaaaaa → minor (major is 0))", "v0.3.0", "main", "feat!: a")]
    [InlineData("1.2.1-alpha.1 (v1.2.0 + 1 commit on main; no feat or breaking change → patch)", "v1.2.0", "main", "WIP")]
    [InlineData("2.0.1-rc.1 (v2.0.0 + 1 commit on hotfix/crash; hotfix branch → patch)", "v2.0.0", "hotfix/crash", "fix: a")]
    [InlineData("3.1.0-rc.1 (v2.0.0 + 1 commit on release/3.1; version from the branch name)", "v2.0.0", "release/3.1", "fix: a")]
    [InlineData("1.0.0-rc.1.2 (v1.0.0-rc.1 + 2 commits on main)", "v1.0.0-rc.1", "main", "fix: a", "fix: b")]
    [InlineData("2.1.0-alpha.1 (v2.0.0 + 1 commit on a detached HEAD; feat 0aaaaaa → minor)", "v2.0.0", null, "feat: a")]
    public void OneLineExplainsTheResult(string expected, string previous, string? branch, params string[] oldestFirst) =>
        Assert.Equal(expected, Calc(previous, branch, oldestFirst).Explanation);

    /// <summary>Issue 14: with a fix in the range the line said "build → patch" (the newest commit), later "chore → patch".</summary>
    [Theory]
    [InlineData("1.2.1-alpha.2 (v1.2.0 + 2 commits on main; fix 1aaaaaa → patch)", "fix: a", "build: b")]
    [InlineData("1.2.1-alpha.3 (v1.2.0 + 3 commits on main; fix 2aaaaaa → patch)", "fix: a", "build: b", "chore: c")]
    [InlineData("1.2.1-alpha.3 (v1.2.0 + 3 commits on main; perf 1aaaaaa → patch)", "WIP", "perf: a", "chore: c")]
    [InlineData("1.2.1-alpha.2 (v1.2.0 + 2 commits on main; chore 0aaaaaa → patch)", "Update README", "chore: c")]
    public void APatchIsExplainedByTheCommitThatMeansOne(string expected, params string[] oldestFirst) =>
        Assert.Equal(expected, Calc("v1.2.0", "main", oldestFirst).Explanation);

    [Fact]
    public void NoCommitsSinceTheTagIsAPatchDecidedByNothing()
    {
        var r = Calc("v1.0.0", "main");

        Assert.Equal("1.0.1-alpha.0", r.PackageVersion);
        Assert.Equal("1.0.1-alpha.0 (v1.0.0 + 0 commits on main; no commits → patch)", r.Explanation);
    }

    [Fact]
    public void AFeatureOnAHotfixBranchIsReportedAndStaysAPatch()
    {
        var r = Calc("v2.0.0", "hotfix/crash", "feat: a", "fix: b");

        Assert.Equal("2.0.1-rc.2", r.PackageVersion);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticCatalog.FeatureOnMaintenanceBranch, d.Code);
        Assert.Equal("RT1006", d.Code);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("hotfix/crash", d.Message);
        Assert.Contains("2.0.1 stays a patch", d.Message);
        Assert.Contains("1aaaaaa", d.Message);
    }

    [Fact]
    public void FixesOnlyOnAHotfixBranchAreNotReported() =>
        Assert.Empty(Calc("v2.0.0", "hotfix/crash", "fix: a", "fix: b").Diagnostics);

    [Fact]
    public void PullRequestFromMain()
    {
        var r = Calc("v2.0.0", "main", 42, new VersionSettings(), "feat: a");

        Assert.Equal("2.1.0-pr.42.1", r.PackageVersion);
        Assert.Equal("2.1.0-pr.42.1 (v2.0.0 + 1 commit on pull request 42; feat 0aaaaaa → minor)", r.Explanation);
    }

    [Fact]
    public void PullRequestWinsOverTheBranchPolicyAndUsesTheConfiguredLabel()
    {
        Assert.Equal("2.1.0-pr.7.2", Calc("v2.0.0", "hotfix/crash", 7, new VersionSettings(), "feat: a", "fix: b").PackageVersion);
        Assert.Equal("2.1.0-pull.7.build.1", Calc("v2.0.0", "feature/x", 7, new VersionSettings { PullRequestLabel = "pull.{pr}.build.{h}" }, "feat: a").PackageVersion);
        Assert.Equal("0.1.0-pr.42.3", Calc(null, "main", 42, new VersionSettings(), "a", "b", "c").PackageVersion);
    }

    [Fact]
    public void UserPoliciesComeBeforeTheDefaults()
    {
        var settings = new VersionSettings
        {
            BranchPolicies = new[]
            {
                new BranchPolicy("main", "main", "beta.{h}", CoreVersionRule.Bump),
                new BranchPolicy("stable", "stable/*", "", CoreVersionRule.Patch),
            },
        };

        Assert.Equal("2.1.0-beta.1", Calc("v2.0.0", "main", null, settings, "feat: a").PackageVersion);
        Assert.Equal("2.0.1", Calc("v2.0.0", "stable/2.x", null, settings, "fix: a").PackageVersion);
        Assert.Equal("2.0.1-rc.1", Calc("v2.0.0", "hotfix/x", null, settings, "fix: a").PackageVersion);
    }

    [Fact]
    public void TagMetadataAndTheCommitAppearOnceInTheInformationalVersion()
    {
        var r = VersionCalculator.Calculate(new VersionInputs { HeadCommit = Head, HeadTags = new[] { Tag("v1.0.0+build.7", Head) } }, new VersionSettings());

        Assert.Equal("1.0.0", r.PackageVersion);
        Assert.Equal("1.0.0+build.7." + Head, r.InformationalVersion);
    }

    [Fact]
    public void AssemblyVersionPrecisionComesFromTheSettings()
    {
        var r = Calc("v3.4.5", "main", null, new VersionSettings { AssemblyVersionPrecision = AssemblyVersionPrecision.Minor }, "fix: a");

        Assert.Equal("3.4.0.0", r.AssemblyVersion);
        Assert.Equal(AssemblyVersionPrecision.Minor, r.AssemblyVersionPrecision);
    }

    [Theory]
    [InlineData("release/3.1", "3.1.0")]
    [InlineData("release/v3.1.2", "3.1.2")]
    [InlineData("release/V3.1", "3.1.0")]
    [InlineData("team/release/3.1", "3.1.0")]
    [InlineData("release/next", null)]
    [InlineData("release/3", null)]
    [InlineData("release/3.1.2.4", null)]
    [InlineData("release/3.x", null)]
    [InlineData("release/-3.1", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void VersionFromBranchName(string? branch, string? expected) =>
        Assert.Equal(expected, VersionCalculator.VersionFromBranchName(branch)?.ToNormalizedString());

    [Fact]
    public void ReleaseBranchWithoutAnyTagTakesItsVersionFromTheName()
    {
        var r = VersionCalculator.Calculate(new VersionInputs { HeadCommit = Head, Height = 4, Branch = "release/3.1" }, new VersionSettings());

        Assert.Equal("3.1.0-rc.4", r.PackageVersion);
    }
}
