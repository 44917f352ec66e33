using ReleaseTasks.Git;

namespace ReleaseTasks.Commits;

/// <summary>A commit of a release range together with its parsed message.</summary>
public sealed record ReleaseCommit(GitCommit Commit, ConventionalCommit Message);
