using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ReleaseTasks.Changelog;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Git;

namespace ReleaseTasks.Releasing;

/// <summary>
/// The release itself, in order: the version's CHANGELOG.md section, the API files shipped, one commit of those files
/// alone (<c>chore(release): X.Y.Z</c>), the annotated tag whose message is the notes, and the push when asked. git
/// runs with the user's configuration: hooks run and commits and tags are signed when it asks. Nothing is left
/// half-done: a failure before the tag puts the files, the index and HEAD back as they were.
/// </summary>
public sealed class ReleaseSteps
{
    /// <summary>
    /// The file whose lock a release holds while it writes, commits and tags, and readiness while it reads the working
    /// tree and HEAD: in a parallel build of a solution, one project's checklist otherwise sees another project's
    /// release half-written (its CHANGELOG.md and API files changed, not yet committed) and fails on a dirty tree.
    /// One per repository: a release of any tag prefix changes the one working tree.
    /// </summary>
    public static string LockFileOf(string repositoryRoot) => System.IO.Path.Combine(repositoryRoot, ".git", "ReleaseTasks.release");

    /// <summary>How long a checklist waits for a release running in the same repository (its hooks and push included)
    /// before it judges the tree as it is.</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(5);

    private readonly GitProcess _git;
    private readonly string _root;
    private readonly List<string> _lines = new();
    private readonly List<Diagnostic> _diagnostics = new();

    public ReleaseSteps(GitProcess git)
    {
        _git = git;
        _root = git.WorkingDirectory;
    }

    public ReleaseStepsOutcome Run(ReleasePlan plan)
    {
        var pushCommand = new[] { "push", "--atomic", plan.Remote, "HEAD:refs/heads/" + plan.Branch, "refs/tags/" + plan.TagName };
        var pushText = "git " + string.Join(" ", pushCommand);
        var head = _git.RunChecked("rev-parse", "HEAD").Trim();

        var existing = _git.Run("rev-parse", "-q", "--verify", "refs/tags/" + plan.TagName + "^{commit}");
        if (existing.ExitCode == 0)
        {
            var at = existing.Output.Trim();
            if (at == head) return Done(DiagnosticCatalog.ReleaseAlreadyMade(plan.TagName), null);
            return Done(DiagnosticCatalog.TagOnAnotherCommit(plan.TagName, at), null);
        }
        var status = _git.RunChecked("status", "--porcelain", "--untracked-files=normal").Split('\n').Where(l => l.Trim().Length > 0).ToList();
        if (status.Count > 0) return Done(DiagnosticCatalog.TreeNotClean(status), null);

        var changes = PlanChanges(plan);
        if (changes == null) return Outcome(null);
        var prefix = plan.DryRun ? "dry run: would " : "";
        foreach (var change in changes) _lines.Add(prefix + change.Description);
        var message = $"chore(release): {plan.Version}";
        if (changes.Count > 0) _lines.Add(prefix + $"commit {string.Join(", ", changes.Select(c => c.RelativePath))} as '{message}'");
        _lines.Add(prefix + $"create the annotated tag {plan.TagName} with the release notes as its message:");
        _lines.AddRange(plan.TagMessage.TrimEnd().Split('\n').Select(l => "    " + l.TrimEnd('\r')));
        if (plan.DryRun)
        {
            _lines.Add((plan.Push ? "dry run: would push: " : "dry run: then publish it with: ") + pushText);
            return Outcome(null);
        }

        // Files, then the index, then the commit: each undone in reverse when a later step fails.
        foreach (var change in changes)
        {
            if (change.Write() is { } error)
            {
                Restore(changes, head, committed: false);
                return Done(error, null);
            }
        }
        if (changes.Count > 0)
        {
            var paths = changes.Select(c => c.RelativePath).ToArray();
            var add = _git.Run(new[] { "add", "--" }.Concat(paths).ToArray());
            var commit = add.ExitCode != 0 ? add : _git.Run(new[] { "commit", "-q", "-m", message, "--" }.Concat(paths).ToArray());
            if (commit.ExitCode != 0)
            {
                Restore(changes, head, committed: false);
                return Done(DiagnosticCatalog.ReleaseCommitFailed(message, Output(commit)), null);
            }
        }
        var tag = _git.RunWithInput(plan.TagMessage, "tag", "-a", "--cleanup=verbatim", "-F", "-", plan.TagName);
        if (tag.ExitCode != 0)
        {
            var undone = Restore(changes, head, committed: changes.Count > 0);
            return Done(DiagnosticCatalog.ReleaseTagFailed(plan.TagName, Output(tag), undone), null);
        }
        _lines.Add($"released {plan.Version}: tag {plan.TagName} on {_git.RunChecked("rev-parse", "--short", "HEAD").Trim()}");

        if (!plan.Push)
        {
            _lines.Add("publish it with: " + pushText);
            return Outcome(pushText);
        }
        var push = _git.Run(pushCommand);
        if (push.ExitCode != 0) _diagnostics.Add(DiagnosticCatalog.ReleasePushFailed(plan.TagName, pushText, Output(push)));
        else _lines.Add("pushed: " + pushText);
        return Outcome(pushText);
    }

