using System;
using FsCheck.Xunit;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

public class BranchPolicyTests
{
    [Theory]
    [InlineData("feature/Login_Page", "feature-login-page")]
    [InlineData("Fix--double__separators", "fix-double-separators")]
    [InlineData("_leading/and/trailing_", "leading-and-trailing")]
    [InlineData("üñí", "")]
    public void SlugsAreLowerCaseWithSingleDashes(string branch, string slug) => Assert.Equal(slug, BranchPolicy.Slug(branch));

    [Property(MaxTest = 1000)]
    public void SlugsHoldOnlyLowerCaseLettersDigitsAndInnerDashes(string? branch)
    {
        var slug = BranchPolicy.Slug(branch ?? "");
        foreach (var c in slug) Assert.True(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
        Assert.False(slug.StartsWith("-", StringComparison.Ordinal) || slug.EndsWith("-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("main", "main")]
    [InlineData("master", "master")]
    [InlineData("release/3.1", "release")]
    [InlineData("RELEASE/3.1", "release")]
    [InlineData("hotfix/crash", "hotfix")]
    [InlineData("support/1.x", "support")]
    [InlineData("feature/x", "other")]
    [InlineData(null, "detached")]
    public void DefaultPolicies(string? branch, string policy) =>
        Assert.Equal(policy, BranchPolicy.For(branch, Array.Empty<BranchPolicy>()).Name);

    [Fact]
    public void UserPoliciesComeFirst()
    {
        var mine = new BranchPolicy("mine", "main", "beta.{h}", CoreVersionRule.Bump);

        Assert.Equal("mine", BranchPolicy.For("main", new[] { mine }).Name);
    }

    [Theory]
    [InlineData("alpha.{slug}.{h}", "_", "alpha.3")]
    [InlineData("alpha.{slug}.{h}", "007", "alpha.7.3")]
    [InlineData("pr.{pr}.{h}", "x", "pr.42.3")]
    public void LabelsAreAlwaysValidSemVer(string label, string branch, string expected) =>
        Assert.Equal(expected, new BranchPolicy("p", "*", label, CoreVersionRule.Bump).RenderLabel(3, branch, 42));
}
