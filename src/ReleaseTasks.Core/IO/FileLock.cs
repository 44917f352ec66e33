using System;
using System.IO;
using System.Threading;

namespace ReleaseTasks.IO;

/// <summary>
/// An inter-process lock on a file's path, held while a read-modify-write of that file runs, so that parallel
/// builds (projects, target frameworks, -m nodes, separate processes) each see the others' changes. It is an
/// exclusive open of a lock file (flock on Unix, a sharing mode on Windows) that the operating system releases
/// when the process dies, so a crashed build never leaves it held. The lock file lives in the user's cache
/// directory, never beside the file, so the working tree gains nothing to commit or ignore.
/// </summary>
public sealed class FileLock : IDisposable
{
    private readonly FileStream _stream;

    private FileLock(FileStream stream, string path)
    {
        _stream = stream;
        Path = path;
    }

    /// <summary>The lock file.</summary>
    public string Path { get; }

    /// <summary>The lock file that guards <paramref name="file"/>: one per full path, whoever asks.</summary>
    public static string LockPathFor(string file) => LockPathFor(file, Environment.GetEnvironmentVariable);

    /// <summary>As <see cref="LockPathFor(string)"/>, with the user's cache directory found in <paramref name="environment"/>.</summary>
    public static string LockPathFor(string file, Func<string, string?> environment)
    {
        var full = System.IO.Path.GetFullPath(file);
        if (Environment.OSVersion.Platform == PlatformID.Win32NT) full = full.ToUpperInvariant();
        var name = PrivateCacheDirectory.FileNameFor(full, ".lock");
        var directory = PrivateCacheDirectory.DefaultPath(environment) is { } cache
            ? System.IO.Path.Combine(cache, "locks")
            : System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ReleaseTasks-locks");
        return System.IO.Path.Combine(directory, name);
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the lock on <paramref name="file"/>; null when another
    /// process still holds it then.</summary>
    public static FileLock? TryAcquire(string file, TimeSpan timeout) => TryAcquire(file, timeout, Environment.GetEnvironmentVariable);

    public static FileLock? TryAcquire(string file, TimeSpan timeout, Func<string, string?> environment)
    {
        var path = LockPathFor(file, environment);
        // Owner-only like the rest of the user's cache: created with the default mode, ~/.cache/ReleaseTasks would
        // make the shared version cache refuse itself.
        new PrivateCacheDirectory(System.IO.Path.GetDirectoryName(path)!).Create();
        var deadline = DateTime.UtcNow + timeout;
        var pause = 10;
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1), path);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Held by another process (or another task of this one).
            }
            if (DateTime.UtcNow >= deadline) return null;
            Thread.Sleep(pause);
            pause = Math.Min(pause * 2, 200);
        }
    }

    /// <summary>As <see cref="TryAcquire(string, TimeSpan)"/>, and null too when the lock file cannot be made (a cache
    /// directory that cannot be created): for locks that only save work or order it, whose absence must not fail a build.</summary>
    public static FileLock? TryAcquireIfPossible(string file, TimeSpan timeout)
    {
        try { return TryAcquire(file, timeout); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    public void Dispose() => _stream.Dispose();
}
