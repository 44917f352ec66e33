using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ReleaseTasks.Git;

namespace ReleaseTasks.Tests.Git;

public class GitCliHistoryTests
{
    private static readonly string[] NoFilter = Array.Empty<string>();

    [Fact]
    public void OpensARepositoryAndReadsTopLevelGitDirHeadAndBranch()
    {
        using var repo = new TempRepository();
        var head = repo.Commit("feat: a");
        var sub = Path.Combine(repo.Directory, "src");
        Directory.CreateDirectory(sub);

        var info = new GitCliHistory("git", sub).Open()!;

        Assert.Equal(repo.Directory, info.TopLevel);
        Assert.Equal(Path.Combine(repo.Directory, ".git"), info.GitDirectory);
        Assert.Equal(head, info.HeadCommit);
        Assert.Matches("^[0-9a-f]{40}$", info.HeadCommit);
        Assert.Equal("main", info.Branch);
        Assert.False(info.IsShallow);
        Assert.True(info.HasCommits);
    }

    [Fact]
    public void BranchNamesWithSlashesAreKeptWhole()
    {
        using var repo = new TempRepository();
        repo.Commit("a");
        repo.Git("checkout", "-q", "-b", "feature/Login_Page");

        Assert.Equal("feature/Login_Page", new GitCliHistory("git", repo.Directory).Open()!.Branch);
    }

    [Fact]
    public void DetachedHeadHasACommitButNoBranch()
    {
        using var repo = new TempRepository();
        var head = repo.Commit("a");
        repo.Git("checkout", "-q", "--detach");

        var info = new GitCliHistory("git", repo.Directory).Open()!;

        Assert.Equal(head, info.HeadCommit);
        Assert.Null(info.Branch);
    }

    [Fact]
    public void UnbornHeadIsARepositoryWithoutCommits()
    {
        using var repo = new TempRepository();

        var info = new GitCliHistory("git", repo.Directory).Open()!;

        Assert.False(info.HasCommits);
        Assert.Null(info.HeadCommit);
        Assert.Null(info.Branch);
        Assert.Equal(repo.Directory, info.TopLevel);
    }

    [Fact]
    public void ADirectoryOutsideAnyRepositoryIsNull()
    {
        var outside = TempRepository.NewDirectory();
        try
        {
            Assert.Null(GitDirectories.Locate(outside));
            Assert.Null(new GitCliHistory("git", outside).Open());
        }
        finally { TempRepository.Delete(outside); }
    }

    [Fact]
    public void ShallowCloneIsReportedAndCountsOnlyWhatItHas()
    {
        using var origin = new TempRepository();
        origin.Commits("a", "b", "c");
        using var clone = origin.ShallowClone(1);
        var git = new GitCliHistory("git", clone.Directory);

        var info = git.Open()!;

        Assert.True(info.IsShallow);
        Assert.Equal(origin.Head, info.HeadCommit);
        Assert.Equal(1, git.CountCommits(NoFilter));
        Assert.Single(git.CommitsSince(null, NoFilter));
    }

    [Fact]
    public void NoTagsIsAnEmptyList()
    {
        using var repo = new TempRepository();
        repo.Commits("a", "b");

        Assert.Empty(new GitCliHistory("git", repo.Directory).TagsReachableFromHead());
    }

