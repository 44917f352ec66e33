using System;
using System.Collections.Generic;

namespace ReleaseTasks.Git;

/// <summary>
/// An <see cref="IGitHistory"/> that answers from a <see cref="GitReadRecord"/> what was asked before in the same
/// repository state, asks git the rest, and records git's answers for the next task.
/// </summary>
public sealed class RecordedGitHistory : IGitHistory
{
    private readonly IGitHistory _git;

    public RecordedGitHistory(IGitHistory git, GitReadRecord? record = null)
    {
        _git = git;
        Record = record ?? new GitReadRecord();
    }

    public GitReadRecord Record { get; }

    public int ProcessCount => _git.ProcessCount;

    public RepositoryInfo? Open() => _git.Open();

    public IReadOnlyList<GitTag> TagsReachableFromHead() => _git.TagsReachableFromHead();

    public IReadOnlyCollection<string> ReachableFromHead(IReadOnlyList<string> tagNames)
    {
        var question = string.Join("\n", tagNames);
        if (Record.Reachable.TryGetValue(question, out var known)) return known;
        return Record.Reachable[question] = _git.ReachableFromHead(tagNames);
    }

    public IReadOnlyList<GitTag> AllTags() => Record.Tags ??= _git.AllTags();

    // Versioning reads the tags with the branches, in one process: the notes then take the tags from that listing.
    public RefListing TagsAndBranches(string? defaultBranch = null)
    {
        var listing = _git.TagsAndBranches(defaultBranch);
        Record.Tags ??= listing.Tags;
        return listing;
    }

    public IReadOnlyList<string> BranchesContainingHead() => _git.BranchesContainingHead();

    public IDisposable StartCommitsSinceAncestor(string since) =>
        Record.Ranges.ContainsKey(GitReadRecord.AncestorQuestion(since, Array.Empty<string>())) ? StartedRead.None : _git.StartCommitsSinceAncestor(since);

    public IReadOnlyList<GitCommit>? CommitsSinceAncestor(string since, IReadOnlyList<string> pathFilters)
    {
        var question = GitReadRecord.AncestorQuestion(since, pathFilters);
        if (Record.Ranges.TryGetValue(question, out var known)) return known;
        return Record.Ranges[question] = _git.CommitsSinceAncestor(since, pathFilters);
    }

    public IReadOnlyList<GitCommit> CommitsSince(string? since, IReadOnlyList<string> pathFilters, int maxCount = 0)
    {
        // Only whole ranges from a tag are kept: those are what versioning and the notes both read.
        if (since == null)
        {
            var untagged = maxCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n" + string.Join("\n", pathFilters);
            if (Record.Untagged.TryGetValue(untagged, out var read)) return read;
            return Record.Untagged[untagged] = _git.CommitsSince(since, pathFilters, maxCount);
        }
        if (maxCount > 0) return _git.CommitsSince(since, pathFilters, maxCount);
        var question = GitReadRecord.RangeQuestion(since, pathFilters);
        if (Record.Ranges.TryGetValue(question, out var known) && known != null) return known;
        var commits = _git.CommitsSince(since, pathFilters, maxCount);
        Record.Ranges[question] = commits;
        return commits;
    }

    public DateTimeOffset HeadDate() => Record.HeadDate ??= _git.HeadDate();

    public string? RemoteUrl(string name) =>
        Record.RemoteUrls.TryGetValue(name, out var url) ? url : Record.RemoteUrls[name] = _git.RemoteUrl(name);

    public int CountCommits(IReadOnlyList<string> pathFilters) => _git.CountCommits(pathFilters);
}
