using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ReleaseTasks.Git;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Metrics;

/// <summary>
/// Reads the release history with few git processes and machine formats: the tags (<c>for-each-ref</c>, through
/// <see cref="GitCliHistory"/>), then one <c>git log --stdin</c> from HEAD and every release tag that lists each commit
/// once with its committer date, parents and message; with path filters one more <c>log</c> names the commits that
/// touch them. HEAD is read from the files when it can be (no process).
/// </summary>
public sealed class ReleaseHistoryReader
{
    private readonly GitSettings _settings;
    private readonly string _directory;

    public ReleaseHistoryReader(GitSettings settings, string directory)
    {
        _settings = settings;
        _directory = directory;
    }

    /// <summary>How many git processes the last <see cref="Read"/> started.</summary>
    public int ProcessCount { get; private set; }

    /// <summary>The history, <see cref="ReleaseHistory.Empty"/> for a repository without commits, null outside a repository.</summary>
    public ReleaseHistory? Read(string? tagPrefix, IReadOnlyList<string> pathFilters)
    {
        ProcessCount = 0;
        if (GitDirectories.Locate(_directory, _settings.Environment) == null) return null;
        var refs = new GitCliHistory(_settings, _directory);
        var git = new GitProcess(_settings, _directory);
        try
        {
            var repo = refs.Open();
            if (repo == null) return null;
            if (!repo.HasCommits) return ReleaseHistory.Empty;

            var tags = ReleaseTags(refs.AllTags(), tagPrefix);
            // Every release, also those of branches HEAD does not contain (maintenance lines): git walks from all of them.
            var starts = new StringBuilder(repo.HeadCommit).Append('\n');
            foreach (var id in tags.Select(t => t.CommitId).Distinct(StringComparer.OrdinalIgnoreCase)) starts.Append(id).Append('\n');

            var log = git.RunWithInput(starts.ToString(), "log", "--stdin", "-z", "--no-color", "--no-notes", "--no-decorate",
                "--no-show-signature", "--format=%H%x00%ct%x00%P%x00%B");
            if (log.ExitCode != 0) throw new GitException("log --stdin", log.ExitCode, log.Error);
            var (commits, parents) = ParseLog(log.Output);
            var index = new Dictionary<string, int>(commits.Count, StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < commits.Count; i++) index[commits[i].Id] = i;
            for (var i = 0; i < commits.Count; i++)
            {
                commits[i].ParentCount = parents[i].Length;
                commits[i].Parents = parents[i].Where(index.ContainsKey).Select(p => index[p]).ToArray();
            }

            if (pathFilters.Count > 0)
            {
                // The same walk with the product's pathspecs (and git's default history simplification, as versioning
                // and the notes use): the commits that count.
                var args = new List<string> { "log", "--stdin", "--no-color", "--no-notes", "--no-decorate", "--no-show-signature", "--format=%H", "--" };
                foreach (var filter in pathFilters) args.Add(":(top,glob)" + filter.Replace('\\', '/').TrimStart('/'));
                var touching = git.RunWithInput(starts.ToString(), args.ToArray());
                if (touching.ExitCode != 0) throw new GitException("log --stdin -- <paths>", touching.ExitCode, touching.Error);
                var inPaths = new HashSet<string>(touching.Output.Split(new[] { '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
                foreach (var c in commits) c.InPaths = inPaths.Contains(c.Id);
            }

            var releases = new List<HistoryRelease>();
            foreach (var tag in tags)
                if (index.TryGetValue(tag.CommitId, out var at)) releases.Add(new HistoryRelease(tag, at, commits[at].Time));
            var head = index.TryGetValue(repo.HeadCommit!, out var h) ? h : -1;
            return new ReleaseHistory(commits, releases, head, repo.IsShallow);
        }
        finally
        {
            ProcessCount = refs.ProcessCount + git.ProcessCount;
        }
    }

    /// <summary>
    /// The version tags of the prefix, one per version: <c>v1.0.0</c> and <c>1.0.0</c> (or <c>v1.0.0+build.1</c>) are one
    /// release, the tag whose name sorts first (ordinal), so the choice never depends on the order git lists them in.
    /// </summary>
    private static List<VersionTag> ReleaseTags(IReadOnlyList<GitTag> tags, string? prefix)
    {
        var versions = new List<VersionTag>();
        foreach (var t in tags)
            if (VersionTag.TryParse(t.Name, t.CommitId, prefix, out var tag)) versions.Add(tag);
        return versions
            .GroupBy(t => t.Version.ToNormalizedString(), StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderBy(t => t.Name, StringComparer.Ordinal).First())
            .ToList();
    }

    /// <summary>"id\0committer-time\0parents\0message\0", repeated (-z ends each record with the last NUL).</summary>
    internal static (List<HistoryCommit> Commits, List<string[]> Parents) ParseLog(string output)
    {
        var commits = new List<HistoryCommit>();
        var parents = new List<string[]>();
        var at = 0;
        while (at < output.Length)
        {
            var id = Field(output, ref at);
            if (id.Length == 0) break;
            var time = Field(output, ref at);
            var parentIds = Field(output, ref at);
            var message = Field(output, ref at);
            var seconds = long.TryParse(time, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? s : 0;
            commits.Add(new HistoryCommit(id.Trim('\n'), DateTimeOffset.FromUnixTimeSeconds(seconds), message));
            parents.Add(parentIds.Length == 0 ? Array.Empty<string>() : parentIds.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries));
        }
        return (commits, parents);
    }

    private static string Field(string text, ref int at)
    {
        if (at >= text.Length) return string.Empty;
        var end = text.IndexOf('\0', at);
        if (end < 0) end = text.Length;
        var value = text.Substring(at, end - at);
        at = end + 1;
        return value;
    }
}
