using System;
using System.IO;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.IO;

namespace ReleaseTasks.Changelog;

/// <summary>
/// Reads and writes CHANGELOG.md. The bytes outside the generated sections are the team's: the encoding (UTF-8
/// with or without a byte order mark, UTF-16 with one), each line's ending and the final newline or its absence are
/// kept, and a file that cannot be read back byte for byte is refused. One update at a time per file, across
/// processes; the new content replaces the old atomically (a temporary file beside it, then a rename), through a
/// symbolic link to the file it names, with the file's permissions.
/// </summary>
public static class ChangelogFile
{
    public static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Writes the version's section. Returns whether the file changed, or the error that stopped it (then
    /// the file is as it was).</summary>
    /// <param name="unreleased">The label of the section a release replaces (see <see cref="ChangelogWriter.Merge(string?, string, string, string, string)"/>).</param>
    public static (bool Changed, Diagnostic? Error) Update(string path, string version, string generated,
        string unreleased = ChangelogWriter.Unreleased, TimeSpan? lockTimeout = null)
    {
        var full = Path.GetFullPath(path);
        var target = AtomicFile.ResolveLinks(full) ?? full;
        var timeout = lockTimeout ?? DefaultLockTimeout;
        using var held = FileLock.TryAcquire(target, timeout);
        if (held == null) return (false, DiagnosticCatalog.ChangelogLocked(path, timeout, FileLock.LockPathFor(target)));

        EncodedText? stored = null;
        if (File.Exists(full))
        {
            if ((File.GetAttributes(target) & FileAttributes.ReadOnly) != 0) return (false, DiagnosticCatalog.ChangelogReadOnly(path));
            stored = EncodedText.TryDecode(File.ReadAllBytes(full), out var problem);
            if (stored == null) return (false, DiagnosticCatalog.ChangelogNotRoundTrippable(path, problem!));
        }

        var (text, error) = ChangelogWriter.Merge(stored?.Text, version, generated, path, unreleased);
        if (error != null) return (false, error);
        if (text == stored?.Text) return (false, null);
        var bytes = (stored ?? EncodedText.NewFile()).Encode(text!);
        AtomicFile.ReplaceContent(full, bytes);
        return (true, null);
    }

    /// <summary>Takes a generated section out of the file (see <see cref="ChangelogWriter.Remove"/>); a missing file or
    /// section changes nothing. Same lock, encoding and atomic write as <see cref="Update"/>.</summary>
    public static (bool Changed, Diagnostic? Error) Remove(string path, string label, TimeSpan? lockTimeout = null)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full)) return (false, null);
        var target = AtomicFile.ResolveLinks(full) ?? full;
        var timeout = lockTimeout ?? DefaultLockTimeout;
        using var held = FileLock.TryAcquire(target, timeout);
        if (held == null) return (false, DiagnosticCatalog.ChangelogLocked(path, timeout, FileLock.LockPathFor(target)));
        if (!File.Exists(full)) return (false, null);

        var stored = EncodedText.TryDecode(File.ReadAllBytes(full), out var problem);
        if (stored == null) return (false, DiagnosticCatalog.ChangelogNotRoundTrippable(path, problem!));
        var (text, error) = ChangelogWriter.Remove(stored.Text, label, path);
        if (error != null) return (false, error);
        if (text == stored.Text) return (false, null);
        if ((File.GetAttributes(target) & FileAttributes.ReadOnly) != 0) return (false, DiagnosticCatalog.ChangelogReadOnly(path));
        AtomicFile.ReplaceContent(full, stored.Encode(text!));
        return (true, null);
    }
}
