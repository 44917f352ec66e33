using System.Diagnostics;
using System.Text;
using NuGet.Versioning;
using ReleaseTasks.Coverage;
using ReleaseTasks.Gates;
using ReleaseTasks.ReleaseNotes;
using ReleaseTasks.Versioning;

// Each figure is the best of three runs, after one warm-up, in milliseconds.
var work = Path.Combine(Path.GetTempPath(), "releasetasks-micro");
Directory.CreateDirectory(work);

// `notes-memory capped|uncapped [commits]`: the memory release notes take on an untagged history, one process per
// figure (a peak working set only grows).
if (args.Length > 0 && args[0] == "notes-memory")
{
    NotesMemory(work, args.Length > 1 ? args[1] : "capped", args.Length > 2 ? int.Parse(args[2]) : 1_000_000);
    return;
}

// `untagged-version <repository> [runs]`: the cold version of a history with no release tag (issue 12): the whole
// resolve and the time spent waiting for git, per run.
if (args.Length > 1 && args[0] == "untagged-version")
{
    UntaggedVersion(args[1], args.Length > 2 ? int.Parse(args[2]) : 5);
    return;
}

Console.WriteLine("| measurement | ms |");
Console.WriteLine("|---|---|");

var repo = NotesRepository(work, 10_000);
Measure("release notes for a 10k-commit range, git included", () =>
{
    var r = ReleaseNotesResolver.Resolve(new ReleaseNotesRequest(repo, SemanticVersion.Parse("2.0.0"), new VersionSettings()));
    if (r.Notes == null || r.Notes.Sections.Count == 0) throw new InvalidOperationException("no notes");
});
Measure("version for the same repository (cold, no cache), git included", () =>
{
    var r = ReleaseVersionResolver.Resolve(new VersionRequest(repo, new VersionSettings()) { Environment = _ => null });
    if (r.Result.PreviousTag != "v1.0.0") throw new InvalidOperationException(r.Result.Explanation);
});

var shards = Enumerable.Range(0, 2).Select(i => Cobertura(work, i, files: 430, linesPerFile: 500)).ToArray();
var megabytes = shards.Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0;
Measure($"read and merge {megabytes:0} MB of Cobertura (2 shards) and judge the gates", () =>
{
    var (report, errors) = new CoverageReportReader(work).ReadAll(shards);
    if (errors.Count > 0) throw new InvalidOperationException(errors[0].Message);
    QualityGates.Evaluate(new GateInputs { Coverage = report }, new GateSettings());
});

static void NotesMemory(string work, string mode, int commits)
{
    var repo = UntaggedRepository(work, commits);
    // "uncapped" is what every build did before ReleaseTasksReleaseNotesMaxCommits: the whole history into one string.
    var max = mode == "uncapped" ? 0 : ReleaseNotesRequest.DefaultMaxCommits;
    GC.Collect();
    var before = GC.GetTotalAllocatedBytes(precise: true);
    var sw = Stopwatch.StartNew();
    var r = ReleaseNotesResolver.Resolve(new ReleaseNotesRequest(repo, SemanticVersion.Parse("0.1.0-alpha.1"), new VersionSettings()) { MaxCommits = max });
    var ms = sw.Elapsed.TotalMilliseconds;
    var allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / 1024.0 / 1024.0;
    var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
    var entries = r.Notes?.Sections.Sum(s => s.Entries.Count) ?? 0;
    Console.WriteLine($"| release notes, untagged history of {commits:N0} commits, {mode} | {entries:N0} entries | {ms:0} ms | {allocated:0} MB allocated | {peak:0} MB peak working set | {string.Join(" ", r.Diagnostics.Select(d => d.Code))} |");
}

static void UntaggedVersion(string repo, int runs)
{
    Console.WriteLine("| run | resolve ms | git ms | git processes | version |");
    Console.WriteLine("|---|---:|---:|---:|---|");
    for (var run = 0; run <= runs; run++)
    {
        var request = new VersionRequest(repo, new VersionSettings()) { Environment = _ => null };
        var git = new TimedHistory(new ReleaseTasks.Git.GitCliHistory(request.Git, repo));
        var sw = Stopwatch.StartNew();
        var r = ReleaseVersionResolver.Resolve(request, git);
        var ms = sw.Elapsed.TotalMilliseconds;
        // Run 0 warms up (the JIT, the OS's file cache).
        Console.WriteLine($"| {(run == 0 ? "warm-up" : run.ToString())} | {ms:0} | {git.Milliseconds:0} | {r.GitProcesses} | {r.Result.Explanation} |");
    }
}

