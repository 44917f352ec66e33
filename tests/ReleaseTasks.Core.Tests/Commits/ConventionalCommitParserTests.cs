using System.Linq;
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
    [InlineData("feat(@scope/pkg): scoped npm-like package", "feat", "@scope/pkg", false, "scoped npm-like package")]
    [InlineData("build_system(ci): underscores and-dashes in the type", "build_system", "ci", false, "underscores and-dashes in the type")]
    [InlineData("feat( spaced ): trimmed scope", "feat", "spaced", false, "trimmed scope")]
    [InlineData("feat(): empty scope is no scope", "feat", null, false, "empty scope is no scope")]
    [InlineData("  feat: leading blanks   ", "feat", null, false, "leading blanks")]
    [InlineData("\n\nfeat: after blank lines", "feat", null, false, "after blank lines")]
    [InlineData("fix: a: colon inside", "fix", null, false, "a: colon inside")]
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
    [InlineData("feat: ")]
    [InlineData("feat(): ")]
    [InlineData("")]
    [InlineData("   \n  \n")]
    [InlineData("Merge branch 'topic'")]
    [InlineData("(scope): no type")]
    [InlineData("1feat: type starts with a digit")]
    [InlineData("feat(a(b)): nested parentheses")]
    [InlineData("feat (core): space before the scope")]
    [InlineData("feat !: space before the bang")]
    [InlineData("Revert \"feat: x\"")]
    public void NonConventionalMessagesAreToleratedAndKeepTheirSubject(string message)
    {
        var c = ConventionalCommitParser.Parse(message);

        Assert.False(c.IsConventional);
        Assert.Null(c.Type);
        Assert.Null(c.Scope);
        Assert.False(c.HasBreakingMarker);
        Assert.Equal(message.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "", c.Description);
    }

    [Fact]
    public void NullIsAnEmptyNonConventionalMessage()
    {
        var c = ConventionalCommitParser.Parse(null);

        Assert.False(c.IsConventional);
        Assert.Equal("", c.Description);
        Assert.Equal("", c.Body);
        Assert.Empty(c.Footers);
    }

    [Fact]
    public void BodyIsEverythingBetweenSubjectAndFooters()
    {
        var c = ConventionalCommitParser.Parse("fix: x\n\nFirst paragraph\nstill first.\n\nSecond paragraph.\n\n\nFixes #7\n");

        Assert.Equal("First paragraph\nstill first.\n\nSecond paragraph.", c.Body);
        Assert.Equal(new[] { new CommitFooter("Fixes", "7") }, c.Footers);
    }

    [Fact]
    public void NoBodyAndNoFooters()
    {
        var c = ConventionalCommitParser.Parse("docs: only a subject\n");

        Assert.Equal("", c.Body);
        Assert.Empty(c.Footers);
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
        Assert.Equal("Ada", c.Footers[1].Value);
        Assert.Equal("Refs", c.Footers[2].Token);
        Assert.Equal("12", c.Footers[2].Value);
    }

    [Fact]
    public void FootersMayFollowTheSubjectDirectly()
    {
        var c = ConventionalCommitParser.Parse("fix: x\n\nCloses #3\nCo-authored-by: B <b@example.com>");

        Assert.Equal("", c.Body);
        Assert.Equal(new[] { new CommitFooter("Closes", "3"), new CommitFooter("Co-authored-by", "B <b@example.com>") }, c.Footers);
    }

    [Theory]
    [InlineData("fix: x\n\nBREAKING-CHANGE: gone", true)]
    [InlineData("fix: x\n\nbreaking-change: gone", true)]
    [InlineData("fix: x\n\nBreaking-Change: gone", true)]
    [InlineData("fix: x\n\nBREAKING CHANGE: gone", true)]
    [InlineData("fix: x\n\nBREAKING CHANGE #gone", true)]
    [InlineData("fix: x\n\nRefs: 1\nBREAKING CHANGE: in the footer block, after another footer", true)]
    [InlineData("fix: x\n\nbreaking change: gone", false)]
    [InlineData("fix: x\n\nBreaking Change: gone", false)]
    [InlineData("fix: x\n\nThis is not a BREAKING CHANGE: prose.", false)]
    [InlineData("fix: x\n\nSome text\nBREAKING CHANGE: inside a body paragraph", false)]
    [InlineData("fix: x\n\nSome text\nBREAKING-CHANGE: inside a body paragraph", false)]
    [InlineData("fix: x\n\nBREAKING CHANGE:no space is not a footer", false)]
    [InlineData("fix: x\n\nBREAKING CHANGES: plural is another token", false)]
    public void OnlyFootersDeclareBreakingChanges(string message, bool breaking) =>
        Assert.Equal(breaking, ConventionalCommitParser.Parse(message).IsBreaking);

    [Fact]
    public void ABreakingChangeInsideABodyParagraphStaysInTheBody()
    {
        var c = ConventionalCommitParser.Parse("fix: x\n\nWe considered it, but this is\nBREAKING CHANGE: not really\n\nRefs: #4");

        Assert.False(c.IsBreaking);
        Assert.Equal("We considered it, but this is\nBREAKING CHANGE: not really", c.Body);
        Assert.Equal(new[] { new CommitFooter("Refs", "#4") }, c.Footers);
    }

    [Theory]
    [InlineData("feat(api): add search endpoint (#12)", 12)]
    [InlineData("Merge pull request title (#7)", 7)]
    [InlineData("fix: no pr", null)]
    [InlineData("fix: in the middle (#12) of it", null)]
    [InlineData("fix: glued(#12)", null)]
    [InlineData("fix: too big (#12345678901)", null)]
    public void SquashTitleSuffixIsAPullRequest(string message, int? pr) =>
        Assert.Equal(pr, ConventionalCommitParser.Parse(message).PullRequestNumber);

    [Fact]
    public void WindowsAndOldMacLineEndingsParseLikeUnixOnes()
    {
        var unix = ConventionalCommitParser.Parse("feat: a\n\nbody\n\nBREAKING CHANGE: b\nRefs: 1\n");
        var windows = ConventionalCommitParser.Parse("feat: a\r\n\r\nbody\r\n\r\nBREAKING CHANGE: b\r\nRefs: 1\r\n");
        var mac = ConventionalCommitParser.Parse("feat: a\r\rbody\r\rBREAKING CHANGE: b\rRefs: 1\r");

        Assert.True(windows.IsBreaking);
        Assert.Equal("b", windows.Footers[0].Value);
        foreach (var c in new[] { windows, mac })
        {
            Assert.Equal(unix.Description, c.Description);
            Assert.Equal(unix.Body, c.Body);
            Assert.Equal(unix.Footers, c.Footers);
        }
    }

    [Property(MaxTest = 2000)]
    public void NeverThrowsOnAnyString(string? message)
    {
        var c = ConventionalCommitParser.Parse(message);

        Assert.NotNull(c.Description);
        Assert.NotNull(c.Body);
        Assert.NotNull(c.Footers);
        Assert.Equal(c.IsConventional, c.Type != null);
        if (!c.IsConventional) Assert.False(c.HasBreakingMarker);
    }

    [Property(MaxTest = 500)]
    public void NeverThrowsOnGeneratedCommitShapes(string type, string scope, bool bang, string body, string token, string value)
    {
        var message = $"{type}({scope}){(bang ? "!" : "")}: d\n\n{body}\n\n{token}: {value}\n{token} #{value}";
        var c = ConventionalCommitParser.Parse(message);
        Assert.NotNull(c.Footers);
    }

    [Property(MaxTest = 500)]
    public void WellFormedHeadersAlwaysParse(bool upper, bool withScope, bool bang, FsCheck.NonEmptyString description)
    {
        var desc = description.Get.Replace('\r', ' ').Replace('\n', ' ').Trim();
        if (desc.Length == 0) return;
        var type = upper ? "FIX" : "fix";
        var message = $"{type}{(withScope ? "(core)" : "")}{(bang ? "!" : "")}: {desc}";

        var c = ConventionalCommitParser.Parse(message);

        Assert.True(c.IsConventional);
        Assert.Equal("fix", c.Type);
        Assert.Equal(withScope ? "core" : null, c.Scope);
        Assert.Equal(bang, c.IsBreaking);
        Assert.Equal(desc, c.Description);
    }
}
