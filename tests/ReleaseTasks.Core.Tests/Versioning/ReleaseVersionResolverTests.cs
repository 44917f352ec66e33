using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Git;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

/// <summary>
/// The versioning rules end to end over real repositories made with the git CLI. CI variables come only from the
/// Environment function of the request, never from this process's environment.
/// </summary>
public class ReleaseVersionResolverTests
{
    private static Func<string, string?> Env(params string[] pairs)
    {
        var env = new Dictionary<string, string>();
        for (var i = 0; i < pairs.Length; i += 2) env[pairs[i]] = pairs[i + 1];
        return name => env.TryGetValue(name, out var v) ? v : null;
    }

    private static VersionResolution Resolve(string dir, Dictionary<string, string>? env = null, VersionSettings? settings = null, string git = "git") =>
        ReleaseVersionResolver.Resolve(new VersionRequest(dir, settings ?? new VersionSettings())
        {
            Git = new GitSettings { Executable = git },
            Environment = name => env != null && env.TryGetValue(name, out var v) ? v : null,
        });

    private static VersionResult Version(string dir, VersionSettings? settings = null, Func<string, string?>? env = null) =>
        ReleaseVersionResolver.Resolve(new VersionRequest(dir, settings ?? new VersionSettings()) { Environment = env ?? Env() }).Result;

