using System;
using FsCheck;
using FsCheck.Xunit;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

public class BranchPolicyTests
{
    [Theory]
    [InlineData("feature/Login_Page", "feature-login-page")]
    [InlineData("main", "main")]
    [InlineData("Fix--double__separators", "fix-double-separators")]
    [InlineData("_leading/and/trailing_", "leading-and-trailing")]
    [InlineData("users/ada/JIRA-1234.fix", "users-ada-jira-1234-fix")]
    [InlineData("release/3.1", "release-3-1")]
    [InlineData("  spaces  everywhere ", "spaces-everywhere")]
    [InlineData("caféBranch", "caf-branch")]
    [InlineData("üñí", "")]
    [InlineData("", "")]
    [InlineData("---", "")]
    public void SlugsAreLowerCaseWithSingleDashes(string branch, string slug) => Assert.Equal(slug, BranchPolicy.Slug(branch));

    [Property(MaxTest = 2000)]
    public void SlugsHoldOnlyLowerCaseLettersDigitsAndInnerDashes(string? branch)
    {
        var slug = BranchPolicy.Slug(branch ?? "");

        foreach (var c in slug) Assert.True(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-', $"'{c}' in '{slug}'");
        Assert.False(slug.StartsWith('-'), slug);
        Assert.False(slug.EndsWith('-'), slug);
        Assert.DoesNotContain("--", slug);
    }

    [Property(MaxTest = 1000)]
    public void SlugsKeepEveryAsciiLetterAndDigitInOrder(string? branch)
    {
        var text = branch ?? "";
        var kept = new System.Text.StringBuilder();
        foreach (var c in text.ToLowerInvariant())
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') kept.Append(c);

        Assert.Equal(kept.ToString(), BranchPolicy.Slug(text).Replace("-", ""));
        Assert.Equal(BranchPolicy.Slug(text), BranchPolicy.Slug(BranchPolicy.Slug(text)));
    }

    [Theory]
    [InlineData("main", "main", "alpha.{h}", CoreVersionRule.Bump)]
    [InlineData("master", "master", "alpha.{h}", CoreVersionRule.Bump)]
    [InlineData("develop", "develop", "alpha.{h}", CoreVersionRule.Bump)]
    [InlineData("trunk", "trunk", "alpha.{h}", CoreVersionRule.Bump)]
    [InlineData("Main", "other", "alpha.{slug}.{h}", CoreVersionRule.Bump)] // case counts, as in git's ref names
    [InlineData("release/3.1", "release", "rc.{h}", CoreVersionRule.BranchName)]
    [InlineData("release/3.1.2", "release", "rc.{h}", CoreVersionRule.BranchName)]
    [InlineData("RELEASE/3.1", "other", "alpha.{slug}.{h}", CoreVersionRule.Bump)]
    [InlineData("hotfix/crash", "hotfix", "rc.{h}", CoreVersionRule.Patch)]
    [InlineData("hotfix/deep/name", "hotfix", "rc.{h}", CoreVersionRule.Patch)]
    [InlineData("lts/2.x", "lts", "rc.{h}", CoreVersionRule.Patch)]
    [InlineData("support/1.x", "support", "rc.{h}", CoreVersionRule.Patch)]
    [InlineData("feature/x", "other", "alpha.{slug}.{h}", CoreVersionRule.Bump)]
    [InlineData("mainline", "other", "alpha.{slug}.{h}", CoreVersionRule.Bump)]
    [InlineData("feature/main", "other", "alpha.{slug}.{h}", CoreVersionRule.Bump)]
    [InlineData("release", "other", "alpha.{slug}.{h}", CoreVersionRule.Bump)]
    [InlineData("my-hotfix/x", "other", "alpha.{slug}.{h}", CoreVersionRule.Bump)]
    [InlineData(null, "detached", "alpha.{h}", CoreVersionRule.Bump)]
    [InlineData("", "detached", "alpha.{h}", CoreVersionRule.Bump)]
    public void DefaultPoliciesFollowTheDesignTable(string? branch, string name, string label, CoreVersionRule core)
    {
        var policy = BranchPolicy.For(branch, Array.Empty<BranchPolicy>());

        Assert.Equal((name, label, core), (policy.Name, policy.Label, policy.Core));
    }

    [Fact]
    public void UserPoliciesComeFirstInTheirOrder()
    {
        var mine = new BranchPolicy("mine", "main", "beta.{h}", CoreVersionRule.Bump);
        var nightly = new BranchPolicy("nightly", "nightly/*", "nightly.{h}", CoreVersionRule.Patch);
        var any = new BranchPolicy("any", "*", "dev.{h}", CoreVersionRule.Bump);
        var policies = new[] { mine, nightly, any };

        Assert.Same(mine, BranchPolicy.For("main", policies));
        Assert.Same(nightly, BranchPolicy.For("nightly/2024-01-01", policies));
        Assert.Same(any, BranchPolicy.For("release/3.1", policies));
        Assert.Equal("release", BranchPolicy.For("release/3.1", new[] { mine, nightly }).Name);
    }

    [Theory]
    [InlineData("release/*", "release/3.1", true)]
    [InlineData("release/*", "release/a/b", true)]
    [InlineData("release/*", "Release/3.1", false)]
    [InlineData("release/*", "prerelease/3.1", false)]
    [InlineData("release/?.?", "release/3.1", true)]
    [InlineData("release/?.?", "release/3.10", false)]
    [InlineData("v1.0+x", "v1.0+x", true)]
    [InlineData("v1.0+x", "v1.00x", false)]
    [InlineData("(a|b)", "a", false)]
    [InlineData("*", "anything/at/all", true)]
    public void MatchIsAGlobWhereStarCrossesSlashes(string glob, string branch, bool expected) =>
        Assert.Equal(expected, new BranchPolicy("p", glob, "x", CoreVersionRule.Bump).Matches(branch));

    [Theory]
    [InlineData("alpha.{slug}.{h}", "feature/Login_Page", "alpha.feature-login-page.3")]
    [InlineData("alpha.{slug}.{h}", "_", "alpha.3")]
    [InlineData("alpha.{slug}.{h}", "007", "alpha.7.3")]
    [InlineData("alpha.{slug}.{h}", "0", "alpha.0.3")]
    [InlineData("alpha.{slug}.{h}", "00a", "alpha.00a.3")]
    [InlineData("pr.{pr}.{h}", "x", "pr.42.3")]
    [InlineData("rc.{h}", "release/3.1", "rc.3")]
    [InlineData("{slug}", "__", "")]
    [InlineData("beta", "x", "beta")]
    public void LabelsAreAlwaysValidSemVer(string label, string branch, string expected) =>
        Assert.Equal(expected, new BranchPolicy("p", "*", label, CoreVersionRule.Bump).RenderLabel(3, branch, 42));

    [Fact]
    public void LabelWithoutBranchOrPullRequestLeavesThoseOut() =>
        Assert.Equal("pr.0", new BranchPolicy("p", "*", "pr.{pr}.{slug}.{h}", CoreVersionRule.Bump).RenderLabel(0, null, null));

    [Property(MaxTest = 1000)]
    public void DefaultLabelsRenderToSemVerPreReleasesForAnyBranch(string? branch, NonNegativeInt height, PositiveInt pr)
    {
        foreach (var policy in new[] { BranchPolicy.OtherBranch, BranchPolicy.UnknownBranch, BranchPolicy.PullRequest("pr.{pr}.{h}"), BranchPolicy.For(branch, Array.Empty<BranchPolicy>()) })
        {
            var label = policy.RenderLabel(height.Get, branch, pr.Get);
            Assert.True(VersionTag.IsSemVer("1.0.0-" + label), $"'{label}' from branch '{branch}'");
            Assert.EndsWith("." + height.Get, "." + label);
        }
    }

    [Fact]
    public void PullRequestPolicyBumpsWithTheGivenLabel()
    {
        var policy = BranchPolicy.PullRequest("pr.{pr}.{h}");

        Assert.Equal(BranchPolicy.PullRequestPolicyName, policy.Name);
        Assert.Equal(CoreVersionRule.Bump, policy.Core);
        Assert.Equal("pr.42.1", policy.RenderLabel(1, "main", 42));
    }

    [Theory]
    [InlineData(null, true, CoreVersionRule.Bump)]
    [InlineData("", true, CoreVersionRule.Bump)]
    [InlineData("  ", true, CoreVersionRule.Bump)]
    [InlineData("Bump", true, CoreVersionRule.Bump)]
    [InlineData("patch", true, CoreVersionRule.Patch)]
    [InlineData(" BRANCHNAME ", true, CoreVersionRule.BranchName)]
    [InlineData("Sideways", false, CoreVersionRule.Bump)]
    [InlineData("1", false, CoreVersionRule.Bump)]
    [InlineData("7", false, CoreVersionRule.Bump)]
    [InlineData("Bump, Patch", false, CoreVersionRule.Bump)]
    public void CoreRuleTexts(string? text, bool valid, CoreVersionRule expected)
    {
        Assert.Equal(valid, BranchPolicy.TryParseCoreRule(text, out var rule));
        if (valid) Assert.Equal(expected, rule);
    }
}
