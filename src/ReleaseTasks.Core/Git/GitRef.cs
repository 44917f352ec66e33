namespace ReleaseTasks.Git;

/// <summary>A branch ref (refs/heads/…, refs/remotes/…) and its commit; <see cref="Target"/> is the ref a symbolic ref
/// such as refs/remotes/origin/HEAD points to, else empty.</summary>
public sealed record GitRef(string Name, string CommitId, string Target = "");

/// <summary>One listing of the repository's refs: the tags (peeled) and the branches, local and remote.</summary>
public sealed record RefListing(System.Collections.Generic.IReadOnlyList<GitTag> Tags, System.Collections.Generic.IReadOnlyList<GitRef> Branches);
