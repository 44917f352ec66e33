using System.Linq;
using ReleaseTasks.Commits;
using ReleaseTasks.Git;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

public class BumpDetectorTests
{
    /// <summary>Commits newest first, as git log gives them.</summary>
    private static ReleaseCommit[] Commits(params string[] messages) =>
        messages.Select((m, i) => new ReleaseCommit(
            new GitCommit(i.ToString().PadRight(40, 'a'), new[] { "p".PadRight(40, '0') }, m),
            ConventionalCommitParser.Parse(m))).ToArray();

    [Fact]
    public void NoCommitsIsAPatchDecidedByNothing()
    {
        var (bump, deciding) = BumpDetector.Detect(Commits());

        Assert.Equal(ReleaseBump.Patch, bump);
        Assert.Null(deciding);
    }

    [Theory]
    [InlineData(ReleaseBump.Patch, "fix: a")]
    [InlineData(ReleaseBump.Patch, "fix: a", "chore: b", "docs: c", "perf: d", "refactor: e")]
    [InlineData(ReleaseBump.Minor, "fix: a", "feat: b")]
    [InlineData(ReleaseBump.Minor, "Feat(UI): upper case type")]
    [InlineData(ReleaseBump.Minor, "feat(api): b (#12)", "fix(core): a")]
    [InlineData(ReleaseBump.Major, "fix: a", "feat: b", "FEAT!: c")]
    [InlineData(ReleaseBump.Major, "chore(deps)!: drop net6")]
    [InlineData(ReleaseBump.Major, "fix: a\n\nBREAKING CHANGE: the footer")]
    [InlineData(ReleaseBump.Major, "fix: a\n\nBREAKING-CHANGE: the synonym")]
    [InlineData(ReleaseBump.Patch, "fix: a\n\nSome prose\nBREAKING CHANGE: inside a body paragraph")]
    [InlineData(ReleaseBump.Patch, "fix: a\n\nbreaking change: lower case is not the token")]
    [InlineData(ReleaseBump.Patch, "features: not the feat type", "feature: neither")]
    public void BreakingIsMajorFeatIsMinorAnythingElsePatch(ReleaseBump expected, params string[] messages) =>
        Assert.Equal(expected, BumpDetector.Detect(Commits(messages)).Bump);

    [Theory]
    [InlineData("Update README")]
    [InlineData("WIP")]
    [InlineData("Update dependencies\n\nBREAKING CHANGE: a footer under a subject that is not Conventional Commits")]
    [InlineData("feat:no space\n\nBREAKING-CHANGE: x")]
    public void NonConventionalMessagesCountAsPatch(string message)
    {
        var (bump, deciding) = BumpDetector.Detect(Commits(message));

        Assert.Equal(ReleaseBump.Patch, bump);
        Assert.NotNull(deciding);
    }

    [Fact]
    public void TheDecidingCommitIsTheFirstOfTheHighestBump()
    {
        var commits = Commits("fix: newest", "feat: second", "feat: third", "fix: oldest");

        var (bump, deciding) = BumpDetector.Detect(commits);

        Assert.Equal(ReleaseBump.Minor, bump);
        Assert.Same(commits[1], deciding);
    }

    [Fact]
    public void APatchIsDecidedByTheNewestCommit()
    {
        var commits = Commits("fix: newest", "fix: oldest");

        Assert.Same(commits[0], BumpDetector.Detect(commits).Deciding);
    }

    [Theory]
    [InlineData(1, "build: newest", "fix: the fix")]
    [InlineData(2, "chore: newest", "build: b", "fix: the fix", "fix: older fix")]
    [InlineData(1, "docs: newest", "perf: faster", "WIP")]
    [InlineData(1, "Update README", "test: more tests")]
    [InlineData(0, "Update README", "Another message")]
    public void APatchIsDecidedByAFixBeforeOtherTypesBeforeHousekeepingBeforeOtherMessages(int expected, params string[] newestFirst)
    {
        var commits = Commits(newestFirst);

        var (bump, deciding) = BumpDetector.Detect(commits);

        Assert.Equal(ReleaseBump.Patch, bump);
        Assert.Same(commits[expected], deciding);
    }

    [Fact]
    public void TheFirstBreakingChangeDecidesAndEndsTheSearch()
    {
        var commits = Commits("feat: a", "fix!: b", "feat!: c");

        var (bump, deciding) = BumpDetector.Detect(commits);

        Assert.Equal(ReleaseBump.Major, bump);
        Assert.Same(commits[1], deciding);
    }
}
