namespace ReleaseTasks.Git;

/// <summary>What <c>git rev-parse</c> says about the repository the build is in.</summary>
public sealed record RepositoryInfo(string TopLevel, string GitDirectory, bool IsShallow, string? HeadCommit, string? Branch)
{
    public bool HasCommits => HeadCommit != null;
}
