using System;
using System.IO;
using System.Text;

namespace ReleaseTasks.IO;

/// <summary>
/// Replaces a file's content all at once: the text goes to a temporary file beside it, which is then renamed over
/// it. A reader (a parallel build, an editor) sees the old file or the new one, never half of it.
/// </summary>
public static class AtomicFile
{
    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    /// <param name="ownerOnly">Unix: the file is created readable and writable by its owner alone (600), for caches
    /// that must not be open to other users even for a moment.</param>
    /// <param name="durable">Flush to the disk before the rename, so that a crash leaves the old content or the new,
    /// never an empty file. False for what the build can make again (caches, notes under obj/): their readers treat a
    /// damaged file as a miss, and a flush cost a cold build a few milliseconds per file (issue 12).</param>
    public static void WriteAllText(string path, string text, bool byteOrderMark = false, bool ownerOnly = false, bool durable = true)
    {
        var body = new UTF8Encoding(false).GetBytes(text);
        var bytes = byteOrderMark ? new byte[Bom.Length + body.Length] : body;
        if (byteOrderMark)
        {
            Buffer.BlockCopy(Bom, 0, bytes, 0, Bom.Length);
            Buffer.BlockCopy(body, 0, bytes, Bom.Length, body.Length);
        }
        WriteAllBytes(Path.GetFullPath(path), bytes, ownerOnly, keepMode: false, durable);
    }

    /// <summary>
    /// Replaces the content of an existing file the team owns (CHANGELOG.md): through a symbolic link the file it
    /// points to is replaced and the link stays; the file's permissions (Unix mode) stay as they were.
    /// </summary>
    public static void ReplaceContent(string path, byte[] bytes)
    {
        var target = ResolveLinks(Path.GetFullPath(path));
        if (target == null)
        {
            // .NET Framework cannot follow a link to its target: the content is written through it, in place.
            File.WriteAllBytes(path, bytes);
            return;
        }
        WriteAllBytes(target, bytes, ownerOnly: false, keepMode: true, durable: true);
    }

    /// <summary>The file a path names after following every symbolic link; null where that cannot be known.</summary>
    public static string? ResolveLinks(string full)
    {
#if NET
        var info = new FileInfo(full);
        if (!info.Exists || info.LinkTarget == null) return full;
        return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
#else
        return File.Exists(full) && (File.GetAttributes(full) & FileAttributes.ReparsePoint) != 0 ? null : full;
#endif
    }

    private static void WriteAllBytes(string full, byte[] bytes, bool ownerOnly, bool keepMode, bool durable)
    {
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = Create(temp, ownerOnly))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(durable);
            }
#if NET
            if (keepMode && !OperatingSystem.IsWindows() && File.Exists(full))
                File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
            File.Move(temp, full, overwrite: true);
#else
            if (File.Exists(full)) File.Replace(temp, full, null); else File.Move(temp, full);
#endif
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static FileStream Create(string path, bool ownerOnly)
    {
#if NET
        if (ownerOnly && !OperatingSystem.IsWindows())
            return new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
#endif
        return new FileStream(path, FileMode.CreateNew, FileAccess.Write);
    }
}