    [Fact]
    public void NoTagAndThreeCommitsOnMain()
    {
        using var repo = new TempRepository();
        repo.Commits("chore: a", "feat: b", "fix: c");

        var r = Version(repo.Directory);

        Assert.Equal("0.1.0-alpha.3", r.PackageVersion);
        Assert.Equal("0.1.0.10003", r.FileVersion);
        Assert.Equal(3, r.Height);
        Assert.Equal("", r.PreviousTag);
        Assert.Equal("main", r.Branch);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void ATaggedHeadIsJudgedAgainstTheReleaseBeforeItsTag()
    {
        using var repo = new TempRepository();
        repo.Commits("feat: a");
        repo.Git("tag", "v0.8.0");
        repo.Commits("feat: b");
        repo.Git("tag", "v0.9.0-rc.1");
        repo.Commits("fix: c");
        repo.Git("tag", "v0.9.0");

        var stable = Version(repo.Directory);
        Assert.Equal("0.9.0", stable.PackageVersion);
        Assert.Equal("v0.9.0", stable.PreviousTag);
        // A stable release's pre-releases are part of it: the API is judged against the release before them.
        Assert.Equal("v0.8.0", stable.ApiBaselineTag);
        Assert.Equal("0.8.0", stable.ApiBaselineVersion!.ToNormalizedString());

        repo.Git("checkout", "-q", "v0.9.0-rc.1");
        var candidate = Version(repo.Directory);
        Assert.Equal("v0.9.0-rc.1", candidate.PreviousTag);
        Assert.Equal("v0.8.0", candidate.ApiBaselineTag);

        repo.Git("checkout", "-q", "v0.8.0");
        Assert.Equal("", Version(repo.Directory).ApiBaselineTag);

        repo.Git("checkout", "-q", "main");
        repo.Commits("fix: d");
        var untagged = Version(repo.Directory);
        Assert.Equal("v0.9.0", untagged.PreviousTag);
        Assert.Equal("v0.9.0", untagged.ApiBaselineTag);
    }

    [Fact]
    public void TheStoryOfDesignMdOnMain()
    {
        using var repo = new TempRepository();
        repo.Commits("chore: a", "chore: b", "chore: c");
        Assert.Equal("0.1.0-alpha.3", Version(repo.Directory).PackageVersion);

        repo.Git("tag", "v1.2.0");
        var tagged = Version(repo.Directory);
        Assert.Equal("1.2.0", tagged.PackageVersion);
        Assert.Equal("1.0.0.0", tagged.AssemblyVersion);
        Assert.Equal("1.2.0.60000", tagged.FileVersion);
        Assert.Equal("1.2.0+" + repo.Head, tagged.InformationalVersion);
        Assert.Matches("^1\\.2\\.0\\+[0-9a-f]{40}$", tagged.InformationalVersion);
        Assert.Equal("v1.2.0", tagged.PreviousTag);

        repo.Commits("fix: a", "fix(core): b");
        var fixes = Version(repo.Directory);
        Assert.Equal("1.2.1-alpha.2", fixes.PackageVersion);
        Assert.Equal("1.2.1.10002", fixes.FileVersion);
        Assert.Equal("1.2.1-alpha.2+" + repo.Head, fixes.InformationalVersion);

        repo.Commit("feat(api): c");
        var feat = Version(repo.Directory);
        Assert.Equal("1.3.0-alpha.3", feat.PackageVersion);
        Assert.Equal($"1.3.0-alpha.3 (v1.2.0 + 3 commits on main; feat {repo.Head.Substring(0, 7)} → minor)", feat.Explanation);

        repo.Commit("FEAT!: d");
        Assert.Equal("2.0.0-alpha.4", Version(repo.Directory).PackageVersion);
    }

    [Fact]
    public void AnnotatedTagsCountLikeLightweightOnes()
    {
        using var repo = new TempRepository();
        repo.Commit("chore: a");
        repo.Git("tag", "-a", "v1.2.0", "-m", "release 1.2.0");
        Assert.Equal("1.2.0", Version(repo.Directory).PackageVersion);

        repo.Commit("feat: b");
        var r = Version(repo.Directory);
        Assert.Equal("1.3.0-alpha.1", r.PackageVersion);
        Assert.Equal("v1.2.0", r.PreviousTag);
    }

    [Theory]
    [InlineData("2.0.0-alpha.1", "fix: a\n\nBREAKING-CHANGE: the old API is gone")]
    [InlineData("2.0.0-alpha.1", "fix: a\n\nBREAKING CHANGE: the old API is gone")]
    [InlineData("1.2.1-alpha.1", "fix: a\n\nThe review asked whether this is a\nBREAKING CHANGE: it is not, this is prose.")]
    [InlineData("1.2.1-alpha.1", "Update things\n\nBREAKING CHANGE: under a subject that is not Conventional Commits")]
    public void BreakingChangesComeFromFootersOnly(string expected, string message)
    {
        using var repo = new TempRepository();
        repo.Commit("chore: a");
        repo.Git("tag", "v1.2.0");
        repo.Commit(message);

        Assert.Equal(expected, Version(repo.Directory).PackageVersion);
    }

    [Fact]
    public void ABreakingChangeWhileMajorIsZeroIsAMinor()
    {
        using var repo = new TempRepository();
        repo.Commit("chore: a");
        repo.Git("tag", "v0.3.0");
        repo.Commit("feat!: x");

        Assert.Equal("0.4.0-alpha.1", Version(repo.Directory).PackageVersion);
    }

    [Fact]
    public void APreReleaseTagCountsOn()
    {
        using var repo = new TempRepository();
        repo.Commit("chore: a");
        repo.Git("tag", "v1.0.0-rc.1");
        repo.Commits("fix: a", "feat!: b");

        var r = Version(repo.Directory);

        Assert.Equal("1.0.0-rc.1.2", r.PackageVersion);
        Assert.Equal("1.0.0.30102", r.FileVersion);
        Assert.Equal("v1.0.0-rc.1", r.PreviousTag);
    }

    [Fact]
    public void TheHighestValidTagOnHeadWinsAndTheOthersAreReported()
    {
        using var repo = new TempRepository();
        repo.Commits("chore: a", "fix: b");
        foreach (var tag in new[] { "v1.0.0", "v1.1.0", "vfoo", "v1.2", "v01.2.3" }) repo.Git("tag", tag);

        var r = Version(repo.Directory);

        Assert.Equal("1.1.0", r.PackageVersion);
        Assert.Equal("v1.1.0", r.PreviousTag);
        var ignored = Assert.Single(r.Diagnostics, d => d.Code == DiagnosticCatalog.IgnoredTags);
        Assert.Equal(DiagnosticSeverity.Detail, ignored.Severity);
        foreach (var name in new[] { "vfoo", "v1.2", "v01.2.3" }) Assert.Contains(name, ignored.Message);
        Assert.DoesNotContain("v1.1.0", ignored.Message);
        // v01.2.3 means 1.2.3, above the v1.1.0 beside it: the one warning names it.
        var misspelled = Assert.Single(r.Diagnostics, d => d.Code == DiagnosticCatalog.VersionLikeTagNotSemVer);
        Assert.Contains("'v01.2.3' on HEAD", misspelled.Message);
        Assert.Contains("git tag v1.2.3 ", misspelled.Message);
    }

    [Fact]
    public void OnlyMalformedTagsIsAsIfThereWereNone()
    {
        using var repo = new TempRepository();
        repo.Commit("chore: a");
        repo.Git("tag", "vfoo");
        repo.Git("tag", "v1.2");
        repo.Commit("feat: b");
        repo.Git("tag", "v01.2.3");
        repo.Commit("fix: c");

        var r = Version(repo.Directory);

        Assert.Equal("0.1.0-alpha.3", r.PackageVersion);
        Assert.Equal("", r.PreviousTag);
        Assert.Equal(3, r.Height);
        Assert.Equal(new[] { DiagnosticCatalog.IgnoredTags, DiagnosticCatalog.VersionLikeTagNotSemVer }, r.Diagnostics.Select(d => d.Code));
        Assert.Contains("'v01.2.3' (commit ", r.Diagnostics[1].Message);
        Assert.Contains("as if there were no release: 0.1.0-alpha.3", r.Diagnostics[1].Message);
        Assert.Contains("1 more tag that looks like a version is not SemVer either", r.Diagnostics[1].Message);
    }

    [Fact]
    public void ATwoPartTagOnHeadIsAWarningThatNamesTheSemVerSpelling()
    {
        using var repo = new TempRepository();
        repo.Commit("chore: a");
        repo.Git("tag", "v2.0.0");
        repo.Commits("fix: b", "fix: c");
        repo.Git("tag", "v2.1");

        var r = Version(repo.Directory);

        Assert.Equal("2.0.1-alpha.2", r.PackageVersion);
        var warning = Assert.Single(r.Diagnostics, d => d.Code == "RT1010");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(
            $"Tag 'v2.1' on HEAD is not a SemVer 2.0 version, so it is ignored and this build is 2.0.1-alpha.2. If it names release 2.1.0, " +
            $"tag the same commit with the SemVer spelling: git tag v2.1.0 {repo.Head.Substring(0, 7)} && git push origin v2.1.0 (then delete 'v2.1').",
            warning.Message);
    }

    [Fact]
    public void OfManyVersionLikeTagsOnlyTheHighestReachableAboveThePreviousTagIsReported()
    {
        using var repo = new TempRepository();
        repo.Commit("chore: a");
        repo.Git("tag", "v1.5");
        repo.Git("tag", "v2.0.0");
        for (var minor = 1; minor <= 5; minor++)
        {
            repo.Commit($"feat: {minor}");
            repo.Git("tag", $"v2.{minor}");
        }
        repo.Git("checkout", "-q", "-b", "side");
        repo.Commit("feat: unreachable from main");
        repo.Git("tag", "v9.9");
        repo.Git("checkout", "-q", "main");
        repo.Commit("fix: b");

        var r = Version(repo.Directory);

        Assert.Equal("2.1.0-alpha.6", r.PackageVersion);
        var warning = Assert.Single(r.Diagnostics, d => d.Code == "RT1010");
        Assert.StartsWith("Tag 'v2.5' (commit ", warning.Message);
        Assert.Contains("computed from v2.0.0 instead: 2.1.0-alpha.6", warning.Message);
        Assert.Contains("git tag v2.5.0 ", warning.Message);
        Assert.Contains("6 more tags that look like versions are not SemVer either", warning.Message);
    }

    [Fact]
    public void VersionLikeTagsThatWouldNotChangeTheVersionAreNotReported()
    {
        using var repo = new TempRepository();
        repo.Commit("chore: a");
        repo.Git("tag", "v2.0.0");
        repo.Commit("fix: b");
        repo.Git("tag", "v1.9");
        repo.Commit("fix: c");
        foreach (var tag in new[] { "v2.1", "v2.1.0", "v3", "v1.2.3.4", "vfoo" }) repo.Git("tag", tag);

        var r = Version(repo.Directory);

        Assert.Equal("2.1.0", r.PackageVersion);
        Assert.DoesNotContain(r.Diagnostics, d => d.Code == "RT1010");
    }

    [Fact]
    public void WithAPrefixTheSemVerSpellingKeepsIt()
    {
        using var repo = new TempRepository();
        repo.Commit("chore: a");
        repo.Git("tag", "liba-v1.0.0");
        repo.Commit("fix: b");
        repo.Git("tag", "libb-v3.1");
        repo.Git("tag", "liba-v1.1");

        var r = Version(repo.Directory, new VersionSettings { TagPrefix = "liba-v" });

        Assert.Equal("1.0.1-alpha.1", r.PackageVersion);
        Assert.Contains("git tag liba-v1.1.0 ", Assert.Single(r.Diagnostics, d => d.Code == "RT1010").Message);
    }

    [Fact]
    public void AnOlderTagOnALaterCommitDoesNotWin()
    {
        using var repo = new TempRepository();
        repo.Commit("chore: a");
        repo.Git("tag", "v2.0.0");
        repo.Commit("fix: backport");
        repo.Git("tag", "v1.9.1");
        repo.Commit("fix: more");

        var r = Version(repo.Directory);

        Assert.Equal("2.0.1-alpha.2", r.PackageVersion);
        Assert.Equal("v2.0.0", r.PreviousTag);
        Assert.Equal(2, r.Height);
    }

    [Fact]
    public void ASecurityReleaseHoldsASecurityChangeSinceTheReleaseBefore()
    {
        using var repo = TaggedV2();
        repo.Commit("fix(security): escape user input");
        Assert.True(Version(repo.Directory).IsSecurityRelease);

        // The tagged release holds the range from the release before it, read for that.
        repo.Git("tag", "v2.0.1");
        var tagged = Version(repo.Directory);
        Assert.Equal("2.0.1", tagged.PackageVersion);
        Assert.True(tagged.IsSecurityRelease);

        repo.Commit("fix: an ordinary bug\n\nIt was not a security problem.");
        Assert.False(Version(repo.Directory).IsSecurityRelease);
        repo.Commit("fix: parse dates\n\nCVE: CVE-2026-0001");
        Assert.True(Version(repo.Directory).IsSecurityRelease);
    }

    [Fact]
    public void AReleaseWithoutASecurityChangeIsNotOne()
    {
        using var repo = TaggedV2();
        repo.Commit("feat: more");
        repo.Git("tag", "v2.1.0");
        Assert.False(Version(repo.Directory).IsSecurityRelease);
    }

    private static TempRepository TaggedV2() 
    {
        var repo = new TempRepository();
        repo.Commit("chore: init");
        repo.Git("tag", "v2.0.0");
        return repo;
    }

    [Fact]
    public void ReleaseBranchTakesItsVersionFromItsName()
    {
        using var repo = TaggedV2();
        repo.Git("checkout", "-q", "-b", "release/3.1");
        repo.Commits("feat: a", "fix: b");

        var r = Version(repo.Directory);

        Assert.Equal("3.1.0-rc.2", r.PackageVersion);
        Assert.Equal("release/3.1", r.Branch);
    }

    [Fact]
    public void FeatureBranchCarriesItsSlug()
    {
        using var repo = TaggedV2();
        repo.Git("checkout", "-q", "-b", "feature/Login_Page");
        repo.Commits("feat: a", "fix: b");

        Assert.Equal("2.1.0-alpha.feature-login-page.2", Version(repo.Directory).PackageVersion);
    }

    [Fact]
    public void HotfixBranchStaysAPatchAndReportsTheFeature()
    {
        using var repo = TaggedV2();
        repo.Git("checkout", "-q", "-b", "hotfix/crash");
        var feat = repo.Commit("feat: a");
        repo.Commit("fix: b");

        var r = Version(repo.Directory);

        Assert.Equal("2.0.1-rc.2", r.PackageVersion);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("RT1006", d.Code);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains(feat.Substring(0, 7), d.Message);
    }

    [Fact]
    public void PullRequestFromMain()
    {
        using var repo = TaggedV2();
        repo.Commit("feat: a");

        var r = Version(repo.Directory, env: Env("GITHUB_ACTIONS", "true", "GITHUB_REF", "refs/pull/42/merge", "GITHUB_HEAD_REF", "main"));

        Assert.Equal("2.1.0-pr.42.1", r.PackageVersion);
        Assert.Equal("main", r.Branch);
    }

    public static IEnumerable<object[]> CiCheckouts() => new[]
    {
        new object[] { new[] { "GITHUB_ACTIONS", "true", "GITHUB_REF", "refs/heads/feature/Login_Page" }, "2.1.0-alpha.feature-login-page.1", "feature/Login_Page" },
        new object[] { new[] { "GITHUB_ACTIONS", "true", "GITHUB_REF", "refs/pull/42/merge", "GITHUB_HEAD_REF", "feature/x" }, "2.1.0-pr.42.1", "feature/x" },
        new object[] { new[] { "TF_BUILD", "True", "BUILD_SOURCEBRANCH", "refs/heads/release/3.1" }, "3.1.0-rc.1", "release/3.1" },
        new object[] { new[] { "TF_BUILD", "True", "BUILD_SOURCEBRANCH", "refs/pull/17/merge", "SYSTEM_PULLREQUEST_PULLREQUESTID", "17", "SYSTEM_PULLREQUEST_SOURCEBRANCH", "refs/heads/topic" }, "2.1.0-pr.17.1", "topic" },
        new object[] { new[] { "GITLAB_CI", "true", "CI_COMMIT_BRANCH", "develop" }, "2.1.0-alpha.1", "develop" },
        new object[] { new[] { "GITLAB_CI", "true", "CI_MERGE_REQUEST_IID", "8", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "feat/z" }, "2.1.0-pr.8.1", "feat/z" },
        new object[] { new[] { "BITBUCKET_BUILD_NUMBER", "12", "BITBUCKET_BRANCH", "support/2.x" }, "2.0.1-rc.1", "support/2.x" },
        new object[] { new[] { "BITBUCKET_BUILD_NUMBER", "12", "BITBUCKET_BRANCH", "feature/b", "BITBUCKET_PR_ID", "5" }, "2.1.0-pr.5.1", "feature/b" },
        new object[] { new[] { "JENKINS_URL", "http://j/", "GIT_BRANCH", "origin/main" }, "2.1.0-alpha.1", "main" },
        new object[] { new[] { "JENKINS_URL", "http://j/", "BRANCH_NAME", "PR-9", "CHANGE_ID", "9", "CHANGE_BRANCH", "feature/a" }, "2.1.0-pr.9.1", "feature/a" },
        new object[] { new[] { "TEAMCITY_VERSION", "2024.1", "Git_Branch", "refs/heads/trunk" }, "2.1.0-alpha.1", "trunk" },
        new object[] { new[] { "TEAMCITY_VERSION", "2024.1", "Git_Branch", "refs/pull/3/head" }, "2.1.0-pr.3.1", "" },
        new object[] { new[] { "CIRCLECI", "true", "CIRCLE_BRANCH", "master" }, "2.1.0-alpha.1", "master" },
        new object[] { new[] { "CIRCLECI", "true", "CIRCLE_BRANCH", "feature/c", "CIRCLE_PULL_REQUEST", "https://github.com/o/r/pull/77" }, "2.1.0-pr.77.1", "feature/c" },
        new object[] { new[] { "APPVEYOR", "True", "APPVEYOR_REPO_BRANCH", "feature/x" }, "2.1.0-alpha.feature-x.1", "feature/x" },
        new object[] { new[] { "APPVEYOR", "True", "APPVEYOR_REPO_BRANCH", "main", "APPVEYOR_PULL_REQUEST_NUMBER", "4", "APPVEYOR_PULL_REQUEST_HEAD_REPO_BRANCH", "topic" }, "2.1.0-pr.4.1", "topic" },
        new object[] { new[] { "BUILDKITE", "true", "BUILDKITE_BRANCH", "hotfix/x", "BUILDKITE_PULL_REQUEST", "false" }, "2.0.1-rc.1", "hotfix/x" },
        new object[] { new[] { "BUILDKITE", "true", "BUILDKITE_BRANCH", "x", "BUILDKITE_PULL_REQUEST", "6" }, "2.1.0-pr.6.1", "x" },
        new object[] { new[] { "CI", "woodpecker", "CI_PIPELINE_EVENT", "push", "CI_COMMIT_BRANCH", "hotfix/y" }, "2.0.1-rc.1", "hotfix/y" },
        new object[] { new[] { "CI", "woodpecker", "CI_PIPELINE_EVENT", "pull_request", "CI_COMMIT_BRANCH", "main", "CI_COMMIT_SOURCE_BRANCH", "feat/w", "CI_COMMIT_PULL_REQUEST", "21" }, "2.1.0-pr.21.1", "feat/w" },
    };

    [Fact]
    public void EveryCiSystemHasACheckoutCase()
    {
        var cases = CiCheckouts().Select(c => ((string[])c[0])[0]).ToList();
        foreach (var provider in ReleaseTasks.ContinuousIntegration.CiEnvironment.Providers)
            Assert.True(cases.Count(v => v == provider.Variables[0]) >= 2,
                $"Add a branch build and a pull request build of {provider.Name} (detected by {provider.Variables[0]}) to CiCheckouts.");
    }

    [Theory]
    [MemberData(nameof(CiCheckouts))]
    public void DetachedHeadTakesBranchAndPullRequestFromTheCiVariables(string[] variables, string expected, string branch)
    {
        using var repo = TaggedV2();
        repo.Commit("feat: x");
        repo.Git("checkout", "-q", "--detach");

        var r = Version(repo.Directory, env: Env(variables));

        Assert.Equal(expected, r.PackageVersion);
        Assert.Equal(branch, r.Branch);
    }

    [Fact]
    public void DetachedHeadWithoutCiIsVersionedLikeTheMainLine()
    {
        using var repo = TaggedV2();
        repo.Commit("feat: x");
        repo.Git("checkout", "-q", "--detach");

        var r = Version(repo.Directory);

        Assert.Equal("2.1.0-alpha.1", r.PackageVersion);
        Assert.Equal("", r.Branch);
        Assert.Contains("on a detached HEAD", r.Explanation);
    }

    [Fact]
    public void ACheckedOutBranchWinsOverTheCiBranchAndReleaseTasksBranchOverBoth()
    {
        using var repo = TaggedV2();
        repo.Git("checkout", "-q", "-b", "feature/local");
        repo.Commit("feat: x");
        var ci = Env("GITLAB_CI", "true", "CI_COMMIT_BRANCH", "release/9.0");

        Assert.Equal("2.1.0-alpha.feature-local.1", Version(repo.Directory, env: ci).PackageVersion);
        Assert.Equal("3.1.0-rc.1", Version(repo.Directory, new VersionSettings { BranchOverride = "release/3.1" }, ci).PackageVersion);
        Assert.Equal("2.1.0-pr.5.1", Version(repo.Directory, new VersionSettings { PullRequestOverride = 5 }, ci).PackageVersion);
    }

    [Fact]
    public void MonorepoTagPrefixAndPathFilterCountOnlyTheProjectsCommits()
    {
        using var repo = new TempRepository();
        repo.Commit("chore: init", "README.md");
        repo.Git("tag", "liba-v1.0.0");
        repo.Git("tag", "libb-v2.0.0");
        repo.Git("tag", "v9.0.0");
        repo.Commit("feat: a", "liba/a.cs");
        repo.Commit("fix: b", "libb/b.cs");
        repo.Commit("feat!: b2", "libb/b2.cs");
        repo.Commit("fix: a2", "liba/a2.cs");

        var a = Version(repo.Directory, new VersionSettings { TagPrefix = "liba-v", PathFilters = new[] { "liba/**" } });
        var b = Version(Path.Combine(repo.Directory, "libb"), new VersionSettings { TagPrefix = "libb-v", PathFilters = new[] { "libb/**" } });
        var aWithoutFilter = Version(repo.Directory, new VersionSettings { TagPrefix = "liba-v" });

        Assert.Equal("1.1.0-alpha.2", a.PackageVersion);
        Assert.Equal("liba-v1.0.0", a.PreviousTag);
        Assert.Equal(2, a.Height);
        Assert.Equal("3.0.0-alpha.2", b.PackageVersion);
        Assert.Equal("2.0.0-alpha.4", aWithoutFilter.PackageVersion);
        // Tags without the prefix are not this project's: not even reported.
        Assert.Empty(a.Diagnostics);
    }

    [Fact]
    public void PathFilterWithoutTagCountsOnlyMatchingCommits()
    {
        using var repo = new TempRepository();
        repo.Commit("chore: init", "README.md");
        repo.Commit("feat: a", "liba/a.cs");
        repo.Commit("fix: b", "libb/b.cs");

        Assert.Equal("0.1.0-alpha.1", Version(repo.Directory, new VersionSettings { PathFilters = new[] { "liba/**" } }).PackageVersion);
    }

    [Fact]
    public void MergeCommitsCountInTheHeightAndTheirCommitsInTheBump()
    {
        using var repo = TaggedV2();
        repo.Git("checkout", "-q", "-b", "topic");
        repo.Commit("feat: on topic");
        repo.Git("checkout", "-q", "main");
        repo.Commit("fix: on main");
        repo.Git("merge", "-q", "--no-ff", "--no-edit", "topic");

        var r = Version(repo.Directory);

        Assert.Equal("2.1.0-alpha.3", r.PackageVersion);
        Assert.Equal(3, r.Height);
    }

    [Fact]
    public void ARevertedFeatureDoesNotBumpAndARelandedOneDoes()
    {
        using var repo = TaggedV2();
        repo.Commit("feat: x");
        repo.Git("revert", "--no-edit", "HEAD");
        Assert.Equal("2.0.1-alpha.2", Version(repo.Directory).PackageVersion);

        repo.Git("revert", "--no-edit", "HEAD");
        Assert.Equal("2.1.0-alpha.3", Version(repo.Directory).PackageVersion);
    }

    [Fact]
    public void ATagOnATreeIsNoVersion()
    {
        using var repo = TaggedV2();
        repo.Commit("feat: x");
        repo.Git("tag", "v9.0.0", "HEAD^{tree}");

        var r = Version(repo.Directory);

        Assert.Equal("2.1.0-alpha.1", r.PackageVersion);
        Assert.DoesNotContain(r.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void UnbornHeadFallsBackWithAWarning()
    {
        using var repo = new TempRepository();

        var r = Version(repo.Directory);

        Assert.Equal("0.1.0-alpha.0", r.PackageVersion);
        Assert.Equal("", r.Commit);
        Assert.Equal("0.1.0-alpha.0", r.InformationalVersion);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("RT1004", d.Code);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("0.1.0-alpha.0 (fallback version; no commits yet)", r.Explanation);
    }

    [Fact]
    public void NotARepositoryFallsBackWithAWarningWithoutStartingGit()
    {
        var dir = TempRepository.NewDirectory();
        try
        {
            var resolution = ReleaseVersionResolver.Resolve(new VersionRequest(dir, new VersionSettings
            {
                FallbackVersion = SemanticVersion.Parse("0.0.1-local"),
                AssemblyVersionPrecision = AssemblyVersionPrecision.Minor,
            }) { Environment = Env() });

            Assert.Equal(0, resolution.GitProcesses);
            Assert.False(resolution.FromCache);
            Assert.Equal("0.0.1-local", resolution.Result.PackageVersion);
            Assert.Equal(AssemblyVersionPrecision.Minor, resolution.Result.AssemblyVersionPrecision);
            var d = Assert.Single(resolution.Result.Diagnostics);
            Assert.Equal("RT1001", d.Code);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Contains(dir, d.Message);
            Assert.Contains("0.0.1-local", d.Message);
        }
        finally { TempRepository.Delete(dir); }
    }

    [Fact]
    public void ABrokenGitDirectoryIsNoRepository()
    {
        var dir = TempRepository.NewDirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, ".git"));

            var resolution = ReleaseVersionResolver.Resolve(new VersionRequest(dir, new VersionSettings()) { Environment = Env() });

            Assert.Equal("0.1.0-alpha.0", resolution.Result.PackageVersion);
            Assert.Equal("RT1001", Assert.Single(resolution.Result.Diagnostics).Code);
            Assert.Equal(1, resolution.GitProcesses);
        }
        finally { TempRepository.Delete(dir); }
    }

