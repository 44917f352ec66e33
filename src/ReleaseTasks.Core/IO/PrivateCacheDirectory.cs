using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ReleaseTasks.IO;

/// <summary>
/// A cache directory only the current user can write, for files that all of that user's builds share (the
/// machine-wide version cache). Nothing is read from it unless the directory, its ancestors and the file pass the
/// checks below; any doubt is a miss — never an error, never a wait, never someone else's content.
/// </summary>
/// <remarks>
/// Unix: the directory is owner-only (mode 700, created so), not a link, and no directory above it is writable by
/// group or others, so only its owner (or root) can add, replace or rename anything in it; a directory with mode 700
/// that we can read is ours (or we are root). A file is read only when it is a link-free, non-empty entry of at most
/// <see cref="MaxFileBytes"/> with no group or other permission, checked on the entry before opening it (opening a
/// FIFO waits for a writer) and again on what was opened. Windows: the directory is under %LOCALAPPDATA%, which the
/// profile's ACL gives to the user alone; links (reparse points) and oversized files are refused there too.
/// </remarks>
public sealed class PrivateCacheDirectory
{
    /// <summary>Cache files are a few KB (a repository with a thousand loose tags: some 100 KB); anything larger was
    /// not written by us, and reading it would only cost time and memory.</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>Files not rewritten for this long are removed when another file is written: unlike the temporary
    /// directory, nothing else ever cleans a user's cache directory.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(30);

    private readonly string? _checkAncestorsUpTo;

    /// <param name="path">The cache directory itself.</param>
    /// <param name="checkAncestorsUpTo">The last ancestor whose permissions are checked; null (the default) checks
    /// every one up to the root. Tests pass a temporary directory of their own, since the system's temporary
    /// directory above it is writable by everyone.</param>
    public PrivateCacheDirectory(string path, string? checkAncestorsUpTo = null)
    {
        Path = System.IO.Path.GetFullPath(path);
        _checkAncestorsUpTo = checkAncestorsUpTo == null ? null : Trim(System.IO.Path.GetFullPath(checkAncestorsUpTo));
    }

    public string Path { get; }

    /// <summary>The current user's ReleaseTasks cache directory, or null when there is none worth trusting.</summary>
    public static PrivateCacheDirectory? ForCurrentUser() => DefaultPath(Environment.GetEnvironmentVariable) is { } path
        ? new PrivateCacheDirectory(path)
        : null;

    /// <summary>
    /// <c>$XDG_CACHE_HOME/ReleaseTasks</c>, else <c>~/.cache/ReleaseTasks</c> (macOS: <c>~/Library/Caches/ReleaseTasks</c>);
    /// Windows: <c>%LOCALAPPDATA%\ReleaseTasks\cache</c>. Null without an absolute home directory.
    /// </summary>
    /// <summary>A file name for <paramref name="text"/> (a cache key, a path): the first 16 bytes of its UTF-8 SHA-256 in
    /// lower-case hex, then <paramref name="extension"/>. Every file the caches and locks name after a key is named so.</summary>
    public static string FileNameFor(string text, string extension)
    {
        using var sha = System.Security.Cryptography.SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        return BitConverter.ToString(hash, 0, 16).Replace("-", "").ToLowerInvariant() + extension;
    }

