using System.IO;
using System.Linq;
using ReleaseTasks.Git;

namespace ReleaseTasks.Tests.Git;

public class GitCliHistoryTests
{
    [Fact]
    public void OpensARepositoryAndReadsBranchHeadAndShallowness()
    {
        var repo = new TempRepository();
        var head = repo.Commit("feat: a");

        var info = new GitCliHistory("git", repo.Directory).Open()!;

        Assert.Equal(head, info.HeadCommit);
        Assert.Equal("main", info.Branch);
        Assert.False(info.IsShallow);
    }

    [Fact]
    public void UnbornHeadHasNoCommitsAndADirectoryOutsideIsNoRepository()
    {
        var repo = new TempRepository();
        Assert.False(new GitCliHistory("git", repo.Directory).Open()!.HasCommits);

        var outside = new TempRepository(init: false);
        Assert.Null(new GitCliHistory("git", outside.Directory).Open());
    }

    [Fact]
    public void ReachableTagsArePeeledAndOthersLeftOut()
    {
        var repo = new TempRepository();
        var first = repo.Commit("a");
        repo.Git("tag", "-a", "v1.0.0", "-m", "annotated");
        repo.Git("checkout", "-q", "-b", "side");
        repo.Commit("b");
        repo.Git("tag", "v9.0.0");
        repo.Git("checkout", "-q", "main");

        var tags = new GitCliHistory("git", repo.Directory).TagsReachableFromHead();

        var tag = Assert.Single(tags);
        Assert.Equal("v1.0.0", tag.Name);
        Assert.Equal(first, tag.CommitId);
    }

    [Fact]
    public void CommitsSinceHonoursPathFiltersAndCarriesDates()
    {
        var repo = new TempRepository();
        var start = repo.Commit("chore: start");
        repo.Commit("feat: in a", "liba/x.txt");
        repo.Commit("feat: in b", "libb/x.txt");
        var git = new GitCliHistory("git", repo.Directory);

        var all = git.CommitsSince(start, new string[0]);
        var onlyA = git.CommitsSince(start, new[] { "liba/**" });

        Assert.Equal(2, all.Count);
        Assert.Equal("feat: in a", Assert.Single(onlyA).Message.Trim());
        Assert.NotNull(onlyA[0].Date);
        Assert.Equal(3, git.CountCommits(new string[0]));
        Assert.Equal(1, git.CountCommits(new[] { "libb/**" }));
        Assert.Equal(3, git.CommitsSince(null, new string[0]).Count);
    }

    [Fact]
    public void RemoteUrlIsNullWithoutOrigin()
    {
        var repo = new TempRepository();
        repo.Commit("a");
        var git = new GitCliHistory("git", repo.Directory);
        Assert.Null(git.RemoteUrl("origin"));
        repo.Git("remote", "add", "origin", "https://github.com/acme/widgets.git");
        Assert.Equal("https://github.com/acme/widgets.git", git.RemoteUrl("origin"));
    }

    [Fact]
    public void MissingExecutableIsAGitExceptionThatSaysSo()
    {
        var repo = new TempRepository();
        var e = Assert.Throws<GitException>(() => new GitCliHistory("/nonexistent/git", repo.Directory).Open());
        Assert.True(e.ExecutableNotFound);
    }
}
