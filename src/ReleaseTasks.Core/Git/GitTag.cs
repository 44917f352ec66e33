namespace ReleaseTasks.Git;

/// <summary>A tag name and the commit it points to (annotated tags already peeled).</summary>
public sealed record GitTag(string Name, string CommitId);
