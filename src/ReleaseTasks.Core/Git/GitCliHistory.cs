using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;

namespace ReleaseTasks.Git;

/// <summary>
/// <see cref="IGitHistory"/> over the git executable: two processes for a cold build (for-each-ref and log;
/// rev-parse only when HEAD cannot be read from the files), each with a fixed argument list and NUL-separated
/// machine output. None of them walks the
/// whole history in the usual case, which keeps a cold build fast on repositories of 100k commits.
/// </summary>
public sealed class GitCliHistory : IGitHistory
{
    private readonly GitProcess _git;

    public GitCliHistory(string gitExecutable, string workingDirectory) =>
        _git = new GitProcess(gitExecutable, workingDirectory);

    public GitCliHistory(GitSettings settings, string workingDirectory) =>
        _git = new GitProcess(settings, workingDirectory);

    public int ProcessCount => _git.ProcessCount;

    public RepositoryInfo? Open()
    {
        // HEAD, the branch and the shallow marker are plain files in almost every repository: read them. Git is
        // asked only for what they cannot answer (it also reports problems such as unsafe ownership: the next
        // command will).
        if (GitDirectories.Locate(_git.WorkingDirectory, _git.Settings.Environment)?.ReadHead() is { } fromFiles)
            return fromFiles;

        var args = new[] { "rev-parse", "--show-toplevel", "--absolute-git-dir", "--is-shallow-repository", "HEAD", "--symbolic-full-name", "HEAD" };
        var result = _git.Run(args);
        var lines = result.Output.Replace("\r", "").Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries);
        if (result.ExitCode != 0)
        {
            if (result.Error.IndexOf("not a git repository", StringComparison.OrdinalIgnoreCase) >= 0) return null;
            // An unborn HEAD (no commits yet): the first three answers are printed, then HEAD is unknown.
            if (lines.Length >= 3 && result.Error.IndexOf("HEAD", StringComparison.Ordinal) >= 0)
                return new RepositoryInfo(lines[0], lines[1], lines[2] == "true", null, null);
            throw new GitException(string.Join(" ", args), result.ExitCode, result.Error);
        }
        if (lines.Length < 5) throw new GitException(string.Join(" ", args), result.ExitCode, "unexpected output: " + result.Output);

