using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace ReleaseTasks.Git;

/// <summary>
/// What git answered about one state of a repository (HEAD, refs, tags): the tags, which tags HEAD contains, and the commit ranges read. Kept for
/// the build in memory and under obj/ beside the version cache, so that the release notes of a pack read the range
/// versioning already read instead of asking git again. Only git's raw answers are kept, never anything a setting
/// shaped, so any task asking the same question of the same state may reuse them.
/// </summary>
public sealed class GitReadRecord
{
    private const string Format = "ReleaseTasks git reads 2";
    private const string End = "end";

    // A range longer than this is not written to disk: the file would cost more to write in every cold build than
    // the rare pack that needs it saves.
    private const int MaxCommitsOnDisk = 20000;

    public IReadOnlyList<GitTag>? Tags { get; set; }

    /// <summary>Answers of CommitsSinceAncestor (null: not an ancestor) and CommitsSince, by question.</summary>
    public Dictionary<string, IReadOnlyList<GitCommit>?> Ranges { get; } = new(StringComparer.Ordinal);

    /// <summary>Answers of ReachableFromHead: the tags asked about (one per line) → those HEAD contains.</summary>
    public Dictionary<string, IReadOnlyCollection<string>> Reachable { get; } = new(StringComparer.Ordinal);

    // Issue 12 (monorepo): the remotes' URLs are kept for the build in memory only, never written (configuration, which
    // the state key does not cover); HEAD's date is written too, the untagged ranges only to the user cache.
    /// <summary>HEAD's committer date, when asked.</summary>
    public DateTimeOffset? HeadDate { get; set; }

    /// <summary>The URL of each remote asked about (null: none).</summary>
    public Dictionary<string, string?> RemoteUrls { get; } = new(StringComparer.Ordinal);

    /// <summary>Answers of CommitsSince with no tag and a cap (an untagged history): the cap and filters → commits.</summary>
    public Dictionary<string, IReadOnlyList<GitCommit>> Untagged { get; } = new(StringComparer.Ordinal);

    public static string AncestorQuestion(string since, IReadOnlyList<string> pathFilters) => "..." + since + "\n" + string.Join("\n", pathFilters);

    public static string RangeQuestion(string since, IReadOnlyList<string> pathFilters) => ".." + since + "\n" + string.Join("\n", pathFilters);

    /// <summary>
    /// Equal for two tasks exactly when git would answer them the same: the repository and its state as the files
    /// show it (HEAD, refs, tags, shallow, grafts, replacements), the git executable and environment, and this build of
    /// ReleaseTasks. Null when the files cannot tell (then nothing is kept).
    /// </summary>
    public static string? KeyFor(string projectDirectory, GitSettings git)
    {
        var dirs = GitDirectories.Locate(projectDirectory, git.Environment);
        var state = dirs?.StateKey();
        if (dirs == null || state == null) return null;
        return string.Join("\n", "repo=" + dirs.WorkingTree, state, "git=" + git.Executable, "gitenv=" + git.Environment.Key,
            "tool=" + typeof(GitReadRecord).Assembly.ManifestModule.ModuleVersionId);
    }

