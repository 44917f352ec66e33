using FsCheck.Xunit;
using ReleaseTasks.Commits;

namespace ReleaseTasks.Tests.Commits;

public class ConventionalCommitParserTests
{
    [Theory]
    [InlineData("feat: add x", "feat", null, false, "add x")]
    [InlineData("FEAT!: shout", "feat", null, true, "shout")]
    [InlineData("fix(core): y", "fix", "core", false, "y")]
    [InlineData("fix(api/v2@next.1-x_y)!: z", "fix", "api/v2@next.1-x_y", true, "z")]
    [InlineData("Chore(Deps): bump", "chore", "Deps", false, "bump")]
    public void ReadsTheHeader(string message, string type, string? scope, bool bang, string description)
    {
        var c = ConventionalCommitParser.Parse(message);

        Assert.True(c.IsConventional);
        Assert.Equal(type, c.Type);
        Assert.Equal(scope, c.Scope);
        Assert.Equal(bang, c.HasBreakingMarker);
        Assert.Equal(bang, c.IsBreaking);
        Assert.Equal(description, c.Description);
    }

    [Theory]
    [InlineData("Update README")]
    [InlineData("feat:missing space")]
    [InlineData("feat(): ")]
    [InlineData("")]
    [InlineData("Merge branch 'topic'")]
    [InlineData("(scope): no type")]
    public void NonConventionalMessagesAreTolerated(string message)
    {
        var c = ConventionalCommitParser.Parse(message);

        Assert.False(c.IsConventional);
        Assert.False(c.IsBreaking);
    }

    [Fact]
    public void FootersAreGitTrailersWithMultiLineAndMultiParagraphValues()
    {
        var c = ConventionalCommitParser.Parse(
            "feat!: drop v1\n\nBody paragraph.\n\nBREAKING CHANGE: first paragraph\ncontinues here.\n\nSecond paragraph.\nReviewed-by: Ada\nRefs #12");

        Assert.Equal("Body paragraph.", c.Body);
        Assert.Equal(3, c.Footers.Count);
        Assert.Equal("BREAKING CHANGE", c.Footers[0].Token);
        Assert.Equal("first paragraph\ncontinues here.\n\nSecond paragraph.", c.Footers[0].Value);
        Assert.Equal("Reviewed-by", c.Footers[1].Token);
        Assert.Equal("Refs", c.Footers[2].Token);
        Assert.Equal("12", c.Footers[2].Value);
    }

    [Theory]
    [InlineData("fix: x\n\nBREAKING-CHANGE: gone", true)]
    [InlineData("fix: x\n\nbreaking-change: gone", true)]
    [InlineData("fix: x\n\nBREAKING CHANGE: gone", true)]
    [InlineData("fix: x\n\nbreaking change: gone", false)]
    [InlineData("fix: x\n\nThis is not a BREAKING CHANGE: prose.", false)]
    [InlineData("fix: x\n\nSome text\nBREAKING CHANGE: inside a body paragraph", false)]
    public void OnlyFootersDeclareBreakingChanges(string message, bool breaking) =>
        Assert.Equal(breaking, ConventionalCommitParser.Parse(message).IsBreaking);

    [Theory]
    [InlineData("feat(api): add search endpoint (#12)", 12)]
    [InlineData("fix: no pr", null)]
    [InlineData("fix: in the middle (#12) of it", null)]
    public void SquashTitleSuffixIsAPullRequest(string message, int? pr) =>
        Assert.Equal(pr, ConventionalCommitParser.Parse(message).PullRequestNumber);

    [Fact]
    public void WindowsLineEndingsParseLikeUnixOnes()
    {
        var c = ConventionalCommitParser.Parse("feat: a\r\n\r\nBREAKING CHANGE: b\r\n");

        Assert.True(c.IsBreaking);
        Assert.Equal("b", c.Footers[0].Value);
    }

    [Property(MaxTest = 2000)]
    public void NeverThrowsOnAnyString(string? message)
    {
        var c = ConventionalCommitParser.Parse(message);
        Assert.NotNull(c.Description);
    }

    [Property(MaxTest = 500)]
    public void NeverThrowsOnGeneratedCommitShapes(string type, string scope, bool bang, string body, string token, string value)
    {
        var message = $"{type}({scope}){(bang ? "!" : "")}: d\n\n{body}\n\n{token}: {value}\n{token} #{value}";
        var c = ConventionalCommitParser.Parse(message);
        Assert.NotNull(c.Footers);
    }
}
