using System;
using System.IO;
using System.Linq;
using ReleaseTasks.Gates;
using ReleaseTasks.Git;

namespace ReleaseTasks.Tests.Git;

/// <summary>
/// Every question ReleaseTasks asks git gets the same answer whatever the repository's configuration says: the
/// hostile file (tests/fixtures/git/hostile.gitconfig) is included into the repository's own config, which git reads
/// after the global one.
/// </summary>
public class HostileConfigurationTests
{
    private static readonly string Hostile = Path.Combine(AppContext.BaseDirectory, "fixtures", "git", "hostile.gitconfig");

    private sealed record Answers(string Tags, string Since, string Filtered, int Count, int FilteredCount, string Date, string Range, string Diff);

    private static Answers Ask(TempRepository repo, string since)
    {
        var git = new GitCliHistory("git", repo.Directory);
        var filter = new[] { "liba/**" };
        string Commits(System.Collections.Generic.IReadOnlyList<GitCommit> commits) =>
            string.Join("\n", commits.Select(c => c.Id + " " + string.Join(",", c.Parents) + " " + c.Date?.ToString("O") + " " + c.Message));
        var (changed, unavailable) = ChangedLinesReader.Read(new GitProcess("git", repo.Directory), since);
        Assert.Null(unavailable);
        return new Answers(
            string.Join(";", git.AllTags().OrderBy(t => t.Name, StringComparer.Ordinal)),
            Commits(git.CommitsSince(since, Array.Empty<string>())),
            Commits(git.CommitsSince(since, filter)),
            git.CountCommits(Array.Empty<string>()),
            git.CountCommits(filter),
            git.HeadDate().ToString("O"),
            Commits(git.CommitsSinceAncestor(since, filter)!),
            string.Join(";", changed!.Files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + ":" + string.Join(",", f.Value.OrderBy(n => n)))));
    }

    [Fact]
    public void AnswersAreTheSameUnderAHostileConfiguration()
    {
        using var repo = new TempRepository();
        repo.Commit("chore: start", "liba/a.cs");
        repo.Git("tag", "-a", "v1.0.0", "-m", "release");
        var since = repo.Head;
        repo.Commit("feat(liba): café, naïve and 日本語 in a message", "liba/b.cs");
        repo.Commit("fix: elsewhere\n\nBody line.\n\nRefs: #12", "libb/c.cs");
        File.WriteAllText(Path.Combine(repo.Directory, "liba", "a.cs"), "one\ntwo\nthree\n");
        File.WriteAllText(Path.Combine(repo.Directory, "liba", "spaced name é.cs"), "x\n");
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "refactor(liba): rewrite");
        repo.Git("mv", "liba/b.cs", "liba/renamed.cs");
        repo.Git("commit", "-q", "-m", "refactor: rename");
        repo.Git("tag", "v1.1.0-rc.1");

        var plain = Ask(repo, since);
        repo.Git("config", "--local", "include.path", Hostile);
        Assert.Equal("true", repo.Git("config", "log.follow"));
        var hostile = Ask(repo, since);

        Assert.Equal(plain, hostile);
        Assert.Contains("café, naïve and 日本語", hostile.Since);
        Assert.Contains("liba/spaced name é.cs", hostile.Diff);
        Assert.Equal(4, hostile.FilteredCount);
    }
}
