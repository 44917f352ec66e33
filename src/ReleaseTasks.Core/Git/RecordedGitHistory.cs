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
    private readonly SharedGitReadRecord? _shared;

    /// <param name="shared">Where the other nodes of the build share their answers: consulted on a miss, before git.</param>
    public RecordedGitHistory(IGitHistory git, GitReadRecord? record = null, SharedGitReadRecord? shared = null)
    {
        _git = git;
        Record = record ?? new GitReadRecord();
        _shared = shared;
    }

    public GitReadRecord Record { get; }

    /// <summary>True once git answered a question the record keeps (the remotes' URLs aside): there is something to share.</summary>
    public bool Learnt { get; private set; }

    // On a miss: the answers the other nodes shared, first as they are, then after waiting for the one asking git now.
    private bool TakeShared()
    {
        if (_shared?.NextAnswers() is not { } answers) return false;
        Record.MergeFrom(answers);
        return true;
    }

    private T Learn<T>(T answer)
    {
        Learnt = true;
        return answer;
    }

    public int ProcessCount => _git.ProcessCount;

    public RepositoryInfo? Open() => _git.Open();

    public IReadOnlyList<GitTag> TagsReachableFromHead() => _git.TagsReachableFromHead();

    public IReadOnlyCollection<string> ReachableFromHead(IReadOnlyList<string> tagNames)
    {
        var question = string.Join("\n", tagNames);
        IReadOnlyCollection<string>? known;
        while (!Record.Reachable.TryGetValue(question, out known) && TakeShared()) { }
        if (known != null) return known;
        return Record.Reachable[question] = Learn(_git.ReachableFromHead(tagNames));
    }

    public IReadOnlyList<GitTag> AllTags()
    {
        while (Record.Tags == null && TakeShared()) { }
        return Record.Tags ??= Learn(_git.AllTags());
    }

    // Versioning reads the tags with the branches, in one process: the notes then take the tags from that listing.
    public RefListing TagsAndBranches(string? defaultBranch = null)
    {
        var listing = _git.TagsAndBranches(defaultBranch);
        if (Record.Tags == null) Record.Tags = Learn(listing.Tags);
        return listing;
    }

    public IReadOnlyList<string> BranchesContainingHead() => _git.BranchesContainingHead();

    public IDisposable StartCommitsSinceAncestor(string since) =>
        Record.Ranges.ContainsKey(GitReadRecord.AncestorQuestion(since, Array.Empty<string>())) ? StartedRead.None : _git.StartCommitsSinceAncestor(since);

    public IReadOnlyList<GitCommit>? CommitsSinceAncestor(string since, IReadOnlyList<string> pathFilters)
    {
        var question = GitReadRecord.AncestorQuestion(since, pathFilters);
        bool found;
        IReadOnlyList<GitCommit>? known;
        while (!(found = Record.Ranges.TryGetValue(question, out known)) && TakeShared()) { }
        if (found) return known;
        return Record.Ranges[question] = Learn(_git.CommitsSinceAncestor(since, pathFilters));
    }

    public IReadOnlyList<GitCommit> CommitsSince(string? since, IReadOnlyList<string> pathFilters, int maxCount = 0)
    {
        // Only whole ranges from a tag are kept: those are what versioning and the notes both read.
        if (since == null)
        {
            var untagged = maxCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n" + string.Join("\n", pathFilters);
            IReadOnlyList<GitCommit>? read;
            while (!Record.Untagged.TryGetValue(untagged, out read) && TakeShared()) { }
            if (read != null) return read;
            return Record.Untagged[untagged] = Learn(_git.CommitsSince(since, pathFilters, maxCount));
        }
        if (maxCount > 0) return _git.CommitsSince(since, pathFilters, maxCount);
        var question = GitReadRecord.RangeQuestion(since, pathFilters);
        IReadOnlyList<GitCommit>? known;
        while (!(Record.Ranges.TryGetValue(question, out known) && known != null) && TakeShared()) { }
        if (known != null) return known;
        var commits = Learn(_git.CommitsSince(since, pathFilters, maxCount));
        Record.Ranges[question] = commits;
        return commits;
    }

    // Not recorded: the messages left out would make it a wrong answer to any other question.
    public IReadOnlyList<GitCommit> WholeHistory(IReadOnlyList<string> pathFilters, IReadOnlyList<string> messageMarkers) =>
        _git.WholeHistory(pathFilters, messageMarkers);

    public DateTimeOffset HeadDate()
    {
        while (Record.HeadDate == null && TakeShared()) { }
        return Record.HeadDate ??= Learn(_git.HeadDate());
    }

    public string? RemoteUrl(string name) =>
        Record.RemoteUrls.TryGetValue(name, out var url) ? url : Record.RemoteUrls[name] = _git.RemoteUrl(name);

    public int CountCommits(IReadOnlyList<string> pathFilters) => _git.CountCommits(pathFilters);
}
