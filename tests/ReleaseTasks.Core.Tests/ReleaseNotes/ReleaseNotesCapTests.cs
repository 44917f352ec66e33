using System;
using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Git;
using ReleaseTasks.ReleaseNotes;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.ReleaseNotes;

public sealed class ReleaseNotesCapTests : IDisposable
{
    private readonly TempRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    private ReleaseNotesResolution Resolve(int maxCommits) =>
        ReleaseNotesResolver.Resolve(new ReleaseNotesRequest(_repo.Directory, SemanticVersion.Parse("0.1.0-alpha.25"), new VersionSettings())
        {
            MaxCommits = maxCommits,
        });

    [Fact]
    public void AnUntaggedHistoryLongerThanTheCapListsTheNewestCommitsWithAWarning()
    {
        _repo.Commits(Enumerable.Range(1, 25).Select(i => $"feat: feature {i}").ToArray());

        var resolution = Resolve(10);

        var entries = resolution.Notes!.Sections.Single(s => s.Title == "New Features").Entries;
        Assert.Equal(Enumerable.Range(16, 10).Select(i => $"feature {i}"), entries.Select(e => e.Description));
        var warning = Assert.Single(resolution.Diagnostics);
        Assert.Equal(DiagnosticCatalog.ReleaseNotesCommitsCapped, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("only the newest 10 commits since the first commit", warning.Message);
    }

    [Fact]
    public void AHistoryWithinTheCapIsListedWhole()
    {
        _repo.Commits(Enumerable.Range(1, 10).Select(i => $"fix: fix {i}").ToArray());

        var resolution = Resolve(10);

        Assert.Equal(10, resolution.Notes!.Sections.Single().Entries.Count);
        Assert.Empty(resolution.Diagnostics);
    }

    [Fact]
    public void GitIsAskedForNoMoreCommitsThanTheCap()
    {
        _repo.Commits(Enumerable.Range(1, 25).Select(i => $"feat: feature {i}").ToArray());

        var commits = new GitCliHistory("git", _repo.Directory).CommitsSince(null, Array.Empty<string>(), maxCount: 11);

        Assert.Equal(11, commits.Count);
        Assert.Equal("feat: feature 25", commits[0].Message.Trim());
    }
}