    [Fact]
    public void TagsOnHeadLightweightAndAnnotatedAllPointAtTheCommit()
    {
        using var repo = new TempRepository();
        repo.Commit("a");
        var head = repo.Commit("b");
        repo.Git("tag", "v1.0.0");
        repo.Git("tag", "-a", "v1.1.0", "-m", "annotated release");
        repo.Git("tag", "release/v2.0.0");

        var tags = new GitCliHistory("git", repo.Directory).TagsReachableFromHead();

        Assert.Equal(new[] { "release/v2.0.0", "v1.0.0", "v1.1.0" }, tags.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.All(tags, t => Assert.Equal(head, t.CommitId));
    }

    [Fact]
    public void AnnotatedTagsArePeeledToTheirCommitAndUnreachableTagsLeftOut()
    {
        using var repo = new TempRepository();
        var first = repo.Commit("a");
        repo.Git("tag", "-a", "v1.0.0", "-m", "annotated");
        var tagObject = repo.Git("rev-parse", "v1.0.0");
        Assert.NotEqual(first, tagObject);
        repo.Git("checkout", "-q", "-b", "side");
        repo.Commit("b");
        repo.Git("tag", "v9.0.0");
        repo.Git("checkout", "-q", "main");
        var second = repo.Commit("c");
        repo.Git("tag", "v1.1.0");

        var tags = new GitCliHistory("git", repo.Directory).TagsReachableFromHead().OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

        Assert.Equal(new[] { new GitTag("v1.0.0", first), new GitTag("v1.1.0", second) }, tags);
    }

    [Fact]
    public void AllTagsListsUnreachableTagsTooPeeled()
    {
        using var repo = new TempRepository();
        var first = repo.Commit("a");
        repo.Git("tag", "-a", "v1.0.0", "-m", "annotated");
        repo.Git("checkout", "-q", "-b", "side");
        var side = repo.Commit("b");
        repo.Git("tag", "v9.0.0");
        repo.Git("checkout", "-q", "main");

        var tags = new GitCliHistory("git", repo.Directory).AllTags().OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

        Assert.Equal(new[] { new GitTag("v1.0.0", first), new GitTag("v9.0.0", side) }, tags);
    }

    [Fact]
    public void ATagOfATagIsPeeledToItsCommitThroughAnyDepth()
    {
        using var repo = new TempRepository();
        var head = repo.Commit("a");
        repo.Git("tag", "-a", "v1.1.0-rc.1", "-m", "rc");
        // Promoting the release candidate: the new tag's object is the rc's tag object, and again one level deeper.
        repo.Git("tag", "-a", "v1.1.0", "-m", "release", "v1.1.0-rc.1");
        repo.Git("tag", "-a", "v1.1.0-final", "-m", "again", "v1.1.0");
        repo.Git("tag", "-a", "tree-tag", "-m", "tree", "HEAD^{tree}");
        repo.Git("tag", "-a", "v2.0.0", "-m", "tag of a tree's tag", "tree-tag");
        var git = new GitCliHistory("git", repo.Directory);

        var expected = new[] { new GitTag("v1.1.0", head), new GitTag("v1.1.0-final", head), new GitTag("v1.1.0-rc.1", head) };
        Assert.Equal(expected, git.AllTags().OrderBy(t => t.Name, StringComparer.Ordinal));
        Assert.Equal(expected, git.TagsReachableFromHead().OrderBy(t => t.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void TagsOfTreesAndBlobsAreLeftOut()
    {
        using var repo = new TempRepository();
        var head = repo.Commit("a");
        repo.Git("tag", "v1.0.0");
        repo.Git("tag", "v8.0.0", "HEAD^{tree}");
        repo.Git("tag", "-a", "v9.0.0", "-m", "annotated tree", "HEAD^{tree}");
        repo.Git("tag", "v10.0.0", "HEAD:f1.txt");
        var git = new GitCliHistory("git", repo.Directory);

        Assert.Equal(new[] { new GitTag("v1.0.0", head) }, git.AllTags());
        Assert.Equal(new[] { new GitTag("v1.0.0", head) }, git.TagsReachableFromHead());
    }

    [Fact]
    public void CommitsSinceAncestorIsTheRangeForAnAncestorAndNullOtherwise()
    {
        using var repo = new TempRepository();
        var start = repo.Commit("chore: start", "README.md");
        repo.Git("branch", "side");
        var a = repo.Commit("feat: a", "liba/a.cs");
        var b = repo.Commit("fix: b", "libb/b.cs");
        repo.Git("checkout", "-q", "side");
        var elsewhere = repo.Commit("feat: elsewhere", "liba/c.cs");
        repo.Git("checkout", "-q", "main");
        var git = new GitCliHistory("git", repo.Directory);

        var since = git.CommitsSinceAncestor(start, NoFilter)!;
        Assert.Equal(new[] { b, a }, since.Select(c => c.Id));
        Assert.Equal(new[] { a }, since[0].Parents);
        Assert.Equal("feat: a", since[1].Message.Trim());
        Assert.Equal(new[] { a }, git.CommitsSinceAncestor(start, new[] { "liba/**" })!.Select(c => c.Id));
        Assert.Empty(git.CommitsSinceAncestor(b, NoFilter)!);

        Assert.Null(git.CommitsSinceAncestor(elsewhere, NoFilter));
        Assert.Null(git.CommitsSinceAncestor(elsewhere, new[] { "liba/**" }));
    }

    [Fact]
    public void CommitsSinceAreNewestFirstWithParentsDatesAndWholeMessages()
    {
        using var repo = new TempRepository();
        var start = repo.Commit("chore: start");
        var date = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2));
        var a = repo.Commit("feat(api): add search\n\nBody line with 100% and %x00 and \"quotes\".\n\nBREAKING CHANGE: old search is gone\nRefs #12", date: date);
        var b = repo.Commit("fix: ünïcödé ✓");

        var commits = new GitCliHistory("git", repo.Directory).CommitsSince(start, NoFilter);

        Assert.Equal(new[] { b, a }, commits.Select(c => c.Id));
        Assert.Equal(new[] { a }, commits[0].Parents);
        Assert.Equal(new[] { start }, commits[1].Parents);
        Assert.False(commits[0].IsMerge);
        Assert.Equal("fix: ünïcödé ✓", commits[0].Message.Trim());
        Assert.Equal(
            "feat(api): add search\n\nBody line with 100% and %x00 and \"quotes\".\n\nBREAKING CHANGE: old search is gone\nRefs #12",
            commits[1].Message.TrimEnd('\n'));
        Assert.Equal(date, commits[1].Date);
    }

    [Fact]
    public void CommitsSinceNothingIsTheWholeHistoryAndSinceHeadIsEmpty()
    {
        using var repo = new TempRepository();
        var first = repo.Commit("a");
        repo.Commit("b");
        var head = repo.Commit("c");
        var git = new GitCliHistory("git", repo.Directory);

        var all = git.CommitsSince(null, NoFilter);

        Assert.Equal(3, all.Count);
        Assert.Equal(head, all[0].Id);
        Assert.Equal(first, all[2].Id);
        Assert.Empty(all[2].Parents);
        Assert.Empty(git.CommitsSince(head, NoFilter));
        Assert.Equal(3, git.CountCommits(NoFilter));
    }

    [Fact]
    public void MergeCommitsComeWithBothParents()
    {
        using var repo = new TempRepository();
        var start = repo.Commit("chore: start");
        repo.Git("checkout", "-q", "-b", "topic");
        var topic = repo.Commit("feat: on topic");
        repo.Git("checkout", "-q", "main");
        var main = repo.Commit("fix: on main");
        repo.Git("merge", "-q", "--no-ff", "--no-edit", "topic");
        var merge = repo.Head;
        var git = new GitCliHistory("git", repo.Directory);

        var commits = git.CommitsSince(start, NoFilter);

        Assert.Equal(3, commits.Count);
        var m = commits.Single(c => c.Id == merge);
        Assert.True(m.IsMerge);
        Assert.Equal(new[] { main, topic }, m.Parents);
        Assert.Equal(4, git.CountCommits(NoFilter));
    }

    [Fact]
    public void PathFiltersAreGlobsFromTheRepositoryRootWhateverTheWorkingDirectory()
    {
        using var repo = new TempRepository();
        var start = repo.Commit("chore: start", "README.md");
        var inA = repo.Commit("feat: in a", "liba/src/x.cs");
        var inB = repo.Commit("feat: in b", "libb/y.cs");
        var both = repo.Commit("fix: in a again", "liba/z.cs");
        var sub = Path.Combine(repo.Directory, "libb");
        var fromRoot = new GitCliHistory("git", repo.Directory);
        var fromSub = new GitCliHistory("git", sub);

        Assert.Equal(new[] { both, inA }, fromRoot.CommitsSince(start, new[] { "liba/**" }).Select(c => c.Id));
        Assert.Equal(new[] { both, inA }, fromSub.CommitsSince(start, new[] { "liba/**" }).Select(c => c.Id));
        Assert.Equal(new[] { both, inA }, fromSub.CommitsSince(start, new[] { "/liba/**" }).Select(c => c.Id));
        Assert.Equal(new[] { both, inA }, fromSub.CommitsSince(start, new[] { "liba\\**" }).Select(c => c.Id));
        Assert.Equal(new[] { inB }, fromSub.CommitsSince(start, new[] { "libb/*.cs" }).Select(c => c.Id));
        Assert.Equal(new[] { both, inB, inA }, fromSub.CommitsSince(start, new[] { "liba/**", "libb/**" }).Select(c => c.Id));
        Assert.Empty(fromRoot.CommitsSince(start, new[] { "nothing/**" }));

        Assert.Equal(4, fromSub.CountCommits(NoFilter));
        Assert.Equal(2, fromSub.CountCommits(new[] { "liba/**" }));
        Assert.Equal(1, fromSub.CountCommits(new[] { "README.md" }));
        Assert.Equal(0, fromSub.CountCommits(new[] { "nothing/**" }));
    }

    [Fact]
    public void HeadDateIsTheCommitterDate()
    {
        using var repo = new TempRepository();
        var date = new DateTimeOffset(2023, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5));
        repo.Commit("a", date: date);

        Assert.Equal(date, new GitCliHistory("git", repo.Directory).HeadDate());
    }

    [Fact]
    public void RemoteUrlIsNullWithoutOrigin()
    {
        using var repo = new TempRepository();
        repo.Commit("a");
        var git = new GitCliHistory("git", repo.Directory);
        Assert.Null(git.RemoteUrl("origin"));
        repo.Git("remote", "add", "origin", "git@github.com:acme/widgets.git");
        Assert.Equal("git@github.com:acme/widgets.git", git.RemoteUrl("origin"));
        Assert.Null(git.RemoteUrl("upstream"));
    }

    [Fact]
    public void ProcessCountCountsEveryGitProcess()
    {
        using var repo = new TempRepository();
        repo.Commit("a");
        var git = new GitCliHistory("git", repo.Directory);

        git.Open();
        git.TagsReachableFromHead();
        git.CountCommits(NoFilter);

        // Open reads HEAD from the files: no process of its own.
        Assert.Equal(2, git.ProcessCount);
    }

    [Fact]
    public void MissingExecutableIsAGitExceptionThatSaysSo()
    {
        using var repo = new TempRepository();
        repo.Commit("a");

        var e = Assert.Throws<GitException>(() => new GitCliHistory("/nonexistent/git", repo.Directory).AllTags());
        Assert.True(e.ExecutableNotFound);
        var onPath = Assert.Throws<GitException>(() => new GitCliHistory("git-that-does-not-exist-" + Guid.NewGuid().ToString("N"), repo.Directory).AllTags());
        Assert.True(onPath.ExecutableNotFound);
    }

    [Fact]
    public void AFailingCommandIsAGitExceptionWithTheExitCodeAndError()
    {
        using var repo = new TempRepository();
        repo.Commit("a");

        var e = Assert.Throws<GitException>(() => new GitCliHistory("git", repo.Directory).CommitsSince(new string('d', 40), NoFilter));

        Assert.False(e.ExecutableNotFound);
        Assert.NotEqual(0, e.ExitCode);
        Assert.Contains("log", e.Arguments);
        Assert.Matches(new Regex("bad revision|unknown revision|invalid", RegexOptions.IgnoreCase), e.Error);
    }
}
