using System;
using System.Text;
using ReleaseTasks.IO;

namespace ReleaseTasks.Git;

/// <summary>
/// The <see cref="GitReadRecord"/> of one repository state and one setting (tag prefix and path filters), shared by
/// every MSBuild node of a build and by the next builds of that state through the user's private cache directory, as
/// the version is (<c>VersionCacheFile.ReadShared</c>): in a parallel pack each setting's range is read from git once,
/// not once per node. Trusted only as the version cache is: a file of the owner-only directory that passes its checks,
/// written for exactly this key (repository, state, git executable and environment, this build of ReleaseTasks).
/// </summary>
/// <remarks>
/// A task that misses an answer reads the file as it is; on a second miss it waits for the node asking git for this
/// setting (a lock named after the file, bounded by the git timeout), reads again, and otherwise holds the lock while it
/// asks git itself, until it has written what it learnt (<see cref="Write"/>) and is disposed.
/// </remarks>
public sealed class SharedGitReadRecord : IDisposable
{
    private readonly PrivateCacheDirectory _directory;
    private readonly string _key;
    private readonly TimeSpan _wait;
    private FileLock? _lock;
    private int _reads;
    private bool _refused;

    public SharedGitReadRecord(PrivateCacheDirectory directory, string key, string setting, TimeSpan wait)
    {
        _directory = directory;
        _key = key;
        _wait = wait;
        Name = NameFor(key, setting);
    }

    /// <summary>The file's name in the cache directory: the first 16 bytes of the SHA-256 of key and setting, hex.</summary>
    public string Name { get; }

    /// <summary>Why the file or its directory was refused (for a detail message); null when it was not.</summary>
    public string? Refusal { get; private set; }

    public static string NameFor(string key, string setting) => PrivateCacheDirectory.FileNameFor(key + "\n\nsetting=" + setting, ".gitreads.cache");

    /// <summary>The setting part of the name: what the notes' questions depend on besides the state.</summary>
    public static string Setting(string? tagPrefix, System.Collections.Generic.IEnumerable<string> pathFilters)
    {
        var text = new StringBuilder((tagPrefix ?? "").Trim());
        foreach (var filter in pathFilters)
            if (!string.IsNullOrWhiteSpace(filter)) text.Append('\n').Append(filter.Trim());
        return text.ToString();
    }

    /// <summary>The record in the file, when one passes every check and was written for this key; else null.</summary>
    public GitReadRecord? Read()
    {
        var text = _directory.ReadText(Name, out var refusal);
        if (refusal != null)
        {
            Refusal = refusal;
            _refused = true;
        }
        return text == null ? null : GitReadRecord.FromText(text, _key);
    }

    /// <summary>
    /// For a task that misses an answer: the first call reads the file; the second waits for the lock (whoever asks git
    /// for this setting now), then reads it again; later calls, and a file or directory the checks refused (whoever
    /// planted it could hold the lock too), give null: ask git.
    /// </summary>
    public GitReadRecord? NextAnswers()
    {
        _reads++;
        if (_reads == 1) return Read();
        if (_reads > 2 || _refused) return null;
        _lock ??= FileLock.TryAcquireIfPossible(System.IO.Path.Combine(_directory.Path, Name), _wait);
        return _lock == null ? null : Read();
    }

    /// <summary>
    /// Adds <paramref name="record"/>'s answers to the file's (under the lock, taken here when not held yet). A record
    /// too large for the directory's cap goes without its untagged ranges; one that cannot be written only costs a
    /// later task a git call.
    /// </summary>
    public void Write(GitReadRecord record)
    {
        if (_refused) return;
        _lock ??= FileLock.TryAcquireIfPossible(System.IO.Path.Combine(_directory.Path, Name), _wait);
        if (_lock == null) return;
        var merged = new GitReadRecord();
        merged.MergeFrom(record);
        if (Read() is { } current) merged.MergeFrom(current);
        if (_refused) return;
        var text = merged.ToText(_key);
        if (TooLarge(text)) text = merged.ToText(_key, includeUntagged: false);
        if (TooLarge(text))
        {
            // The ranges are what is large; the tags and which of them HEAD contains still save every node a walk.
            var small = new GitReadRecord { Tags = merged.Tags, HeadDate = merged.HeadDate };
            foreach (var pair in merged.Reachable) small.Reachable[pair.Key] = pair.Value;
            text = small.ToText(_key);
        }
        _directory.WriteText(Name, text);
    }

    private static bool TooLarge(string text) => Encoding.UTF8.GetByteCount(text) > PrivateCacheDirectory.MaxFileBytes;

    public void Dispose()
    {
        _lock?.Dispose();
        _lock = null;
    }
}
