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
    private const string Format = "ReleaseTasks git reads 1";
    private const string End = "end";

    // A range longer than this is not written to disk: the file would cost more to write in every cold build than
    // the rare pack that needs it saves.
    private const int MaxCommitsOnDisk = 20000;

    public IReadOnlyList<GitTag>? Tags { get; set; }

    /// <summary>Answers of CommitsSinceAncestor (null: not an ancestor) and CommitsSince, by question.</summary>
    public Dictionary<string, IReadOnlyList<GitCommit>?> Ranges { get; } = new(StringComparer.Ordinal);

    /// <summary>Answers of ReachableFromHead: the tags asked about (one per line) → those HEAD contains.</summary>
    public Dictionary<string, IReadOnlyCollection<string>> Reachable { get; } = new(StringComparer.Ordinal);

    // Issue 12 (monorepo): answers kept for the build in memory only, never written under obj/ (the remote's URL is
    // configuration, which the state key does not cover), so the notes of a solution's projects ask git once per node.
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
    private string Serialize(string key)
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
            fields.Add(pair.Value == null ? "-" : pair.Value.Count.ToString(CultureInfo.InvariantCulture));
            if (pair.Value == null) continue;
            foreach (var commit in pair.Value)
            {
                fields.Add(commit.Id);
                fields.Add(string.Join(" ", commit.Parents));
                fields.Add(commit.Date?.ToString("o", CultureInfo.InvariantCulture) ?? "");
                fields.Add(commit.Message);
            }
        }
        fields.Add(Reachable.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var pair in Reachable)
        {
            fields.Add(pair.Key);
            fields.Add(string.Join("\n", pair.Value));
        }
        fields.Add(End);
        return string.Join("\0", fields);
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
                record.Ranges[question] = commits;
            }
            for (var questions = Count(); questions > 0; questions--)
            {
                var question = Next();
                var answer = Next();
                record.Reachable[question] = answer.Length == 0 ? Array.Empty<string>() : answer.Split('\n');
            }
            return Next() == End && i == f.Length ? record : null;
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