    [Fact]
    public void MissingGitExecutableFallsBackWithRT1002()
    {
        using var repo = new TempRepository();
        repo.Commit("a");

        foreach (var git in new[] { "/nonexistent/git", "git-missing-" + Guid.NewGuid().ToString("N") })
        {
            var r = Resolve(repo.Directory, git: git).Result;

            Assert.Equal("0.1.0-alpha.0", r.PackageVersion);
            var d = Assert.Single(r.Diagnostics);
            Assert.Equal("RT1002", d.Code);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Contains(git, d.Message);
        }
    }

    [Fact]
    public void AGitThatFailsIsAnRT1005Error()
    {
        if (OperatingSystem.IsWindows()) return;
        using var repo = new TempRepository();
        repo.Commit("a");
        var fake = Path.Combine(repo.Directory, "fake-git.sh");
        File.WriteAllText(fake, "#!/bin/sh\necho 'fatal: something broke' >&2\nexit 128\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var r = Resolve(repo.Directory, git: fake).Result;

        Assert.Equal("0.1.0-alpha.0", r.PackageVersion);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("RT1005", d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("something broke", d.Message);
        Assert.Contains("128", d.Message);
    }

    [Fact]
    public void ShallowCloneThatHidesTheTagWarnsWithTheFix()
    {
        using var origin = new TempRepository();
        origin.Commit("a");
        origin.Git("tag", "v1.0.0");
        origin.Commits("b", "c");
        using var clone = origin.ShallowClone(1);

        var r = Version(clone.Directory);

        Assert.Equal("0.1.0-alpha.1", r.PackageVersion);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("RT1003", d.Code);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("fetch-depth: 0", d.Message);

        var strict = Version(clone.Directory, new VersionSettings { RequireFullHistory = true });
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(strict.Diagnostics).Severity);
    }

    [Fact]
    public void ShallowCloneThatShowsTheTagNeedsNoWarning()
    {
        using var origin = new TempRepository();
        origin.Commit("a");
        origin.Commit("b");
        origin.Git("tag", "v1.0.0");
        origin.Commit("feat: c");
        using var deepEnough = origin.ShallowClone(2, "--no-single-branch");

        var r = Version(deepEnough.Directory);

        Assert.Equal("1.1.0-alpha.1", r.PackageVersion);
        Assert.Empty(r.Diagnostics);

        origin.Git("tag", "v1.1.0");
        using var onHead = origin.ShallowClone(1);
        var tagged = Version(onHead.Directory);
        Assert.Equal("1.1.0", tagged.PackageVersion);
        Assert.Empty(tagged.Diagnostics);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void NewerReleasesOnOtherBranchesAreSkipped(int newerReleases)
    {
        using var repo = new TempRepository();
        repo.Commit("chore: init");
        repo.Git("tag", "v1.0.0");
        repo.Git("branch", "old");
        for (var i = 2; i < 2 + newerReleases; i++)
        {
            repo.Commit($"feat!: {i}");
            repo.Git("tag", $"v{i}.0.0");
        }
        repo.Git("checkout", "-q", "old");
        repo.Commit("fix: on the old branch");

        var r = Resolve(repo.Directory);

        Assert.Equal("1.0.1-alpha.old.1", r.Result.PackageVersion);
        Assert.Equal("v1.0.0", r.Result.PreviousTag);
    }

    [Fact]
    public void CacheKeyChangesWhenATagIsAddedOrHeadMoves()
    {
        using var repo = new TempRepository();
        repo.Commit("a");
        string? Key() => ReleaseVersionResolver.CacheKey(new VersionRequest(repo.Directory, new VersionSettings()) { Environment = Env() });

        var first = Key();
        Assert.NotNull(first);
        Assert.Equal(first, Key());

        repo.Git("tag", "v1.0.0");
        var tagged = Key();
        Assert.NotEqual(first, tagged);

        repo.Commit("b");
        Assert.NotEqual(tagged, Key());
    }

    [Fact]
    public void CacheKeyDependsOnSettingsAndCi()
    {
        using var repo = new TempRepository();
        repo.Commit("a");
        string? Key(VersionSettings settings, Func<string, string?> env) =>
            ReleaseVersionResolver.CacheKey(new VersionRequest(repo.Directory, settings) { Environment = env });

        var plain = Key(new VersionSettings(), Env());

        Assert.NotNull(plain);
        Assert.NotEqual(plain, Key(new VersionSettings { TagPrefix = "x-" }, Env()));
        Assert.NotEqual(plain, Key(new VersionSettings { PathFilters = new[] { "src/**" } }, Env()));
        Assert.NotEqual(plain, Key(new VersionSettings { BranchOverride = "release/1.0" }, Env()));
        Assert.NotEqual(plain, Key(new VersionSettings(), Env("BUILDKITE", "true", "BUILDKITE_BRANCH", "b")));
        Assert.NotEqual(Key(new VersionSettings(), Env("BUILDKITE", "true", "BUILDKITE_BRANCH", "b")),
            Key(new VersionSettings(), Env("BUILDKITE", "true", "BUILDKITE_BRANCH", "b", "BUILDKITE_PULL_REQUEST", "3")));
        Assert.Equal(plain, Key(new VersionSettings(), Env("UNRELATED", "x")));
    }

    [Fact]
    public void NoCacheKeyOutsideARepository()
    {
        var dir = TempRepository.NewDirectory();
        try
        {
            Assert.Null(ReleaseVersionResolver.CacheKey(new VersionRequest(dir, new VersionSettings()) { Environment = Env() }));
        }
        finally { TempRepository.Delete(dir); }
    }

    [Fact]
    public void GitDirFromAHookNamesTheRepositoryOfTheCacheKey()
    {
        using var repo = new TempRepository();
        repo.Commit("a");
        using var other = new TempRepository();
        other.Commit("b");
        GitSettings With(params string[] pairs) => new() { Environment = GitEnvironment.Resolve(repo.Directory, repo.Directory, Env(pairs)) };

        var plain = ReleaseVersionResolver.CacheKey(new VersionRequest(repo.Directory, new VersionSettings()) { Environment = Env(), Git = With() });
        var otherRepo = ReleaseVersionResolver.CacheKey(new VersionRequest(repo.Directory, new VersionSettings())
            { Environment = Env(), Git = With("GIT_DIR", Path.Combine(other.Directory, ".git")) });

        Assert.NotNull(plain);
        Assert.NotNull(otherRepo);
        Assert.NotEqual(plain, otherRepo);
        Assert.Contains("GIT_DIR=" + Path.Combine(other.Directory, ".git"), otherRepo);
    }
}