// n commits and no tag at all, fed to git fast-import as a stream (a million commits never sit in this process).
static string UntaggedRepository(string work, int n)
{
    var dir = Path.Combine(work, $"untagged-{n}");
    if (Directory.Exists(Path.Combine(dir, ".git"))) return dir;
    Directory.CreateDirectory(dir);
    Git(dir, null, "init", "-q", "-b", "main");
    var psi = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardInput = true, UseShellExecute = false };
    foreach (var a in new[] { "fast-import", "--quiet" }) psi.ArgumentList.Add(a);
    using (var p = Process.Start(psi)!)
    {
        var w = p.StandardInput;
        var types = new[] { "feat", "fix", "perf", "chore", "docs", "refactor", "fix(core)", "feat(api)" };
        for (var i = 1; i <= n; i++)
        {
            var message = $"{types[i % types.Length]}: change number {i}\n\nA body of a few words, as most commits have one.";
            w.Write($"commit refs/heads/main\nmark :{i}\ncommitter Bench <bench@example.com> {1700000000 + i} +0000\ndata {Encoding.UTF8.GetByteCount(message)}\n{message}\n");
            if (i > 1) w.Write($"from :{i - 1}\n");
            w.Write($"M 644 inline file{i % 50}.txt\ndata {i.ToString().Length + 1}\n{i}\n\n");
        }
        w.Close();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException("git fast-import failed");
    }
    Git(dir, null, "reset", "-q", "--hard", "main");
    return dir;
}

static void Measure(string name, Action action)
{
    action();
    var best = double.MaxValue;
    for (var i = 0; i < 3; i++)
    {
        var sw = Stopwatch.StartNew();
        action();
        best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
    }
    Console.WriteLine($"| {name} | {best:0} |");
}

// A repository of n commits between v1.0.0 and HEAD, made with git fast-import in seconds.
static string NotesRepository(string work, int n)
{
    var dir = Path.Combine(work, $"notes-{n}");
    if (Directory.Exists(Path.Combine(dir, ".git"))) return dir;
    Directory.CreateDirectory(dir);
    Git(dir, null, "init", "-q", "-b", "main");
    var types = new[] { "feat", "fix", "perf", "chore", "docs", "refactor", "fix(core)", "feat(api)" };
    var sb = new StringBuilder();
    for (var i = 1; i <= n + 1; i++)
    {
        var message = i == 1 ? "chore: start" : $"{types[i % types.Length]}: change number {i}" + (i % 997 == 0 ? $"\n\nBREAKING CHANGE: number {i} breaks" : "");
        var bytes = Encoding.UTF8.GetByteCount(message);
        sb.Append("commit refs/heads/main\n")
          .Append($"mark :{i}\n")
          .Append($"committer Bench <bench@example.com> {1700000000 + i} +0000\n")
          .Append($"data {bytes}\n{message}\n");
        if (i > 1) sb.Append($"from :{i - 1}\n");
        sb.Append($"M 644 inline file{i % 50}.txt\ndata {(i.ToString().Length + 1)}\n{i}\n\n");
        if (i == 1) sb.Append("reset refs/tags/v1.0.0\nfrom :1\n\n");
    }
    Git(dir, sb.ToString(), "fast-import", "--quiet");
    Git(dir, null, "reset", "-q", "--hard", "main");
    return dir;
}

static void Git(string dir, string? input, params string[] args)
{
    var psi = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardInput = true, UseShellExecute = false };
    foreach (var a in args) psi.ArgumentList.Add(a);
    using var p = Process.Start(psi)!;
    if (input != null) p.StandardInput.Write(input);
    p.StandardInput.Close();
    p.WaitForExit();
    if (p.ExitCode != 0) throw new InvalidOperationException("git " + string.Join(" ", args) + " failed");
}

