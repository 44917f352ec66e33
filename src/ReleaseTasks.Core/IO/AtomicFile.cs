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
    public static void WriteAllText(string path, string text, bool byteOrderMark = false, bool ownerOnly = false)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = Create(temp, ownerOnly))
            {
                if (byteOrderMark) stream.Write(Bom, 0, Bom.Length);
                var bytes = new UTF8Encoding(false).GetBytes(text);
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(true);
            }
#if NET
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

    /// <summary>Reads UTF-8 text, saying whether it started with a byte order mark (so a rewrite can keep it).</summary>
    public static (string Text, bool ByteOrderMark) ReadAllText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var bom = bytes.Length >= 3 && bytes[0] == Bom[0] && bytes[1] == Bom[1] && bytes[2] == Bom[2];
        return (new UTF8Encoding(false).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0)), bom);
    }
}
