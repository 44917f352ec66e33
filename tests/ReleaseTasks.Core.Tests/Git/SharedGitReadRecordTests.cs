using System;
using System.IO;
using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.Git;
using ReleaseTasks.IO;
using ReleaseTasks.ReleaseNotes;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Git;

/// <summary>
/// Issue 12 (pack): the git answers one MSBuild node read, shared with the others through the user's private cache
/// directory. Trusted as the shared version cache is: only a file of the owner-only directory, written for exactly the
/// key and the setting, is read; anything else is a miss, and the notes then ask git.
/// </summary>
public sealed class SharedGitReadRecordTests : IDisposable
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly string _root = TempRepository.NewDirectory();

    public SharedGitReadRecordTests()
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(_root, OwnerOnlyFile | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    public void Dispose() => TempRepository.Delete(_root);

    private PrivateCacheDirectory Cache => new(Path.Combine(_root, "home", ".cache", "ReleaseTasks"), checkAncestorsUpTo: _root);

    private static TempRepository Repository()
    {
        var repo = new TempRepository();
        repo.Commit("feat: first", "lib/a.txt");
        repo.Git("tag", "-a", "lib-v1.0.0", "-m", "one");
        repo.Commit("fix(lib): a\n\nRefs: #3", "lib/b.txt");
        repo.Commit("feat: elsewhere", "app/c.txt");
        repo.Commit("feat(lib)!: b\n\nBREAKING CHANGE: gone.", "lib/d.txt");
        repo.Git("remote", "add", "origin", "https://github.com/o/r.git");
        return repo;
    }

    private static GitReadRecord Sample() => new()
    {
        Tags = new[] { new GitTag("v1.0.0", "0123456789abcdef0123456789abcdef01234567") },
        HeadDate = DateTimeOffset.Parse("2026-11-30T06:00:00+01:00"),
        Ranges =
        {
            ["...0123\n"] = null,
            ["..0123\nlib/**"] = new[] { new GitCommit("89abcdef89abcdef89abcdef89abcdef89abcdef", new[] { "0123456789abcdef0123456789abcdef01234567" }, "fix: a\n\nbody\n") { Date = DateTimeOffset.Parse("2026-11-29T01:02:03-05:00") } },
        },
        Reachable = { ["v1.0.0\nv0.9.0"] = new[] { "v1.0.0" } },
        Untagged = { ["10001\n"] = new[] { new GitCommit("fedcba98fedcba98fedcba98fedcba98fedcba98", Array.Empty<string>(), "chore: root") } },
    };

    [Fact]
    public void WhatOneNodeWroteAnotherReadsBack()
    {
        var record = Sample();
        record.RemoteUrls["origin"] = "https://github.com/o/r.git";
        using (var writer = new SharedGitReadRecord(Cache, "key", "lib-v\nlib/**", TimeSpan.FromSeconds(5))) writer.Write(record);

        using var reader = new SharedGitReadRecord(Cache, "key", "lib-v\nlib/**", TimeSpan.FromSeconds(5));
        var read = reader.Read()!;

        Assert.Equal(record.Tags, read.Tags);
        Assert.Equal(record.HeadDate, read.HeadDate);
        Assert.Null(read.Ranges["...0123\n"]);
        var commit = Assert.Single(read.Ranges["..0123\nlib/**"]!);
        Assert.Equal(("89abcdef89abcdef89abcdef89abcdef89abcdef", "fix: a\n\nbody\n", DateTimeOffset.Parse("2026-11-29T01:02:03-05:00")), (commit.Id, commit.Message, commit.Date!.Value));
        Assert.Equal(new[] { "0123456789abcdef0123456789abcdef01234567" }, commit.Parents);
        Assert.Equal(new[] { "v1.0.0" }, read.Reachable["v1.0.0\nv0.9.0"]);
        Assert.Equal("chore: root", Assert.Single(read.Untagged["10001\n"]).Message);
        // The remote's URL is configuration, which the key does not cover: never shared.
        Assert.Empty(read.RemoteUrls);
        if (!OperatingSystem.IsWindows()) Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(Path.Combine(Cache.Path, reader.Name)));
    }

    [Fact]
    public void AnswersAreAddedNeverLost()
    {
        var first = new GitReadRecord { Tags = new[] { new GitTag("v1.0.0", "0123456789abcdef0123456789abcdef01234567") } };
        var second = new GitReadRecord { HeadDate = DateTimeOffset.Parse("2026-11-30T06:00:00Z") };
        second.Reachable["v2.0.0"] = Array.Empty<string>();
        using (var a = new SharedGitReadRecord(Cache, "key", "", TimeSpan.FromSeconds(5))) a.Write(first);
        using (var b = new SharedGitReadRecord(Cache, "key", "", TimeSpan.FromSeconds(5))) b.Write(second);

        using var reader = new SharedGitReadRecord(Cache, "key", "", TimeSpan.FromSeconds(5));
        var read = reader.Read()!;
        Assert.Equal(first.Tags, read.Tags);
        Assert.Equal(second.HeadDate, read.HeadDate);
        Assert.Empty(read.Reachable["v2.0.0"]);
    }

    [Fact]
    public void AnotherKeyOrSettingIsAMiss()
    {
        using (var writer = new SharedGitReadRecord(Cache, "key", "lib-v", TimeSpan.FromSeconds(5))) writer.Write(Sample());
        var path = Path.Combine(Cache.Path, SharedGitReadRecord.NameFor("key", "lib-v"));

        using (var otherSetting = new SharedGitReadRecord(Cache, "key", "app-v", TimeSpan.FromSeconds(5))) Assert.Null(otherSetting.Read());
        // A file copied under the name of another key (a state moved on, another repository) holds the wrong key.
        File.Copy(path, Path.Combine(Cache.Path, SharedGitReadRecord.NameFor("other key", "lib-v")));
        using (var otherKey = new SharedGitReadRecord(Cache, "other key", "lib-v", TimeSpan.FromSeconds(5))) Assert.Null(otherKey.Read());
        using (var same = new SharedGitReadRecord(Cache, "key", "lib-v", TimeSpan.FromSeconds(5))) Assert.NotNull(same.Read());
    }

    [Fact]
    public void ATamperedOrForeignFileIsAMiss()
    {
        using (var writer = new SharedGitReadRecord(Cache, "key", "", TimeSpan.FromSeconds(5))) writer.Write(Sample());
        var path = Path.Combine(Cache.Path, SharedGitReadRecord.NameFor("key", ""));
        var valid = File.ReadAllText(path);
        SharedGitReadRecord Reader() => new(Cache, "key", "", TimeSpan.FromSeconds(5));

        // Cut short (a full disk, a half copy): the end marker is missing.
        File.WriteAllText(path, valid.Substring(0, valid.Length - 10));
        using (var r = Reader()) Assert.Null(r.Read());
        // A count that does not match what follows.
        File.WriteAllText(path, valid.Replace("\0" + "1\0v1.0.0", "\0" + "2\0v1.0.0"));
        using (var r = Reader()) Assert.Null(r.Read());

        if (OperatingSystem.IsWindows()) return;
        // The exact key and format, but readable by others, as a file another user planted would have to be.
        File.WriteAllText(path, valid);
        File.SetUnixFileMode(path, OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        using (var r = Reader())
        {
            Assert.Null(r.Read());
            Assert.Contains("open to other users", r.Refusal);
            // Whoever planted it could hold the lock too: never waited on, never written over.
            Assert.Null(r.NextAnswers());
            Assert.Null(r.NextAnswers());
        }
        // A link to a file of the right content.
        var elsewhere = Path.Combine(_root, "elsewhere.cache");
        File.WriteAllText(elsewhere, valid);
        File.SetUnixFileMode(elsewhere, OwnerOnlyFile);
        File.Delete(path);
        File.CreateSymbolicLink(path, elsewhere);
        using (var r = Reader()) Assert.Null(r.Read());
    }

    [Theory]
    [InlineData("")]
    [InlineData("lib/**")]
    public void TheNotesOfASecondNodeAskGitNothingTheFirstRead(string pathFilter)
    {
        using var repo = Repository();
        var filters = pathFilter.Length == 0 ? Array.Empty<string>() : new[] { pathFilter };
        var settings = new VersionSettings { TagPrefix = "lib-v", PathFilters = filters };
        var key = GitReadRecord.KeyFor(repo.Directory, GitSettings.Default)!;
        var setting = SharedGitReadRecord.Setting("lib-v", filters);
        var request = new ReleaseNotesRequest(repo.Directory, SemanticVersion.Parse("2.0.0-alpha.3"), settings);

        // Node 1: nothing in memory, nothing shared yet; it asks git and shares what it learnt.
        var firstGit = new GitCliHistory("git", repo.Directory);
        string first;
        using (var shared = new SharedGitReadRecord(Cache, key, setting, TimeSpan.FromSeconds(5)))
        {
            var history = new RecordedGitHistory(firstGit, null, shared);
            first = ReleaseNotesRenderer.Render(ReleaseNotesResolver.Resolve(request, history).Notes!);
            Assert.True(history.Learnt);
            shared.Write(history.Record);
        }

        // Node 2: its own memory is empty; the shared file answers all but the remote's URL.
        var secondGit = new GitCliHistory("git", repo.Directory);
        using (var shared = new SharedGitReadRecord(Cache, key, setting, TimeSpan.FromSeconds(5)))
        {
            var second = ReleaseNotesRenderer.Render(ReleaseNotesResolver.Resolve(request, new RecordedGitHistory(secondGit, null, shared)).Notes!);
            Assert.Equal(first, second);
        }
        Assert.Equal(1, secondGit.ProcessCount);
        Assert.True(firstGit.ProcessCount > 1);
        var fromGit = ReleaseNotesRenderer.Render(ReleaseNotesResolver.Resolve(request, new GitCliHistory("git", repo.Directory)).Notes!);
        Assert.Equal(fromGit, first);
        Assert.Contains("gone.", first);
    }
}
