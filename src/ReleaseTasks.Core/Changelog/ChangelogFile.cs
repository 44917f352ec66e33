using System;
using System.IO;
using System.Text;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Changelog;

/// <summary>Reads and writes CHANGELOG.md: the encoding and byte order mark are kept, and the new text replaces the
/// old one atomically (a temporary file beside it, then a rename), so a failure never leaves half a file.</summary>
public static class ChangelogFile
{
    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    /// <summary>Writes the version's section. Returns whether the file changed, or the error that stopped it.</summary>
    public static (bool Changed, Diagnostic? Error) Update(string path, string version, string generated)
    {
        string? existing = null;
        var hasBom = false;
        if (File.Exists(path))
        {
            var bytes = File.ReadAllBytes(path);
            hasBom = bytes.Length >= 3 && bytes[0] == Bom[0] && bytes[1] == Bom[1] && bytes[2] == Bom[2];
            existing = new UTF8Encoding(false).GetString(bytes, hasBom ? 3 : 0, bytes.Length - (hasBom ? 3 : 0));
        }

        var (text, error) = ChangelogWriter.Merge(existing, version, generated, path);
        if (error != null) return (false, error);
        if (text == existing) return (false, null);

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                if (hasBom) stream.Write(Bom, 0, Bom.Length);
                var payload = new UTF8Encoding(false).GetBytes(text!);
                stream.Write(payload, 0, payload.Length);
                stream.Flush(true);
            }
            if (File.Exists(path)) File.Replace(temp, path, null);
            else File.Move(temp, path);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        return (true, null);
    }
}
