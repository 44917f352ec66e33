using System;
using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.Commits;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Git;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.ReleaseNotes;

/// <summary>The notes, or why there are none.</summary>
public sealed record ReleaseNotesResolution(ReleaseNotesDocument? Notes, IReadOnlyList<Diagnostic> Diagnostics, bool HeadIsTagged)
{
    /// <summary>The repository's top-level directory (where CHANGELOG.md goes by default).</summary>
    public string? RepositoryRoot { get; init; }
}

/// <summary>
/// Finds the range a version's notes cover and builds them. The range starts after the highest earlier tag; for a
/// stable version only stable tags count, so 2.0.0 rolls up everything since 1.x, not since 2.0.0-rc.2.
/// </summary>
public static class ReleaseNotesResolver
{
    public static ReleaseNotesResolution Resolve(ReleaseNotesRequest request) =>
        Resolve(request, new GitCliHistory(request.Git, request.ProjectDirectory));

    public static ReleaseNotesResolution Resolve(ReleaseNotesRequest request, IGitHistory git)
    {
        try
        {
            if (GitDirectories.Locate(request.ProjectDirectory, request.Git.Environment) == null)
                return None("the project is not in a git repository");
            var repo = git.Open();
            if (repo == null) return None("the project is not in a git repository");
            if (!repo.HasCommits) return None("the repository has no commits");
            return Build(request, git, repo);
        }
        catch (GitException e) when (e.ExecutableNotFound)
        {
            return None($"the git executable '{request.Git.Executable}' could not be started");
        }
        catch (GitException e)
        {
            return new ReleaseNotesResolution(null, new[] { DiagnosticCatalog.ForGitFailure(e, request.Git.Executable, null) }, false);
        }
    }

    private static ReleaseNotesResolution Build(ReleaseNotesRequest request, IGitHistory git, RepositoryInfo repo)
    {
        var prefix = request.Settings.TagPrefix;
        var tags = git.AllTags()
            .Select(t => VersionTag.TryParse(t.Name, t.CommitId, prefix, out var v) ? v : null)
            .Where(t => t != null)
            .Select(t => t!)
            .ToList();
        var current = request.Version;
        bool OnHead(VersionTag t) => string.Equals(t.CommitId, repo.HeadCommit, StringComparison.OrdinalIgnoreCase);
        var currentTag = tags.Where(OnHead).FirstOrDefault(t => VersionComparer.VersionRelease.Equals(t.Version, current));

        var candidates = tags
            .Where(t => !OnHead(t) && VersionComparer.VersionRelease.Compare(t.Version, current) < 0)
            .Where(t => current.IsPrerelease || !t.Version.IsPrerelease);
        var (previous, sincePrevious) = ReachableTag.Highest(git, candidates, request.Settings.PathFilters);
        var max = request.MaxCommits;
        // One more than the cap tells whether there were more.
        var raw = sincePrevious ?? git.CommitsSince(null, request.Settings.PathFilters, max > 0 ? max + 1 : 0);
        var diagnostics = new List<Diagnostic>();
        if (max > 0 && raw.Count > max)
        {
            // Newest first: the newest commits stay (a tagged range is already in memory; cutting it still bounds
            // what is rendered into the notes, the changelog and the nuspec).
            raw = raw.Take(max).ToList();
            diagnostics.Add(DiagnosticCatalog.NotesCommitsCapped(max, previous?.Name ?? "the first commit", max));
        }
        var date = raw.Count > 0 && raw[0].Id == repo.HeadCommit && raw[0].Date is { } d ? d : git.HeadDate();
        var links = RepositoryLinks.FromRemote(git.RemoteUrl(request.RemoteName));

        var context = new ReleaseNotesContext(current.ToNormalizedString(), date, repo.HeadCommit!)
        {
            PreviousTag = previous?.Name ?? string.Empty,
            PreviousVersion = previous?.Version.ToNormalizedString(),
            CurrentTag = currentTag?.Name ?? string.Empty,
            Links = links,
            Sections = request.Sections,
            SupportContact = request.SupportContact,
        };
        var notes = ReleaseNotesBuilder.Build(CommitRange.Effective(raw), context);
        return new ReleaseNotesResolution(notes, diagnostics, currentTag != null) { RepositoryRoot = repo.TopLevel };
    }

    private static ReleaseNotesResolution None(string why) =>
        new(null, new[] { DiagnosticCatalog.NoHistoryForNotes(why) }, false);
}
