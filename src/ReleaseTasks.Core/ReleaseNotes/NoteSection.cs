using System.Collections.Generic;

namespace ReleaseTasks.ReleaseNotes;

/// <summary>A titled section: entries (most sections), or free paragraphs (Upgrade Instructions, Support).</summary>
public sealed record NoteSection(string Title, IReadOnlyList<NoteEntry> Entries, IReadOnlyList<string> Paragraphs);
