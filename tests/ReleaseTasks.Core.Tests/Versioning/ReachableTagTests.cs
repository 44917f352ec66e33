using System;
using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.Git;
using ReleaseTasks.Tests.Git;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

/// <summary>
/// The highest version tag reachable from HEAD when the highest tags of the repository sit on maintenance branches
/// that were never merged back: git's own answer (for-each-ref --merged over every tag) is the truth, and it must be
/// found without that whole-history question.
/// </summary>
public class ReachableTagTests
{
    /// <summary>Counts the questions that walk the whole history; everything else goes to git.</summary>
    private sealed class CountingHistory : ForwardingHistory
    {
        public CountingHistory(IGitHistory git) : base(git) { }
        public int WholeHistoryQuestions { get; private set; }
        public override IReadOnlyList<GitTag> TagsReachableFromHead() { WholeHistoryQuestions++; return Git.TagsReachableFromHead(); }
    }

    /// <summary>main tagged v1.0.0 … v1.{lines-1}.0; each line forks a release/1.N branch off its tag with
    /// <paramref name="patches"/> patch releases there, never merged; main goes on past the last tag.</summary>
    private static TempRepository MaintainedRepository(int lines, int patches)
    {
        var repo = new TempRepository();
        for (var minor = 0; minor < lines; minor++)
        {
            repo.Commits($"feat: line {minor}");
            repo.Git("tag", $"v1.{minor}.0");
            repo.Git("checkout", "-q", "-b", $"release/1.{minor}");
            for (var patch = 1; patch <= patches; patch++)
            {
                repo.Commit($"fix: patch {minor}.{patch}");
                // Annotated and lightweight tags alike.
                if (patch % 2 == 0) repo.Git("tag", "-a", $"v1.{minor}.{patch}", "-m", "patch");
                else repo.Git("tag", $"v1.{minor}.{patch}");
            }
            repo.Git("checkout", "-q", "main");
            // Merges on main too, as real projects have: a topic branch merged back.
            repo.Git("checkout", "-q", "-b", $"topic/{minor}");
            repo.Commit($"fix: topic {minor}");
            repo.Git("checkout", "-q", "main");
            repo.Git("merge", "-q", "--no-ff", "--no-edit", $"topic/{minor}");
        }
        repo.Commits("fix: after the last release", "feat: more");
        return repo;
    }

    private static List<VersionTag> VersionTags(IGitHistory git) =>
        git.AllTags().Select(t => VersionTag.TryParse(t.Name, t.CommitId, "", out var v) ? v : null).Where(v => v != null).Select(v => v!).ToList();

    /// <summary>What git says: the highest of the tags that for-each-ref --merged HEAD lists.</summary>
    private static string GitsAnswer(TempRepository repo) =>
        repo.Git("for-each-ref", "--merged", "HEAD", "--format=%(refname:strip=2)", "refs/tags/")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(n => (Name: n, Ok: VersionTag.TryParseSemVer(n.TrimStart('v'), out var v), Version: v))
            .Where(t => t.Ok)
            .OrderByDescending(t => t.Version!, VersionComparer.VersionRelease)
            .First().Name;

    [Theory]
    [InlineData(3, 1, "main")]
    [InlineData(4, 4, "main")]
    [InlineData(5, 6, "main")]
    [InlineData(5, 6, "release/1.2")]
    [InlineData(5, 6, "release/1.4")]
    public void TheHighestReachableTagIsGitsAnswerWithoutWalkingTheWholeHistory(int lines, int patches, string branch)
    {
        using var repo = MaintainedRepository(lines, patches);
        repo.Git("checkout", "-q", branch);
        if (branch != "main") repo.Commit("fix: on the maintenance line");
        var git = new CountingHistory(new GitCliHistory("git", repo.Directory));

        var (tag, commits) = ReachableTag.Highest(git, VersionTags(git), Array.Empty<string>());

        Assert.Equal(GitsAnswer(repo), tag!.Name);
        var expected = repo.Git("rev-list", tag.Name + "..HEAD").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, commits!.Select(c => c.Id));
        Assert.Equal(0, git.WholeHistoryQuestions);
    }

    [Fact]
    public void NoReachableTagIsNoAnswer()
    {
        using var repo = new TempRepository();
        repo.Commits("feat: a");
        repo.Git("checkout", "-q", "-b", "other");
        repo.Commits("fix: b");
        repo.Git("tag", "v2.0.0");
        repo.Git("tag", "v1.9.0", "HEAD~0");
        repo.Git("checkout", "-q", "main");
        repo.Commits("fix: c");
        var git = new GitCliHistory("git", repo.Directory);

        var (tag, commits) = ReachableTag.Highest(git, VersionTags(git), Array.Empty<string>());

        Assert.Null(tag);
        Assert.Null(commits);
    }
}
