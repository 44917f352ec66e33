using ReleaseTasks.Releasing;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

/// <summary>The one branch glob of branch policies and of the branches a release may be made on.</summary>
public class BranchPatternTests
{
    [Theory]
    [InlineData("release/*", "release/3.1", true)]
    [InlineData("release/*", "release/a/b", true)]
    [InlineData("release/*", "release/", true)]
    [InlineData("release/*", "prerelease/3.1", false)]
    [InlineData("release/?.?", "release/3.1", true)]
    [InlineData("release/?.?", "release/3.10", false)]
    [InlineData("*/hotfix-*", "team/a/hotfix-1", true)]
    [InlineData("a*b*c", "abxbc", true)]
    [InlineData("a*b*c", "abxbcx", false)]
    [InlineData("**", "", true)]
    [InlineData("v1.0+x", "v1.0+x", true)]
    [InlineData("v1.0+x", "v1.00x", false)]
    [InlineData("(a|b)", "a", false)]
    [InlineData("[ab]", "a", false)]
    [InlineData("main", "main", true)]
    [InlineData("main", "mainline", false)]
    // Case-sensitive, as git's ref names are.
    [InlineData("release/*", "Release/3.1", false)]
    [InlineData("main", "Main", false)]
    public void StarCrossesSlashesQuestionMarkIsOneCharacterAndCaseCounts(string pattern, string branch, bool expected) =>
        Assert.Equal(expected, BranchPattern.Matches(branch, pattern));

    [Theory]
    [InlineData("release/3.1")]
    [InlineData("Release/3.1")]
    [InlineData("release/?.?")]
    [InlineData("feature/x")]
    [InlineData("hotfix/a*b")]
    public void BranchPoliciesAndReleaseBranchesAnswerTheSame(string branch)
    {
        foreach (var pattern in new[] { "release/*", "release/?.?", "*", "hotfix/*b", "Release/*", "feature/x" })
            Assert.Equal(new BranchPolicy("p", pattern, "x", CoreVersionRule.Bump).Matches(branch),
                ReleaseBranchPatterns.IsAllowed(branch, new[] { pattern }));
    }

    [Fact]
    public void AllowedReleaseBranchesTrimTheirPatternsAndAnEmptyBranchIsNeverAllowed()
    {
        Assert.True(ReleaseBranchPatterns.IsAllowed("release/1.3", new[] { " main", " release/* " }));
        Assert.True(ReleaseBranchPatterns.IsAllowed("release/core-v1.3", ReleaseBranchPatterns.Defaults));
        Assert.False(ReleaseBranchPatterns.IsAllowed("", new[] { "*" }));
        Assert.False(ReleaseBranchPatterns.IsAllowed("feature/x", ReleaseBranchPatterns.Defaults));
    }
}
