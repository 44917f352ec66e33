using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.Commits;
using ReleaseTasks.ContinuousIntegration;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Git;

namespace ReleaseTasks.Versioning;

/// <summary>
/// Gathers what the versioning rules need (git history, CI variables, settings), hands it to
/// <see cref="VersionCalculator"/>, and turns every way git can fail into a diagnostic and a usable version.
/// </summary>
public static class ReleaseVersionResolver
{
    /// <summary>
    /// A key that is equal for two builds exactly when they must compute the same version: HEAD, refs, tags,
    /// shallow boundary, settings and CI variables. Read from files only; null when it cannot be known that way.
    /// </summary>
    public static string? CacheKey(VersionRequest request)
    {
        var dirs = GitDirectories.Locate(request.ProjectDirectory, request.Git.Environment);
        var state = dirs?.StateKey();
        if (dirs == null || state == null) return null;
        var ci = CiEnvironment.Detect(request.Environment);
        return string.Join("\n",
            "repo=" + dirs.WorkingTree,
            state,
            "settings=" + request.Settings.Fingerprint(),
            "ci=" + (ci == null ? "" : $"{ci.System}|{ci.Branch}|{ci.PullRequest}"),
            "git=" + request.Git.Executable,
            // GIT_DIR, GIT_WORK_TREE, replacement settings: another repository, or another view of its history.
            "gitenv=" + request.Git.Environment.Key,
            // A new build of ReleaseTasks may compute differently: never reuse what an older one cached.
            "tool=" + typeof(ReleaseVersionResolver).Assembly.ManifestModule.ModuleVersionId);
    }

    /// <summary>Computes the version. Never throws for a repository problem: those become diagnostics.</summary>
    public static VersionResolution Resolve(VersionRequest request) =>
        Resolve(request, new GitCliHistory(request.Git, request.ProjectDirectory));

    public static VersionResolution Resolve(VersionRequest request, IGitHistory git)
    {
        var settings = request.Settings;
        var fallback = settings.FallbackVersion.ToFullString();

        // No .git anywhere above the project: no need to start git to learn that.
        if (GitDirectories.Locate(request.ProjectDirectory, request.Git.Environment) == null)
            return Fallback(settings, DiagnosticCatalog.NotARepository(request.ProjectDirectory, fallback), "not a git repository", git);

        try
        {
            var repo = git.Open();
            if (repo == null)
                return Fallback(settings, DiagnosticCatalog.NotARepository(request.ProjectDirectory, fallback), "not a git repository", git);
            if (!repo.HasCommits)
                return Fallback(settings, DiagnosticCatalog.RepositoryHasNoCommits(fallback), "no commits yet", git);

            var result = Compute(request, git, repo);
            return new VersionResolution(result, false, git.ProcessCount);
        }
        catch (GitException e)
        {
            return Fallback(settings, DiagnosticCatalog.ForGitFailure(e, request.Git.Executable, fallback), e.ExecutableNotFound ? "git not found" : "git failed", git);
        }
    }

