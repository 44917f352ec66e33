using System;
using System.IO;
using System.Linq;
using ReleaseTasks.Git;
using ReleaseTasks.ReleaseNotes;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Git;

/// <summary>
/// The release notes of a pack reuse the tags and the range versioning read in the same repository state (kept in a
/// file under obj/ between the build and the pack), and are exactly the notes read from git.
/// </summary>
public class GitReadRecordTests
{
    private static TempRepository Repository()
    {
        var repo = new TempRepository();
        repo.Commits("feat: first");
        repo.Git("tag", "-a", "v1.0.0", "-m", "one");
        repo.Commits("fix: a\n\nRefs: #3", "feat(api)!: b\n\nBREAKING CHANGE: gone.\n\nUpgrade like this.", "docs: c");
        repo.Git("checkout", "-q", "-b", "release/1.0", "v1.0.0");
        repo.Commit("fix: maintenance");
        repo.Git("tag", "v1.0.1");
        repo.Git("checkout", "-q", "main");
        repo.Git("remote", "add", "origin", "https://github.com/o/r.git");
        return repo;
    }

    private static string Markdown(ReleaseNotesResolution resolution) => ReleaseNotesRenderer.Render(resolution.Notes!);

    [Theory]
    [InlineData("")]
    [InlineData("f*.txt")]
    public void TheNotesOfAPackReadNoRangeVersioningRead(string pathFilter)
    {
        var pathFilters = pathFilter.Length == 0 ? Array.Empty<string>() : new[] { pathFilter };
        using var repo = Repository();
        var settings = new VersionSettings { PathFilters = pathFilters };
        var file = Path.Combine(repo.Directory, ".git", "reads.cache");
        var key = GitReadRecord.KeyFor(repo.Directory, GitSettings.Default)!;

        // The build: versioning through a recording history, kept in the file.
        var building = new RecordedGitHistory(new GitCliHistory("git", repo.Directory));
        var version = ReleaseVersionResolver.Resolve(new VersionRequest(repo.Directory, settings) { Environment = _ => null }, building).Result;
        building.Record.Write(file, key);

        // The pack: a new process reads the file.
        var packing = new GitCliHistory("git", repo.Directory);
        var notesRequest = new ReleaseNotesRequest(repo.Directory, version.Version, settings);
        var reused = ReleaseNotesResolver.Resolve(notesRequest, new RecordedGitHistory(packing, GitReadRecord.Read(file, key)));
        var fromGit = ReleaseNotesResolver.Resolve(notesRequest, new GitCliHistory("git", repo.Directory));

        Assert.Equal(Markdown(fromGit), Markdown(reused));
        Assert.Contains("BREAKING", Markdown(reused), StringComparison.OrdinalIgnoreCase);
        // Only the remote's URL was asked (git config): no for-each-ref, no log.
        Assert.Equal(1, packing.ProcessCount);
    }

    [Fact]
    public void ARecordOfAnotherStateIsNotUsed()
    {
        using var repo = Repository();
        var file = Path.Combine(repo.Directory, ".git", "reads.cache");
        var key = GitReadRecord.KeyFor(repo.Directory, GitSettings.Default)!;
        var building = new RecordedGitHistory(new GitCliHistory("git", repo.Directory));
        building.AllTags();
        building.Record.Write(file, key);
        Assert.NotNull(GitReadRecord.Read(file, key));

        repo.Git("tag", "v1.1.0");
        var newKey = GitReadRecord.KeyFor(repo.Directory, GitSettings.Default)!;

        Assert.NotEqual(key, newKey);
        Assert.Null(GitReadRecord.Read(file, newKey));
    }

    [Fact]
    public void AFileCutShortIsAMiss()
    {
        using var repo = Repository();
        var file = Path.Combine(repo.Directory, ".git", "reads.cache");
        var key = GitReadRecord.KeyFor(repo.Directory, GitSettings.Default)!;
        var building = new RecordedGitHistory(new GitCliHistory("git", repo.Directory));
        ReachableTag.Highest(building, building.AllTags().Select(t => VersionTag.TryParse(t.Name, t.CommitId, "", out var v) ? v! : null!).Where(v => v != null), Array.Empty<string>());
        building.Record.Write(file, key);
        var text = File.ReadAllText(file);
        var read = GitReadRecord.Read(file, key)!;
        Assert.Equal(building.Record.Ranges.Keys, read.Ranges.Keys);
        Assert.Equal(building.Record.Ranges.Values.Select(r => r?.Select(c => (c.Id, c.Message, c.Date, string.Join(" ", c.Parents)))),
            read.Ranges.Values.Select(r => r?.Select(c => (c.Id, c.Message, c.Date, string.Join(" ", c.Parents)))));

        File.WriteAllText(file, text.Substring(0, text.Length - 10));

        Assert.Null(GitReadRecord.Read(file, key));
    }
}
