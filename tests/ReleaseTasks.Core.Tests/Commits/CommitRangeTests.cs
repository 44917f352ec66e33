using System;
using System.Linq;
using ReleaseTasks.Commits;
using ReleaseTasks.Git;

namespace ReleaseTasks.Tests.Commits;

public class CommitRangeTests
{
    private static GitCommit C(string id, string message, int parents = 1) =>
        new(id.PadRight(40, '0'), Enumerable.Repeat("p".PadRight(40, '0'), parents).ToArray(), message);

    [Fact]
    public void MergeCommitsAreSkippedButTheirCommitsCount()
    {
        var range = CommitRange.Effective(new[] { C("a1", "Merge branch 'x'", 2), C("b2", "fix: from x") });

        Assert.Equal(new[] { "fix" }, range.Select(r => r.Message.Type));
    }

    [Fact]
    public void GitRevertCancelsTheRevertedCommitWhenBothAreInTheRange()
    {
        var fix = C("abcdef1234", "fix: wrong");
        var revert = C("fedcba4321", $"Revert \"fix: wrong\"\n\nThis reverts commit {fix.Id}.");

        Assert.Empty(CommitRange.Effective(new[] { revert, fix }));
    }

    [Fact]
    public void ConventionalRevertWithRefsCancelsToo()
    {
        var feat = C("1234567abc", "feat: x");
        var revert = C("7654321cba", "revert: feat x\n\nRefs: 1234567");

        Assert.Empty(CommitRange.Effective(new[] { revert, feat }));
    }

    [Fact]
    public void RevertOfACommitOutsideTheRangeStays()
    {
        var revert = C("7654321cba", "Revert \"feat: old\"\n\nThis reverts commit 1111111111111111111111111111111111111111.");

        Assert.Single(CommitRange.Effective(new[] { revert }));
    }
}