    private static VersionResult Compute(VersionRequest request, IGitHistory git, RepositoryInfo repo)
    {
        var settings = request.Settings;
        var diagnostics = new List<Diagnostic>();

        var headTags = new List<VersionTag>();
        var versionTags = new List<VersionTag>();
        var ignored = new List<string>();
        var versionLike = new List<VersionLikeTag>();
        // Issue 12: the range from the release the ref files name is read while git lists the refs (PreviousTagGuess);
        // ReachableTag takes it only if git names that release first. Path filters first ask merge-base: not guessed.
        using var early = settings.PathFilters.Count == 0
                          && GitDirectories.Locate(request.ProjectDirectory, request.Git.Environment) is { } directories
                          && PreviousTagGuess.CommitOf(directories, settings.TagPrefix, repo.HeadCommit!) is { } likely
            ? git.StartCommitsSinceAncestor(likely)
            : StartedRead.None;
        // Tags and branches in one read of the refs: the branches give the release lines and the freeze's branch point.
        var refs = git.TagsAndBranches(settings.DefaultBranch);
        foreach (var tag in refs.Tags)
        {
            if (!VersionTag.HasPrefix(tag.Name, settings.TagPrefix)) continue;
            if (!VersionTag.TryParse(tag.Name, tag.CommitId, settings.TagPrefix, out var versionTag))
            {
                ignored.Add(tag.Name);
                if (VersionLikeTag.TryParse(tag.Name, tag.CommitId, settings.TagPrefix, out var like)) versionLike.Add(like);
                continue;
            }
            versionTags.Add(versionTag);
            if (string.Equals(tag.CommitId, repo.HeadCommit, StringComparison.OrdinalIgnoreCase)) headTags.Add(versionTag);
        }
        if (ignored.Count > 0) diagnostics.Add(DiagnosticCatalog.TagsIgnored(ignored));

        var ci = CiEnvironment.Detect(request.Environment);
        var branch = settings.BranchOverride ?? repo.Branch ?? ci?.Branch;
        var pullRequest = settings.PullRequestOverride ?? ci?.PullRequest;

        VersionTag? previous = null;
        var height = 0;
        IReadOnlyList<ReleaseCommit> commits = Array.Empty<ReleaseCommit>();
        IReadOnlyList<GitCommit>? raw = null;
        if (headTags.Count == 0)
        {
            (previous, raw) = ReachableTag.Highest(git, versionTags, settings.PathFilters);
            if (previous != null && raw != null)
            {
                height = raw.Count;
                commits = CommitRange.Effective(raw);
            }
            else
            {
                // No release yet: the whole history (in place of a count, still one git process), so that Release-As and
                // +semver: set the first release as they set any later one; only the messages that can matter are kept.
                raw = git.WholeHistory(settings.PathFilters, FirstReleaseBump.MessageMarkers);
                height = raw.Count;
                commits = CommitRange.Effective(raw);
                if (repo.IsShallow) diagnostics.Add(DiagnosticCatalog.ShallowClone(settings.RequireFullHistory));
            }
        }

        var inputs = new VersionInputs
        {
            HeadCommit = repo.HeadCommit!,
            HeadTags = headTags,
            PreviousTag = previous,
            Height = height,
            Commits = commits,
            Branch = branch,
            PullRequest = pullRequest,
            BranchedReleases = headTags.Count == 0 ? ReleaseLines.Find(refs.Branches, versionTags, previous, settings.TagPrefix) : Array.Empty<BranchedRelease>(),
        };
        var result = VersionCalculator.Calculate(inputs, settings);
        diagnostics.AddRange(result.Diagnostics);
        if (versionLike.Count > 0
            && MisspelledReleaseTag.Find(git, versionLike, versionTags, repo.HeadCommit!, headTags, previous, raw, result.Version) is { } misspelled)
            diagnostics.Add(misspelled);
        var apiBaseline = headTags.Count == 0 ? previous : ReleaseBefore(git, headTags, versionTags, settings);
        // A tagged release holds what came since the release before it, read only for that (and cached with the version).
        if (headTags.Count > 0 && apiBaseline != null)
            commits = CommitRange.Effective(git.CommitsSinceAncestor(apiBaseline.CommitId, settings.PathFilters) ?? Array.Empty<GitCommit>());
        var freeze = JudgeFeatureFreeze(git, refs, branch, pullRequest, settings);
        return result with
        {
            FeatureFreezeJudged = freeze != null,
            FeatureFreezeBase = freeze?.Base ?? string.Empty,
            FeatureFreezeBreaks = freeze?.Breaks ?? Array.Empty<string>(),
            OnLtsBranch = headTags.Count > 0 && branch == null && ReleaseChannel.AnyLts(git.BranchesContainingHead()),
            Diagnostics = diagnostics,
            CommitDate = HeadDate(git, repo.HeadCommit!, raw, commits),
            ApiBaselineTag = apiBaseline?.Name ?? string.Empty,
            ApiBaselineVersion = apiBaseline?.Version,
            // A first release fixes no released version: the history before it is read for the overrides only.
            IsSecurityRelease = (previous != null || headTags.Count > 0) && SecurityChange.In(commits),
        };
    }

    /// <summary>On a release branch, the commits after its branch point that break the freeze: one git log more, on release
    /// branch builds only (cached with the version). Null when not judged (another branch, or no default branch here).</summary>
    private static (string Base, IReadOnlyList<string> Breaks)? JudgeFeatureFreeze(IGitHistory git, RefListing refs, string? branch, int? pullRequest, VersionSettings settings)
    {
        if (!FeatureFreeze.Applies(branch, pullRequest, settings.TagPrefix)) return null;
        if (FeatureFreeze.DefaultBranch(refs.Branches, settings.DefaultBranch) is not { } main) return null;
        var after = CommitRange.Effective(git.CommitsSince(main.Name, settings.PathFilters));
        return (ReleaseLines.ShortName(main.Name), FeatureFreeze.Breaks(after));
    }

    /// <summary>HEAD's committer date from the commits already read (free), else from one more git call; a failure
    /// there costs only the date, never the version.</summary>
    private static DateTimeOffset? HeadDate(IGitHistory git, string head, IReadOnlyList<GitCommit>? raw, IReadOnlyList<ReleaseCommit> commits)
    {
        if (raw != null && raw.Count > 0 && raw[0].Id == head && raw[0].Date is { } date) return date;
        foreach (var commit in commits)
            if (commit.Commit.Id == head && commit.Commit.Date is { } d) return d;
        try { return git.HeadDate(); }
        catch (GitException) { return null; }
        catch (FormatException) { return null; }
    }

    /// <summary>
    /// On a tagged HEAD, the release the tag follows, for the API check (the version itself is the tag): the highest
    /// lower version tag reachable from HEAD, only stable ones for a stable tag (its release candidates are part of
    /// it). One more git call, on tagged builds only, and cached with the version.
    /// </summary>
    private static VersionTag? ReleaseBefore(IGitHistory git, List<VersionTag> headTags, List<VersionTag> versionTags, VersionSettings settings)
    {
        var head = headTags.OrderByDescending(t => t.Version, VersionComparer.VersionRelease).First();
        var earlier = versionTags.Where(t => VersionComparer.VersionRelease.Compare(t.Version, head.Version) < 0
                                             && !headTags.Contains(t)
                                             && (head.Version.IsPrerelease || !t.Version.IsPrerelease));
        return ReachableTag.Highest(git, earlier, settings.PathFilters).Tag;
    }

    private static VersionResolution Fallback(VersionSettings settings, Diagnostic diagnostic, string why, IGitHistory git)
    {
        var result = new VersionResult
        {
            Version = settings.FallbackVersion,
            AssemblyVersionPrecision = settings.AssemblyVersionPrecision,
            Explanation = $"{settings.FallbackVersion.ToNormalizedString()} (fallback version; {why})",
            Diagnostics = new[] { diagnostic },
        };
        return new VersionResolution(result, false, git.ProcessCount);
    }
}
