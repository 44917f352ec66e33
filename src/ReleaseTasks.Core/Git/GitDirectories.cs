using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ReleaseTasks.Git;

/// <summary>
/// Where a working tree's git data lives, found by reading files only (no git process), so that a no-op build
/// can tell whether HEAD or the refs moved. <see cref="GitDirectory"/> holds HEAD; <see cref="CommonDirectory"/>
/// holds refs, packed-refs and shallow (they differ in linked worktrees; submodules point into the parent's
/// .git/modules).
/// </summary>
public sealed record GitDirectories(string WorkingTree, string GitDirectory, string CommonDirectory)
{
    /// <summary>
    /// The repository git itself would use from <paramref name="start"/> in <paramref name="environment"/>: the one
    /// GIT_DIR names when it is set, else the first .git above <paramref name="start"/>.
    /// </summary>
    public static GitDirectories? Locate(string start, GitEnvironment environment)
    {
        if (environment.GitDirectory == null) return Locate(start);
        try
        {
            if (!Directory.Exists(environment.GitDirectory)) return null;
            var located = WithCommon(environment.WorkTree ?? start, environment.GitDirectory);
            return environment.CommonDirectory == null ? located : located with { CommonDirectory = environment.CommonDirectory };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Walks up from <paramref name="start"/> to the first .git directory or .git file.</summary>
    public static GitDirectories? Locate(string start)
    {
        try
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                var dotGit = Path.Combine(dir.FullName, ".git");
                if (Directory.Exists(dotGit)) return WithCommon(dir.FullName, dotGit);
                if (File.Exists(dotGit))
                {
                    var text = File.ReadAllText(dotGit).Trim();
                    const string prefix = "gitdir:";
                    if (!text.StartsWith(prefix, StringComparison.Ordinal)) return null;
                    var target = text.Substring(prefix.Length).Trim();
                    return WithCommon(dir.FullName, Path.GetFullPath(Path.Combine(dir.FullName, target)));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
        }
        return null;
    }

    private static GitDirectories WithCommon(string workingTree, string gitDir)
    {
        var commonFile = Path.Combine(gitDir, "commondir");
        var common = File.Exists(commonFile)
            ? Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(commonFile).Trim()))
            : gitDir;
        return new GitDirectories(workingTree, gitDir, common);
    }