// Cobertura the way coverlet writes it: classes with methods (whose lines repeat) and class-level lines.
static string Cobertura(string work, int shard, int files, int linesPerFile)
{
    var path = Path.Combine(work, $"shard{shard}.cobertura.xml");
    if (File.Exists(path)) return path;
    using var w = new StreamWriter(path);
    w.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<coverage line-rate=\"0.5\" branch-rate=\"0.5\" version=\"1.9\">\n  <sources>\n    <source>/src/</source>\n  </sources>\n  <packages>\n");
    for (var f = 0; f < files; f++)
    {
        if (f % 100 == 0) w.Write($"    <package name=\"Assembly{f / 100}\">\n      <classes>\n");
        w.Write($"        <class name=\"Ns.C{f}\" filename=\"Assembly{f / 100}/File{f}.cs\">\n          <methods>\n            <method name=\"M\" signature=\"()\">\n              <lines>\n");
        for (var l = 1; l <= linesPerFile; l++) w.Write($"                <line number=\"{l}\" hits=\"{(l + shard) % 3}\" branch=\"False\" />\n");
        w.Write("              </lines>\n            </method>\n          </methods>\n          <lines>\n");
        for (var l = 1; l <= linesPerFile; l++)
            w.Write(l % 10 == 0
                ? $"            <line number=\"{l}\" hits=\"{(l + shard) % 3}\" branch=\"True\" condition-coverage=\"50% (1/2)\" />\n"
                : $"            <line number=\"{l}\" hits=\"{(l + shard) % 3}\" branch=\"False\" />\n");
        w.Write("          </lines>\n        </class>\n");
        if (f % 100 == 99 || f == files - 1) w.Write("      </classes>\n    </package>\n");
    }
    w.Write("  </packages>\n</coverage>\n");
    return path;
}

/// <summary>Times every question put to git (the process and reading its output), so the bench tells git's share.</summary>
sealed class TimedHistory(ReleaseTasks.Git.IGitHistory git) : ReleaseTasks.Git.IGitHistory
{
    public double Milliseconds { get; private set; }

    private T Time<T>(Func<T> ask)
    {
        var sw = Stopwatch.StartNew();
        try { return ask(); }
        finally { Milliseconds += sw.Elapsed.TotalMilliseconds; }
    }

    public int ProcessCount => git.ProcessCount;
    public ReleaseTasks.Git.RepositoryInfo? Open() => Time(git.Open);
    public IReadOnlyList<ReleaseTasks.Git.GitTag> TagsReachableFromHead() => Time(git.TagsReachableFromHead);
    public IReadOnlyCollection<string> ReachableFromHead(IReadOnlyList<string> tagNames) => Time(() => git.ReachableFromHead(tagNames));
    public IReadOnlyList<ReleaseTasks.Git.GitTag> AllTags() => Time(git.AllTags);
    public ReleaseTasks.Git.RefListing TagsAndBranches(string? defaultBranch = null) => Time(() => git.TagsAndBranches(defaultBranch));
    public IReadOnlyList<string> BranchesContainingHead() => Time(git.BranchesContainingHead);
    public IReadOnlyList<ReleaseTasks.Git.GitCommit>? CommitsSinceAncestor(string since, IReadOnlyList<string> pathFilters) => Time(() => git.CommitsSinceAncestor(since, pathFilters));
    public IReadOnlyList<ReleaseTasks.Git.GitCommit> CommitsSince(string? since, IReadOnlyList<string> pathFilters, int maxCount = 0) => Time(() => git.CommitsSince(since, pathFilters, maxCount));
    public DateTimeOffset HeadDate() => Time(git.HeadDate);
    public string? RemoteUrl(string name) => Time(() => git.RemoteUrl(name));
    public int CountCommits(IReadOnlyList<string> pathFilters) => Time(() => git.CountCommits(pathFilters));
    public IReadOnlyList<ReleaseTasks.Git.GitCommit> WholeHistory(IReadOnlyList<string> pathFilters, IReadOnlyList<string> messageMarkers) => Time(() => git.WholeHistory(pathFilters, messageMarkers));
}
