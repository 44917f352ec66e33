using System.IO;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.IO;

namespace ReleaseTasks.Changelog;

/// <summary>Reads and writes CHANGELOG.md: the encoding and byte order mark are kept, and the new text replaces the
/// old one atomically (a temporary file beside it, then a rename), so a failure never leaves half a file.</summary>
public static class ChangelogFile
{
    /// <summary>Writes the version's section. Returns whether the file changed, or the error that stopped it.</summary>
    public static (bool Changed, Diagnostic? Error) Update(string path, string version, string generated)
    {
        string? existing = null;
        var hasBom = false;
        if (File.Exists(path)) (existing, hasBom) = AtomicFile.ReadAllText(path);

        var (text, error) = ChangelogWriter.Merge(existing, version, generated, path);
        if (error != null) return (false, error);
        if (text == existing) return (false, null);
        AtomicFile.WriteAllText(path, text!, hasBom);
        return (true, null);
    }
}
