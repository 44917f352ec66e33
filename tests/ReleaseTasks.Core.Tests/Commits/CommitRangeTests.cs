using System.Linq;
using ReleaseTasks.Commits;
using ReleaseTasks.Git;

namespace ReleaseTasks.Tests.Commits;

public class CommitRangeTests
{
    private static GitCommit C(string id, string message, int parents = 1) =>
        new(id.PadRight(40, '0'), Enumerable.Repeat("p".PadRight(40, '0'), parents).ToArray(), message);

    private static string[] Ids(params GitCommit[] newestFirst) =>
        CommitRange.Effective(newestFirst).Select(r => r.Commit.Id).ToArray();

    [Fact]
    public void EmptyRangeIsEmpty() => Assert.Empty(CommitRange.Effective(new GitCommit[0]));

    [Fact]
    public void EveryCommitIsParsedAndTheOrderKept()
    {
        var range = CommitRange.Effective(new[] { C("c3", "feat(api): c"), C("b2", "Update README"), C("a1", "fix: a") });

        Assert.Equal(new[] { "feat", null, "fix" }, range.Select(r => r.Message.Type));
        Assert.Equal(new[] { "c", "Update README", "a" }, range.Select(r => r.Message.Description));
        Assert.Equal("c3".PadRight(40, '0'), range[0].Commit.Id);
    }

    [Fact]
    public void MergeCommitsAreSkippedButTheirCommitsCount()
    {
        var range = CommitRange.Effective(new[] { C("a1", "Merge branch 'x'", 2), C("b2", "fix: from x"), C("c3", "feat: octopus", 3) });

        Assert.Equal(new[] { "fix" }, range.Select(r => r.Message.Type));
    }

    [Fact]
    public void GitRevertCancelsTheRevertedCommitWhenBothAreInTheRange()
    {
        var fix = C("abcdef1234", "fix: wrong");
        var keep = C("0123456789", "fix: right");
        var revert = C("fedcba4321", $"Revert \"fix: wrong\"\n\nThis reverts commit {fix.Id}.");

        Assert.Equal(new[] { keep.Id }, Ids(revert, keep, fix));
    }

    [Fact]
    public void AbbreviatedAndUpperCaseIdsMatchToo()
    {
        var feat = C("abcdef1234", "feat: x");
        var revert = C("fedcba4321", "Revert \"feat: x\"\n\nThis reverts commit ABCDEF1.");

        Assert.Empty(Ids(revert, feat));
    }

    [Fact]
    public void ConventionalRevertWithRefsCancelsToo()
    {
        var feat = C("1234567abc", "feat: x");
        var revert = C("7654321cba", "revert: feat x\n\nRefs: 1234567");

        Assert.Empty(Ids(revert, feat));
    }

    [Fact]
    public void OnlyTheRefsFooterOfAConventionalRevertNamesTheCommit()
    {
        var feat = C("1234567abc", "feat: x");
        var other = C("89abcdef01", "feat: y");
        var revert = C("7654321cba", "revert: feat x\n\nReviewed-by: 89abcdef01\nRefs: 1234567");

        Assert.Equal(new[] { other.Id }, Ids(revert, other, feat));
    }

    [Fact]
    public void ConventionalRevertWithoutRefsCancelsNothing()
    {
        var feat = C("1234567abc", "feat: x");
        var revert = C("7654321cba", "revert: feat x");

        Assert.Equal(new[] { revert.Id, feat.Id }, Ids(revert, feat));
    }

    [Fact]
    public void RefsFooterOfANonRevertCommitCancelsNothing()
    {
        var feat = C("1234567abc", "feat: x");
        var fix = C("7654321cba", "fix: y\n\nRefs: 1234567");

        Assert.Equal(new[] { fix.Id, feat.Id }, Ids(fix, feat));
    }

    [Fact]
    public void RevertOfACommitOutsideTheRangeStays()
    {
        var revert = C("7654321cba", "Revert \"feat: old\"\n\nThis reverts commit 1111111111111111111111111111111111111111.");

        Assert.Equal(new[] { revert.Id }, Ids(revert));
    }

    [Fact]
    public void ACommitIsCancelledOnceEvenIfRevertedTwice()
    {
        var feat = C("abcdef1234", "feat: x");
        var revert1 = C("1111111111", $"Revert \"feat: x\"\n\nThis reverts commit {feat.Id}.");
        var revert2 = C("2222222222", $"Revert \"feat: x\"\n\nThis reverts commit {feat.Id}.");

        var left = Ids(revert2, revert1, feat);

        Assert.Single(left);
        Assert.DoesNotContain(feat.Id, left);
    }

    [Fact]
    public void RevertingARevertBringsTheOriginalCommitBack()
    {
        // feat x, then reverted, then the revert reverted (the change re-landed): feat x is in the release.
        var feat = C("abcdef1234", "feat: x");
        var revert = C("1111111111", $"Revert \"feat: x\"\n\nThis reverts commit {feat.Id}.");
        var reland = C("2222222222", $"Revert \"Revert \"feat: x\"\"\n\nThis reverts commit {revert.Id}.");

        Assert.Equal(new[] { feat.Id }, Ids(reland, revert, feat));
    }

    [Fact]
    public void RevertingTheRevertOfARevertRemovesItAgain()
    {
        var feat = C("abcdef1234", "feat: x");
        var revert = C("1111111111", $"Revert \"feat: x\"\n\nThis reverts commit {feat.Id}.");
        var reland = C("2222222222", $"Revert \"Revert \"feat: x\"\"\n\nThis reverts commit {revert.Id}.");
        var again = C("3333333333", $"Revert \"Revert \"Revert \"feat: x\"\"\"\n\nThis reverts commit {reland.Id}.");

        Assert.Empty(Ids(again, reland, revert, feat));
    }
}
