using System;
using System.Collections.Generic;
using ReleaseTasks.Git;

namespace ReleaseTasks.Tests.Git;

/// <summary>Git as the code under test sees it, passed through: a test overrides only the questions it watches or
/// answers differently.</summary>
internal abstract class ForwardingHistory : IGitHistory
{
    protected ForwardingHistory(IGitHistory git) => Git = git;

    protected IGitHistory Git { get; }

    public virtual int ProcessCount => Git.ProcessCount;
    public virtual RepositoryInfo? Open() => Git.Open();
    public virtual IReadOnlyList<GitTag> TagsReachableFromHead() => Git.TagsReachableFromHead();
    public virtual IReadOnlyCollection<string> ReachableFromHead(IReadOnlyList<string> tagNames) => Git.ReachableFromHead(tagNames);
    public virtual IReadOnlyList<GitTag> AllTags() => Git.AllTags();
    public virtual RefListing TagsAndBranches(string? defaultBranch = null) => Git.TagsAndBranches(defaultBranch);
    public virtual IReadOnlyList<string> BranchesContainingHead() => Git.BranchesContainingHead();
    public virtual IReadOnlyList<GitCommit>? CommitsSinceAncestor(string since, IReadOnlyList<string> pathFilters) => Git.CommitsSinceAncestor(since, pathFilters);
    public virtual IDisposable StartCommitsSinceAncestor(string since) => Git.StartCommitsSinceAncestor(since);
    public virtual IReadOnlyList<GitCommit> CommitsSince(string? since, IReadOnlyList<string> pathFilters, int maxCount = 0) => Git.CommitsSince(since, pathFilters, maxCount);
    public virtual IReadOnlyList<GitCommit> WholeHistory(IReadOnlyList<string> pathFilters, IReadOnlyList<string> messageMarkers) => Git.WholeHistory(pathFilters, messageMarkers);
    public virtual DateTimeOffset HeadDate() => Git.HeadDate();
    public virtual string? RemoteUrl(string name) => Git.RemoteUrl(name);
    public virtual int CountCommits(IReadOnlyList<string> pathFilters) => Git.CountCommits(pathFilters);
}
