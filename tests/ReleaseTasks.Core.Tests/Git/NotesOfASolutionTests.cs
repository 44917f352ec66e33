using System;
using ReleaseTasks.Git;
using ReleaseTasks.ReleaseNotes;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Git;

/// <summary>
/// Issue 12 (monorepo): the release notes of the projects of one build share git's answers (the record the build keeps
/// in memory), so the second project's notes start no git process, and are exactly the notes read from git.
/// </summary>
public class NotesOfASolutionTests
{
    private static string Markdown(ReleaseNotesResolution resolution) => ReleaseNotesRenderer.Render(resolution.Notes!);

    [Theory]
    [InlineData(true, "")]
    [InlineData(true, "lib/**")]
    [InlineData(false, "")]
    [InlineData(false, "lib/**")]
    public void TheNextProjectsNotesAskGitNothing(bool tagged, string pathFilter)
    {
        var pathFilters = pathFilter.Length == 0 ? Array.Empty<string>() : new[] { pathFilter };
        using var repo = new TempRepository();
        repo.Commit("feat: first", "lib/a.txt");
        if (tagged) repo.Git("tag", "-a", "v1.0.0", "-m", "one");
        repo.Commit("fix(lib): a\n\nRefs: #3", "lib/b.txt");
        repo.Commit("feat: elsewhere", "app/c.txt");
        repo.Git("remote", "add", "origin", "https://github.com/o/r.git");
        var settings = new VersionSettings { PathFilters = pathFilters };
        var version = ReleaseVersionResolver.Resolve(new VersionRequest(repo.Directory, settings) { Environment = _ => null },
            new GitCliHistory("git", repo.Directory)).Result;
        var request = new ReleaseNotesRequest(repo.Directory, version.Version, settings);
        var record = new GitReadRecord();

        var first = new GitCliHistory("git", repo.Directory);
        ReleaseNotesResolver.Resolve(request, new RecordedGitHistory(first, record));
        var next = new GitCliHistory("git", repo.Directory);
        var nextNotes = ReleaseNotesResolver.Resolve(request, new RecordedGitHistory(next, record));
        var fromGit = ReleaseNotesResolver.Resolve(request, new GitCliHistory("git", repo.Directory));

        Assert.True(first.ProcessCount > 0);
        Assert.Equal(0, next.ProcessCount);
        Assert.Equal(Markdown(fromGit), Markdown(nextNotes));
        Assert.Contains("#3", Markdown(nextNotes));
    }
}