    /// <summary>The record in <paramref name="path"/> when it was written for <paramref name="key"/>, else null.</summary>
    public static GitReadRecord? Read(string path, string key)
    {
        try
        {
            return File.Exists(path) ? Parse(File.ReadAllText(path, Encoding.UTF8), key) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes atomically; a record that cannot be written only costs the notes a git call.</summary>
    public void Write(string path, string key)
    {
        var total = 0;
        foreach (var range in Ranges.Values) total += range?.Count ?? 0;
        if (total > MaxCommitsOnDisk) return;
        try
        {
            IO.AtomicFile.WriteAllText(path, Serialize(key), durable: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    // NUL-separated fields (git messages hold no NUL): format, key, the tags, the ranges, "end". A file cut short
    // lacks the last field and is a miss.
    private string Serialize(string key, bool includeUntagged = false)
    {
        var fields = new List<string> { Format, key };
        if (Tags == null) fields.Add("-");
        else
        {
            fields.Add(Tags.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var tag in Tags) { fields.Add(tag.Name); fields.Add(tag.CommitId); }
        }
        fields.Add(Ranges.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var pair in Ranges)
        {
            fields.Add(pair.Key);
            if (pair.Value == null) fields.Add("-");
            else AddCommits(fields, pair.Value);
        }
        fields.Add(Reachable.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var pair in Reachable)
        {
            fields.Add(pair.Key);
            fields.Add(string.Join("\n", pair.Value));
        }
        // Issue 12 (pack): HEAD's date and the capped untagged ranges depend on the state alone, so they are written too.
        fields.Add(HeadDate?.ToString("o", CultureInfo.InvariantCulture) ?? "");
        fields.Add(includeUntagged ? Untagged.Count.ToString(CultureInfo.InvariantCulture) : "0");
        if (includeUntagged)
            foreach (var pair in Untagged)
            {
                fields.Add(pair.Key);
                AddCommits(fields, pair.Value);
            }
        fields.Add(End);
        return string.Join("\0", fields);
    }

    private static void AddCommits(List<string> fields, IReadOnlyList<GitCommit> commits)
    {
        fields.Add(commits.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var commit in commits)
        {
            fields.Add(commit.Id);
            fields.Add(string.Join(" ", commit.Parents));
            fields.Add(commit.Date?.ToString("o", CultureInfo.InvariantCulture) ?? "");
            fields.Add(commit.Message);
        }
    }

    // ---- Issue 12 (pack): the record shared by the nodes of a build through the user's cache (SharedGitReadRecord) ----

    /// <summary>The record as text for <paramref name="key"/>; the remotes' URLs are never in it (configuration, which
    /// the key does not cover). Without <paramref name="includeUntagged"/> the capped untagged ranges, the only large
    /// answers, are left out.</summary>
    public string ToText(string key, bool includeUntagged = true) => Serialize(key, includeUntagged);

    /// <summary>The record <see cref="ToText"/> wrote for exactly <paramref name="key"/>, else null.</summary>
    public static GitReadRecord? FromText(string text, string key) => Parse(text, key);

    /// <summary>Adds the answers of <paramref name="other"/> this record lacks (both hold git's answers for one state).</summary>
    public void MergeFrom(GitReadRecord other)
    {
        Tags ??= other.Tags;
        HeadDate ??= other.HeadDate;
        foreach (var pair in other.Ranges)
            if (!Ranges.ContainsKey(pair.Key)) Ranges[pair.Key] = pair.Value;
        foreach (var pair in other.Reachable)
            if (!Reachable.ContainsKey(pair.Key)) Reachable[pair.Key] = pair.Value;
        foreach (var pair in other.Untagged)
            if (!Untagged.ContainsKey(pair.Key)) Untagged[pair.Key] = pair.Value;
        foreach (var pair in other.RemoteUrls)
            if (!RemoteUrls.ContainsKey(pair.Key)) RemoteUrls[pair.Key] = pair.Value;
    }

    private static GitReadRecord? Parse(string text, string key)
    {
        var f = text.Split('\0');
        var i = 0;
        string Next() => i < f.Length ? f[i++] : throw new FormatException();
        int Count() => int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
        try
        {
            if (Next() != Format || Next() != key || f[f.Length - 1] != End) return null;
            var record = new GitReadRecord();
            var tagCount = Next();
            if (tagCount != "-")
            {
                i--;
                var tags = new List<GitTag>();
                for (var n = Count(); n > 0; n--) tags.Add(new GitTag(Next(), Next()));
                record.Tags = tags;
            }
            for (var ranges = Count(); ranges > 0; ranges--)
            {
                var question = Next();
                var count = Next();
                if (count == "-") { record.Ranges[question] = null; continue; }
                i--;
                record.Ranges[question] = Commits();
            }
            for (var questions = Count(); questions > 0; questions--)
            {
                var question = Next();
                var answer = Next();
                record.Reachable[question] = answer.Length == 0 ? Array.Empty<string>() : answer.Split('\n');
            }
            var headDate = Next();
            if (headDate.Length > 0) record.HeadDate = DateTimeOffset.Parse(headDate, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            for (var ranges = Count(); ranges > 0; ranges--) record.Untagged[Next()] = Commits();
            return Next() == End && i == f.Length ? record : null;

            List<GitCommit> Commits()
            {
                var commits = new List<GitCommit>();
                for (var n = Count(); n > 0; n--)
                {
                    var id = Next();
                    var parents = Next();
                    var date = Next();
                    var message = Next();
                    commits.Add(new GitCommit(id, parents.Length == 0 ? Array.Empty<string>() : parents.Split(' '), message)
                    {
                        Date = date.Length == 0 ? null : DateTimeOffset.Parse(date, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                    });
                }
                return commits;
            }
        }
        catch (FormatException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