        const string heads = "refs/heads/";
        var branch = lines[4].StartsWith(heads, StringComparison.Ordinal) ? lines[4].Substring(heads.Length) : null;
        return new RepositoryInfo(lines[0], lines[1], lines[2] == "true", lines[3], branch);
    }

    public IReadOnlyList<GitTag> TagsReachableFromHead() =>
        PeelNested(ParseTags(_git.RunChecked("for-each-ref", "--merged", "HEAD", TagFormat, "refs/tags/")));

    public IReadOnlyCollection<string> ReachableFromHead(IReadOnlyList<string> tagNames)
    {
        var reachable = new HashSet<string>(StringComparer.Ordinal);
        if (tagNames.Count == 0) return reachable;
        // Exact ref names as patterns ("matching completely", git-for-each-ref(1)): --merged then walks from these
        // tags only, down to where HEAD's history covers them, instead of from every tag back to the root commit.
        var args = new List<string> { "for-each-ref", "--merged", "HEAD", "--format=%(refname)" };
        foreach (var name in tagNames) args.Add("refs/tags/" + name);
        foreach (var line in _git.RunChecked(args.ToArray()).Split('\n'))
            if (line.StartsWith("refs/tags/", StringComparison.Ordinal)) reachable.Add(line.Substring(10));
        return reachable;
    }

    public IReadOnlyList<GitTag> AllTags() => PeelNested(ParseTags(_git.RunChecked("for-each-ref", TagFormat, "refs/tags/")));

    // ---- release lines (issue 10): tags and branches in the one for-each-ref that reads the tags ----
    public RefListing TagsAndBranches(string? defaultBranch = null)
    {
        // Only the branches that can matter, by pattern: for-each-ref reads each listed ref's object for its type, and a
        // clone with thousands of remote branches made listing them all several times slower than the tags alone.
        // release/** on remotes: '*' stops at '/', and a tag prefix may hold one (release/core/v1.3).
        var args = new List<string> { "for-each-ref", TagFormat + "%00%(symref)", "refs/tags/", "refs/heads/release/", "refs/remotes/*/release/**", "refs/remotes/*/HEAD" };
        foreach (var name in new[] { "develop", "main", "master", "trunk" })
        {
            args.Add("refs/heads/" + name);
            args.Add("refs/remotes/*/" + name);
        }
        if (!string.IsNullOrWhiteSpace(defaultBranch))
        {
            var name = defaultBranch!.Trim();
            args.Add("refs/heads/" + name);
            args.Add("refs/remotes/" + name);
            args.Add("refs/remotes/*/" + name);
        }
        var output = _git.RunChecked(args.ToArray());
        var tagLines = new System.Text.StringBuilder();
        var branches = new List<GitRef>();
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith("refs/tags/", StringComparison.Ordinal)) { tagLines.Append(line).Append('\n'); continue; }
            var fields = line.Split('\0');
            if (fields.Length < 6 || fields[3] != "commit") continue;
            branches.Add(new GitRef(fields[0], fields[1], fields[5]));
        }
        return new RefListing(PeelNested(ParseTags(tagLines.ToString())), branches);
    }
    // ---- end release lines ----
    public IReadOnlyList<string> BranchesContainingHead() =>
        _git.RunChecked("for-each-ref", "--contains", "HEAD", "--format=%(refname)", "refs/heads/", "refs/remotes/")
            .Split(new[] { '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries);

    // Reads started ahead (StartCommitsSinceAncestor), by the commit they start from.
    private readonly Dictionary<string, Task<IReadOnlyList<GitCommit>?>> _started = new(StringComparer.Ordinal);

    public IDisposable StartCommitsSinceAncestor(string since)
    {
        var read = Task.Run(() => CommitsSinceAncestor(since, Array.Empty<string>(), takeStarted: false));
        lock (_started) _started[since] = read;
        return new StartedRead(read);
    }

    public IReadOnlyList<GitCommit>? CommitsSinceAncestor(string since, IReadOnlyList<string> pathFilters) =>
        CommitsSinceAncestor(since, pathFilters, takeStarted: true);

    private IReadOnlyList<GitCommit>? CommitsSinceAncestor(string since, IReadOnlyList<string> pathFilters, bool takeStarted)
    {
        if (takeStarted && pathFilters.Count == 0)
        {
            Task<IReadOnlyList<GitCommit>?>? started;
            lock (_started)
                if (_started.TryGetValue(since, out started)) _started.Remove(since);
            // The answer, or the GitException of that read, as if it were read now.
            if (started != null) return started.GetAwaiter().GetResult();
        }
        if (pathFilters.Count > 0)
        {
            // A pathspec would hide the commits that show 'since' is not an ancestor: ask git directly.
            var check = _git.Run("merge-base", "--is-ancestor", since, "HEAD");
            if (check.ExitCode == 1) return null;
            if (check.ExitCode != 0) throw new GitException("merge-base --is-ancestor " + since + " HEAD", check.ExitCode, check.Error);
            return CommitsSince(since, pathFilters);
        }

        // One walk of the symmetric difference: commits only 'since' has are marked '<'; there are none exactly
        // when 'since' is an ancestor of HEAD, and then the '>' commits are since..HEAD.
        var output = _git.RunChecked("log", "-z", "--no-color", "--no-notes", "--no-decorate", "--no-show-signature", "--left-right",
            "--format=%m%H %P%n%cI%n%B", since + "...HEAD");
        var commits = new List<GitCommit>();
        foreach (var record in output.Split('\0'))
        {
            if (record.Length == 0) continue;
            if (record[0] == '<') return null;
            var commit = ParseCommit(record.Substring(1));
            if (commit != null) commits.Add(commit);
        }
        return commits;
    }

    // %(*objectname) is the commit an annotated tag points to; empty for lightweight tags. The types say what the
    // tag names: a tag may point at a tree or a blob (linux's v2.6.11 names a tree), which is no release.
    private const string TagFormat = "--format=%(refname)%00%(objectname)%00%(*objectname)%00%(objecttype)%00%(*objecttype)";

    private static List<(GitTag Tag, bool Nested)> ParseTags(string output)
    {
        var tags = new List<(GitTag, bool)>();
        foreach (var line in output.Split('\n'))
        {
            var fields = line.Split('\0');
            if (fields.Length < 5) continue;
            var peeled = fields[2].Length > 0;
            var type = peeled ? fields[4] : fields[3];
            if (type != "commit" && type != "tag") continue;
            var name = fields[0].StartsWith("refs/tags/", StringComparison.Ordinal) ? fields[0].Substring(10) : fields[0];
            // A tag of a tag (git tag -a v1.1.0 v1.1.0-rc.1): for-each-ref peels one level only before git 2.45.
            tags.Add((new GitTag(name, peeled ? fields[2] : fields[1]), type == "tag"));
        }
        return tags;
    }

    /// <summary>
    /// Peels tags of tags to their commit, through any depth, in one cat-file process (only when there are any);
    /// a chain that ends at a tree or a blob names no release and is dropped.
    /// </summary>
    private IReadOnlyList<GitTag> PeelNested(List<(GitTag Tag, bool Nested)> tags)
    {
        var nested = tags.FindAll(t => t.Nested);
        if (nested.Count == 0) return tags.ConvertAll(t => t.Tag);
        var request = new System.Text.StringBuilder();
        foreach (var (tag, _) in nested) request.Append(tag.CommitId).Append("^{commit}\n");
        var result = _git.RunWithInput(request.ToString(), "cat-file", "--batch-check=%(objectname) %(objecttype)");
        if (result.ExitCode != 0) throw new GitException("cat-file --batch-check", result.ExitCode, result.Error);
        var answers = result.Output.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries);
        var commits = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < nested.Count && i < answers.Length; i++)
        {
            // "<id> commit", or "<object> missing" when the chain does not end at a commit.
            var parts = answers[i].Split(' ');
            commits[nested[i].Tag.Name] = parts.Length == 2 && parts[1] == "commit" ? parts[0] : null;
        }
        var peeled = new List<GitTag>(tags.Count);
        foreach (var (tag, isNested) in tags)
        {
            if (!isNested) peeled.Add(tag);
            else if (commits.TryGetValue(tag.Name, out var commit) && commit != null) peeled.Add(tag with { CommitId = commit });
        }
        return peeled;
    }

    public IReadOnlyList<GitCommit> CommitsSince(string? since, IReadOnlyList<string> pathFilters, int maxCount = 0)
    {
        var args = new List<string>
        {
            "log", "-z", "--no-color", "--no-notes", "--no-decorate", "--no-show-signature", "--format=%H %P%n%cI%n%B",
        };
        if (maxCount > 0) args.Add("--max-count=" + maxCount.ToString(CultureInfo.InvariantCulture));
        args.Add(since == null ? "HEAD" : since + "..HEAD");
        AddPathSpecs(args, pathFilters);
        var output = _git.RunChecked(args.ToArray());
        var commits = new List<GitCommit>();
        foreach (var record in output.Split('\0'))
        {
            var commit = record.Length == 0 ? null : ParseCommit(record);
            if (commit != null) commits.Add(commit);
        }
        return commits;
    }

    // Issue 12 (untagged histories): the same git log as CommitsSince(null, …), one process; what is saved is copying
    // and parsing the messages that cannot matter (19 MB of them in a 100,000-commit history).
    public IReadOnlyList<GitCommit> WholeHistory(IReadOnlyList<string> pathFilters, IReadOnlyList<string> messageMarkers)
    {
        var args = new List<string>
        {
            "log", "-z", "--no-color", "--no-notes", "--no-decorate", "--no-show-signature", "--format=%H %P%n%cI%n%B", "HEAD",
        };
        AddPathSpecs(args, pathFilters);
        var output = _git.RunChecked(args.ToArray());
        var commits = new List<GitCommit>();
        for (var start = 0; start < output.Length;)
        {
            var end = output.IndexOf('\0', start);
            if (end < 0) end = output.Length;
            if (end > start)
            {
                // The message starts after the second line (ids, date); the record is cut there unless a marker is in it,
                // so the commit parses exactly as CommitsSince parses it, with an empty message.
                var idsEnd = output.IndexOf('\n', start, end - start);
                var dateEnd = idsEnd < 0 ? -1 : output.IndexOf('\n', idsEnd + 1, end - idsEnd - 1);
                var messageStart = dateEnd < 0 ? end : dateEnd + 1;
                var keep = false;
                foreach (var marker in messageMarkers)
                    if (output.IndexOf(marker, messageStart, end - messageStart, StringComparison.OrdinalIgnoreCase) >= 0) { keep = true; break; }
                var commit = ParseCommit(output.Substring(start, (keep ? end : messageStart) - start));
                if (commit != null) commits.Add(commit);
            }
            start = end + 1;
        }
        return commits;
    }

    /// <summary>"id parents\ncommitter-date\nmessage" (the --format of the log calls).</summary>
    private static GitCommit? ParseCommit(string record)
    {
        var lines = record.Split(new[] { '\n' }, 3);
        var ids = lines[0].Trim().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (ids.Length == 0) return null;
        var date = lines.Length > 1 && DateTimeOffset.TryParse(lines[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateTimeOffset?)null;
        var message = lines.Length > 2 ? lines[2] : string.Empty;
        var parents = ids.Length > 1 ? new ArraySegment<string>(ids, 1, ids.Length - 1) : (IReadOnlyList<string>)Array.Empty<string>();
        return new GitCommit(ids[0], parents, message) { Date = date };
    }

    public DateTimeOffset HeadDate()
    {
        var output = _git.RunChecked("log", "-1", "--no-color", "--no-show-signature", "--format=%cI", "HEAD").Trim();
        return DateTimeOffset.Parse(output, CultureInfo.InvariantCulture);
    }

    public string? RemoteUrl(string name)
    {
        var result = _git.Run("config", "--get", "remote." + name + ".url");
        var url = result.Output.Trim();
        return result.ExitCode == 0 && url.Length > 0 ? url : null;
    }

    public int CountCommits(IReadOnlyList<string> pathFilters)
    {
        var args = new List<string> { "rev-list", "--count", "HEAD" };
        AddPathSpecs(args, pathFilters);
        var output = _git.RunChecked(args.ToArray()).Trim();
        return int.Parse(output, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>Globs relative to the repository root whatever the working directory: git's top and glob magic.</summary>
    private static void AddPathSpecs(List<string> args, IReadOnlyList<string> pathFilters)
    {
        if (pathFilters.Count == 0) return;
        args.Add("--");
        foreach (var filter in pathFilters)
            args.Add(":(top,glob)" + filter.Replace('\\', '/').TrimStart('/'));
    }
}