    private ReleaseStepsOutcome Done(Diagnostic diagnostic, string? push)
    {
        _diagnostics.Add(diagnostic);
        return Outcome(push);
    }

    private ReleaseStepsOutcome Outcome(string? push) => new(_lines, _diagnostics, push);

    private static string Output(GitResult result) => (result.Error + "\n" + result.Output).Trim();

    /// <summary>The files the release writes, with their bytes before; null after an error (reported).</summary>
    private List<FileChange>? PlanChanges(ReleasePlan plan)
    {
        var changes = new List<FileChange>();
        var before = File.Exists(plan.ChangelogPath) ? File.ReadAllText(plan.ChangelogPath) : null;
        var (text, error) = ChangelogWriter.Merge(before, plan.ChangelogLabel, plan.ChangelogSection, plan.ChangelogPath, plan.ChangelogUnreleased);
        if (error != null) { _diagnostics.Add(error); return null; }
        if (text != before)
            changes.Add(new FileChange(plan.ChangelogPath, Relative(plan.ChangelogPath), $"write the {plan.ChangelogLabel} section of {Relative(plan.ChangelogPath)}",
                () => ChangelogFile.Update(plan.ChangelogPath, plan.ChangelogLabel, plan.ChangelogSection, plan.ChangelogUnreleased).Error));

        foreach (var unshipped in plan.UnshippedApiFiles)
        {
            var shipped = Path.Combine(Path.GetDirectoryName(unshipped)!, "PublicAPI.Shipped.txt");
            var shippedText = File.Exists(shipped) ? File.ReadAllText(shipped) : "";
            var shipping = PublicApiShipping.Ship(shippedText, File.ReadAllText(unshipped));
            if (shipping is not { } files) continue;
            var moved = File.ReadAllText(unshipped).Split('\n').Count(l => l.Trim().Length > 0 && !l.StartsWith("#", StringComparison.Ordinal));
            changes.Add(new FileChange(shipped, Relative(shipped), $"ship {moved} line(s) of {Relative(unshipped)} into {Relative(shipped)}",
                () => WriteKeepingBom(shipped, files.Shipped)));
            changes.Add(new FileChange(unshipped, Relative(unshipped), $"empty {Relative(unshipped)}", () => WriteKeepingBom(unshipped, files.Unshipped)));
        }
        return changes;
    }

    private static Diagnostic? WriteKeepingBom(string path, string text)
    {
        var bom = File.Exists(path) && File.ReadAllBytes(path) is { Length: >= 3 } b && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF;
        ReleaseTasks.IO.AtomicFile.WriteAllText(path, text, byteOrderMark: bom);
        return null;
    }

    /// <summary>Puts HEAD (when the release commit was made), the index entries and the files of the release back as
    /// they were. Only the release's own paths are touched: the tree was clean before, so no work of the user's is
    /// there. Returns whether everything was put back.</summary>
    private bool Restore(IReadOnlyList<FileChange> changes, string head, bool committed)
    {
        var ok = true;
        if (committed) ok &= _git.Run("reset", "-q", "--soft", head).ExitCode == 0;
        if (changes.Count > 0) ok &= _git.Run(new[] { "reset", "-q", head, "--" }.Concat(changes.Select(c => c.RelativePath)).ToArray()).ExitCode == 0;
        foreach (var change in changes) change.Restore();
        return ok;
    }

    private string Relative(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetFullPath(_root).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return (full.StartsWith(root, StringComparison.Ordinal) ? full.Substring(root.Length) : full).Replace('\\', '/');
    }

    private sealed class FileChange
    {
        private readonly byte[]? _before;
        private readonly Func<Diagnostic?> _write;

        public FileChange(string path, string relativePath, string description, Func<Diagnostic?> write)
        {
            Path = path;
            RelativePath = relativePath;
            Description = description;
            _write = write;
            _before = File.Exists(path) ? File.ReadAllBytes(path) : null;
        }

        public string Path { get; }
        public string RelativePath { get; }
        public string Description { get; }

        public Diagnostic? Write() => _write();

        public void Restore()
        {
            if (_before != null) File.WriteAllBytes(Path, _before);
            else if (File.Exists(Path)) File.Delete(Path);
        }
    }
}

/// <summary>What the release did (or, in a dry run, would do), the errors, and the push command.</summary>
public sealed record ReleaseStepsOutcome(IReadOnlyList<string> Lines, IReadOnlyList<Diagnostic> Diagnostics, string? PushCommand);
