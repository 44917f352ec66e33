namespace ReleaseTasks.ReleaseNotes;

/// <summary>A pull request or issue a commit refers to, with its link when the host is known.</summary>
public sealed record NoteReference(NoteReferenceKind Kind, int Number, string? Url);

public enum NoteReferenceKind
{
    PullRequest,
    Issue,
}