    /// <summary>
    /// What <c>git rev-parse</c> would say of HEAD, read from the files (one git process less per cold build):
    /// the commit (null when the branch has no commit yet), the branch, and whether the clone is shallow.
    /// Null whenever the layout is anything but plain files (reftable, symbolic refs to symbolic refs, an odd
    /// HEAD): then the caller asks git.
    /// </summary>
    public RepositoryInfo? ReadHead()
    {
        try
        {
            if (Directory.Exists(Path.Combine(CommonDirectory, "reftable"))) return null;
            var head = File.ReadAllText(Path.Combine(GitDirectory, "HEAD")).Trim();
            var shallow = File.Exists(Path.Combine(CommonDirectory, "shallow"));
            if (IsObjectId(head)) return new RepositoryInfo(WorkingTree, GitDirectory, shallow, head, null);
            const string prefix = "ref: refs/heads/";
            if (!head.StartsWith(prefix, StringComparison.Ordinal)) return null;
            var refName = head.Substring(5);
            var branch = head.Substring(prefix.Length);
            var loose = Path.Combine(CommonDirectory, refName.Replace('/', Path.DirectorySeparatorChar));
            string? commit = null;
            if (File.Exists(loose))
            {
                commit = File.ReadAllText(loose).Trim();
                if (!IsObjectId(commit)) return null;
            }
            else
            {
                commit = PackedRef(refName);
            }
            // No loose and no packed ref: a branch without commits yet (git init); rev-parse names no branch then.
            return new RepositoryInfo(WorkingTree, GitDirectory, shallow, commit, commit == null ? null : branch);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private string? PackedRef(string refName)
    {
        var packed = Path.Combine(CommonDirectory, "packed-refs");
        if (!File.Exists(packed)) return null;
        foreach (var line in File.ReadLines(packed))
        {
            // "<id> <ref>"; '#' starts the header and '^' the peeled id of the previous tag.
            var space = line.IndexOf(' ');
            if (space > 0 && line[0] != '#' && line[0] != '^' && string.Equals(line.Substring(space + 1), refName, StringComparison.Ordinal))
                return IsObjectId(line.Substring(0, space)) ? line.Substring(0, space) : null;
        }
        return null;
    }

    /// <summary>
    /// The tags packed-refs lists, each with the object it peels to, and the names of the loose tag refs, read from the
    /// files. Null unless the file says it peeled every tag fully (git writes "fully-peeled" since 1.7.x) and the refs
    /// are plain files. Only a guess for starting a read early (issue 12): git's own listing stays the answer.
    /// </summary>
    public (IReadOnlyList<GitTag> Packed, IReadOnlyCollection<string> Loose)? ReadTagRefs()
    {
        try
        {
            if (Directory.Exists(Path.Combine(CommonDirectory, "reftable"))) return null;
            var packed = new List<GitTag>();
            var file = Path.Combine(CommonDirectory, "packed-refs");
            if (File.Exists(file))
            {
                var fullyPeeled = false;
                foreach (var line in File.ReadLines(file))
                {
                    if (line.StartsWith("# pack-refs with:", StringComparison.Ordinal))
                    {
                        fullyPeeled = (" " + line.Substring(17) + " ").Contains(" fully-peeled ");
                        continue;
                    }
                    if (!fullyPeeled) return null;
                    if (line.Length > 0 && line[0] == '^')
                    {
                        // The previous tag was annotated: this is what it peels to.
                        var peeled = line.Substring(1).Trim();
                        if (packed.Count == 0 || !IsObjectId(peeled)) return null;
                        packed[packed.Count - 1] = packed[packed.Count - 1] with { CommitId = peeled };
                        continue;
                    }
                    var space = line.IndexOf(' ');
                    if (space <= 0) continue;
                    const string tags = "refs/tags/";
                    var name = line.Substring(space + 1);
                    if (name.StartsWith(tags, StringComparison.Ordinal) && IsObjectId(line.Substring(0, space)))
                        packed.Add(new GitTag(name.Substring(tags.Length), line.Substring(0, space)));
                }
            }
            var loose = new HashSet<string>(StringComparer.Ordinal);
            var folder = Path.Combine(CommonDirectory, "refs", "tags");
            if (Directory.Exists(folder))
                foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                    loose.Add(path.Substring(folder.Length + 1).Replace(Path.DirectorySeparatorChar, '/'));
            return (packed, loose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private static bool IsObjectId(string text)
    {
        if (text.Length != 40 && text.Length != 64) return false;
        foreach (var c in text)
            if (!(c is >= '0' and <= '9' or >= 'a' and <= 'f')) return false;
        return true;
    }

    /// <summary>
    /// A text that changes whenever HEAD, the branch it points to, the tags or the shallow boundary change;
    /// null when the layout is one this reader does not understand (then the caller asks git every time).
    /// </summary>
    public string? StateKey()
    {
        try
        {
            if (Directory.Exists(Path.Combine(CommonDirectory, "reftable"))) return null;
            var sb = new StringBuilder();
            var head = File.ReadAllText(Path.Combine(GitDirectory, "HEAD")).Trim();
            sb.Append("HEAD=").Append(head).Append('\n');
            if (head.StartsWith("ref:", StringComparison.Ordinal))
            {
                var refName = head.Substring(4).Trim();
                var loose = Path.Combine(CommonDirectory, refName.Replace('/', Path.DirectorySeparatorChar));
                sb.Append("ref=").Append(File.Exists(loose) ? File.ReadAllText(loose).Trim() : "packed").Append('\n');
            }
            AppendStat(sb, Path.Combine(CommonDirectory, "packed-refs"));
            AppendStat(sb, Path.Combine(CommonDirectory, "shallow"));
            AppendStat(sb, Path.Combine(CommonDirectory, "info", "grafts"));
            // Tags make versions; replacement refs (git replace) and grafts rewrite the history they are counted in.
            // Issue 10: release branches lift the main line (remote branches change only on fetch). Local main-line
            // branches are left out: main moving changes no version, only, rarely, a release branch's freeze list.
            foreach (var folder in new[] { Path.Combine(CommonDirectory, "refs", "tags"), Path.Combine(CommonDirectory, "refs", "replace"),
                         Path.Combine(CommonDirectory, "refs", "heads", "release"), Path.Combine(CommonDirectory, "refs", "remotes") })
                if (Directory.Exists(folder))
                    foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                        AppendStat(sb, file);
            return sb.ToString();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void AppendStat(StringBuilder sb, string path)
    {
        var info = new FileInfo(path);
        sb.Append(path.Substring(CommonDirectory.Length)).Append('=');
        if (info.Exists) sb.Append(info.Length).Append('@').Append(info.LastWriteTimeUtc.Ticks);
        else sb.Append('-');
        sb.Append('\n');
    }
}
