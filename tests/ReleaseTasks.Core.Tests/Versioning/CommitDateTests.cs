using System;
using System.Globalization;
using System.IO;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

/// <summary>ReleaseTasksCommitDate: HEAD's committer date as git reports it, in every shape of history, and through the cache.</summary>
public class CommitDateTests
{
    private static readonly DateTimeOffset Date = new(2026, 3, 4, 5, 6, 7, TimeSpan.FromHours(2));

    private static VersionResolution Resolve(string dir) =>
        ReleaseVersionResolver.Resolve(new VersionRequest(dir, new VersionSettings()) { Environment = _ => null });

    private static DateTimeOffset GitDate(TempRepository repo) =>
        DateTimeOffset.Parse(repo.Git("log", "-1", "--format=%cI", "HEAD"), CultureInfo.InvariantCulture);

    [Fact]
    public void AfterATagTheDateComesWithTheCommitsAlreadyRead()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v1.0.0");
        repo.Commit("fix: b", date: Date);

        var resolution = Resolve(repo.Directory);

        Assert.Equal(GitDate(repo), resolution.Result.CommitDate);
        Assert.Equal(Date, resolution.Result.CommitDate);
        // for-each-ref and the log since the tag, as before the date was read: no process for it.
        Assert.Equal(2, resolution.GitProcesses);
    }

    [Fact]
    public void WithoutATagOrOnAFirstTaggedReleaseOneMoreGitCallReadsIt()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a", date: Date);
        Assert.Equal(GitDate(repo), Resolve(repo.Directory).Result.CommitDate);

        repo.Git("tag", "v1.0.0");
        Assert.Equal(GitDate(repo), Resolve(repo.Directory).Result.CommitDate);
    }

    [Fact]
    public void ATaggedReleaseAfterAnotherReadsItFromItsRange()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v1.0.0");
        repo.Commit("fix: b", date: Date);
        repo.Git("tag", "v1.0.1");

        var resolution = Resolve(repo.Directory);

        Assert.Equal(GitDate(repo), resolution.Result.CommitDate);
        Assert.Equal("1.0.1", resolution.Result.PackageVersion);
    }

    [Fact]
    public void TheCacheKeepsTheDate()
    {
        var path = Path.Combine(TempRepository.NewDirectory(), "ReleaseTasks.version.cache");
        var written = new VersionResult { Version = NuGet.Versioning.SemanticVersion.Parse("1.2.3"), CommitDate = Date };

        VersionCacheFile.Write(path, "key", written);

        Assert.Equal(Date, VersionCacheFile.Read(path, "key")!.CommitDate);
    }
}
