using System.Collections.Generic;

namespace ReleaseTasks.Git;

/// <summary>The few questions versioning asks git. One implementation runs the git executable.</summary>
public interface IGitHistory
{
    /// <summary>The repository, or null when the directory is not in one.</summary>
    RepositoryInfo? Open();

    /// <summary>Every tag whose commit is reachable from HEAD, annotated tags peeled to their commit. Walks the
    /// whole history: slow on big repositories, so versioning only falls back to it.</summary>
    IReadOnlyList<GitTag> TagsReachableFromHead();

    /// <summary>Which of the given tags (names under refs/tags/) are reachable from HEAD. git walks only down to the
    /// oldest of them, so a few recent tags cost what their range does, not the whole history.</summary>
    IReadOnlyCollection<string> ReachableFromHead(IReadOnlyList<string> tagNames);

    /// <summary>Every tag of the repository, annotated tags peeled: reads refs only, fast at any size.</summary>
    IReadOnlyList<GitTag> AllTags();

    /// <summary><see cref="AllTags"/> and the branches versioning reads — release/*, develop, main, master, trunk and
    /// <paramref name="defaultBranch"/>, local and on every remote, and remotes' HEAD — in the same single read of the refs
    /// (release lines and the feature freeze need them; a second process would cost every build).</summary>
    RefListing TagsAndBranches(string? defaultBranch = null);
    /// <summary>The local and remote-tracking branches (refs/heads/…, refs/remotes/…) whose history holds HEAD.</summary>
    IReadOnlyList<string> BranchesContainingHead();

    /// <summary>The commits of <paramref name="since"/>..HEAD as <see cref="CommitsSince"/>, or null when
    /// <paramref name="since"/> is not an ancestor of HEAD.</summary>
    IReadOnlyList<GitCommit>? CommitsSinceAncestor(string since, IReadOnlyList<string> pathFilters);

    /// <summary>Starts reading <see cref="CommitsSinceAncestor"/> of <paramref name="since"/> (no path filter) in the
    /// background; the next such call takes that answer. Disposing waits for a read nobody took, so that no git process
    /// outlives the caller.</summary>
    System.IDisposable StartCommitsSinceAncestor(string since);

    /// <summary>Commits reachable from HEAD and not from <paramref name="since"/> (all of them when null), newest
    /// first, touching the path filters when any are given; the newest <paramref name="maxCount"/> only when it is
    /// positive (git stops there, so a history of a million commits costs what its newest ones do).</summary>
    IReadOnlyList<GitCommit> CommitsSince(string? since, IReadOnlyList<string> pathFilters, int maxCount = 0);

    /// <summary>Every commit reachable from HEAD (touching the path filters), exactly as <see cref="CommitsSince"/> with no
    /// tag lists them, in one git process, but with the message only of the commits whose message contains one of
    /// <paramref name="messageMarkers"/> (ordinal, ignoring case); the others have an empty message. For an untagged
    /// history, whose every message would otherwise be copied and parsed for the few that can matter.</summary>
    IReadOnlyList<GitCommit> WholeHistory(IReadOnlyList<string> pathFilters, IReadOnlyList<string> messageMarkers);

    /// <summary>HEAD's committer date.</summary>
    System.DateTimeOffset HeadDate();

    /// <summary>The URL of a remote (origin), or null when there is none.</summary>
    string? RemoteUrl(string name);

    /// <summary>How many commits are reachable from HEAD, touching the path filters when any are given.</summary>
    int CountCommits(IReadOnlyList<string> pathFilters);

    /// <summary>How many git processes have been started so far.</summary>
    int ProcessCount { get; }
}