    public static string? DefaultPath(Func<string, string?> environment)
    {
        if (IsWindows)
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            return string.IsNullOrEmpty(local) ? null : System.IO.Path.Combine(local, "ReleaseTasks", "cache");
        }
#if NET
        var xdg = environment("XDG_CACHE_HOME");
        // The XDG spec: a relative value is invalid and ignored.
        if (!string.IsNullOrEmpty(xdg) && System.IO.Path.IsPathRooted(xdg)) return System.IO.Path.Combine(xdg, "ReleaseTasks");
        var home = environment("HOME");
        if (string.IsNullOrEmpty(home) || !System.IO.Path.IsPathRooted(home)) return null;
        return OperatingSystem.IsMacOS()
            ? System.IO.Path.Combine(home, "Library", "Caches", "ReleaseTasks")
            : System.IO.Path.Combine(home, ".cache", "ReleaseTasks");
#else
        // netstandard2.0 runs in Visual Studio's MSBuild on Windows; elsewhere it has no way to read Unix permissions.
        return null;
#endif
    }

    /// <summary>The file's text, or null: missing, or refused by the checks.</summary>
    /// <param name="refusal">Why a file that exists was not read (for a detail message); null for a plain miss.</param>
    public string? ReadText(string name, out string? refusal)
    {
        refusal = null;
        try
        {
            if (!IsPrivate(out refusal)) return null;
            var path = System.IO.Path.Combine(Path, name);
            var file = new FileInfo(path);
            if (!file.Exists) return null;
            refusal = RefuseEntry(file);
            if (refusal != null) return null;

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
            // Again on what was opened: the entry may have been replaced since it was looked at.
            refusal = RefuseOpened(stream);
            if (refusal != null) return null;
            var bytes = new byte[(int)stream.Length];
            var read = 0;
            while (read < bytes.Length)
            {
                var n = stream.Read(bytes, read, bytes.Length - read);
                if (n == 0) break;
                read += n;
            }
            return new UTF8Encoding(false).GetString(bytes, 0, read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            refusal ??= e.Message;
            return null;
        }
    }

    /// <summary>
    /// Replaces the file atomically with an owner-only one, creating the directory (owner-only) when missing.
    /// Nothing is written into a directory the checks refuse; a file that cannot be written is no error.
    /// </summary>
    public void WriteText(string name, string text)
    {
        try
        {
            if (new UTF8Encoding(false).GetByteCount(text) > MaxFileBytes) return;
            CreateMissingDirectories();
            if (!IsPrivate(out _)) return;
            AtomicFile.WriteAllText(System.IO.Path.Combine(Path, name), text, ownerOnly: true, durable: false);
            RemoveOldFiles();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
        }
    }

    /// <summary>
    /// Creates the file if nobody has yet, atomically across processes: true for the one caller that created it,
    /// false when it existed, null when it cannot be told (no trusted directory, an IO failure). Claim files are
    /// removed after <see cref="ClaimMaxAge"/>.
    /// </summary>
    public bool? TryClaim(string name)
    {
        try
        {
            CreateMissingDirectories();
            if (!IsPrivate(out _)) return null;
            var path = System.IO.Path.Combine(Path, name);
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
#if NET
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(stream.SafeFileHandle, UnixFileMode.UserRead | UnixFileMode.UserWrite);
#endif
                stream.WriteByte((byte)'1');
            }
            catch (IOException) when (File.Exists(path))
            {
                return false;
            }
            RemoveOldFiles(ClaimMaxAge, "*.claim");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>A claim only matters while its build runs.</summary>
    public static readonly TimeSpan ClaimMaxAge = TimeSpan.FromDays(1);

    /// <summary>Creates the directory when missing, every new level owner-only (700) as the XDG spec asks of a cache
    /// home: a ~/.cache/ReleaseTasks made with the usual umask (755) would be refused by every later read.</summary>
    public void Create() => CreateMissingDirectories();

    private bool IsPrivate(out string? refusal)
    {
        refusal = null;
        var directory = new DirectoryInfo(Path);
        if (!directory.Exists) return false;
        if (IsLink(directory))
        {
            refusal = $"{Path} is a link";
            return false;
        }
#if NET
        if (!OperatingSystem.IsWindows())
        {
            if ((directory.UnixFileMode & GroupOrOther) != 0)
            {
                refusal = $"{Path} is open to other users (mode {Octal(directory.UnixFileMode)}, not 700)";
                return false;
            }
            // Whoever can write an ancestor can put a directory of their own in our directory's place.
            for (var ancestor = directory.Parent; ancestor != null; ancestor = ancestor.Parent)
            {
                if ((File.GetUnixFileMode(ancestor.FullName) & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
                {
                    refusal = $"{ancestor.FullName} is writable by other users (mode {Octal(File.GetUnixFileMode(ancestor.FullName))})";
                    return false;
                }
                if (_checkAncestorsUpTo != null && string.Equals(Trim(ancestor.FullName), _checkAncestorsUpTo, StringComparison.Ordinal)) break;
            }
        }
#endif
        return true;
    }

    private static string? RefuseEntry(FileInfo file)
    {
        if (IsLink(file)) return $"{file.FullName} is a link";
        // FIFOs, sockets and devices have no length: this refuses them without opening them.
        if (file.Length <= 0 || file.Length > MaxFileBytes) return $"{file.FullName} is not a regular file of 1 to {MaxFileBytes} bytes";
#if NET
        if (!OperatingSystem.IsWindows() && (file.UnixFileMode & GroupOrOther) != 0)
            return $"{file.FullName} is open to other users (mode {Octal(file.UnixFileMode)}, not 600)";
#endif
        return null;
    }

    private static string? RefuseOpened(FileStream stream)
    {
        if (!stream.CanSeek || stream.Length <= 0 || stream.Length > MaxFileBytes) return $"{stream.Name} is not a regular file of 1 to {MaxFileBytes} bytes";
#if NET
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(stream.SafeFileHandle) & GroupOrOther) != 0)
            return $"{stream.Name} is open to other users";
#endif
        return null;
    }

    private void CreateMissingDirectories()
    {
#if NET
        if (!OperatingSystem.IsWindows())
        {
            // Each directory made here is owner-only, as the XDG spec asks of a cache home that has to be created.
            var missing = new Stack<string>();
            for (var d = Path; d != null && !Directory.Exists(d); d = System.IO.Path.GetDirectoryName(d)) missing.Push(d);
            while (missing.Count > 0) Directory.CreateDirectory(missing.Pop(), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            return;
        }
#endif
        Directory.CreateDirectory(Path);
    }

    private void RemoveOldFiles() => RemoveOldFiles(MaxAge, "*");

    private void RemoveOldFiles(TimeSpan maxAge, string pattern)
    {
        var cutoff = DateTime.UtcNow - maxAge;
        foreach (var file in new DirectoryInfo(Path).EnumerateFiles(pattern))
        {
            try
            {
                if (file.LastWriteTimeUtc < cutoff) file.Delete();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static bool IsLink(FileSystemInfo info) =>
#if NET
        info.LinkTarget != null ||
#endif
        (info.Attributes & FileAttributes.ReparsePoint) != 0;

    private static bool IsWindows =>
#if NET
        OperatingSystem.IsWindows();
#else
        System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.Windows);
#endif

    private static string Trim(string path) =>
        path.Length > 1 ? path.TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar) : path;

#if NET
    private const UnixFileMode GroupOrOther =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode & 0xFFF, 8);
#endif
}
