using System;
using System.Collections.Generic;
using System.Linq;

namespace ReleaseTasks.Gates;

/// <summary>
/// What the TRX files say together. Only the newest run of each test project counts: `dotnet test --logger trx`
/// adds a new file to TestResults/ on every run, so older runs of the same test assemblies (same paths, target
/// framework folder included) are left out and listed, never added to this run's figures.
/// </summary>
public sealed class TestResults
{
    private readonly Dictionary<string, TestRun> _newest = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _ignored = new();

    public IEnumerable<TestRun> Runs => _newest.Values.OrderBy(r => r.Path, StringComparer.Ordinal);
    public int Executed => _newest.Values.Sum(r => r.Executed);
    public int Passed => _newest.Values.Sum(r => r.Passed);
    public int Failed => _newest.Values.Sum(r => r.Failed);
    public List<string> FailedTests => Runs.SelectMany(r => r.FailedTests).ToList();

    /// <summary>The TRX files whose figures count.</summary>
    public int Files => _newest.Count;

    /// <summary>Older runs of a test project that has a newer one here, left out.</summary>
    public IReadOnlyList<string> Ignored => _ignored;

    public IEnumerable<TestRun> Incomplete => Runs.Where(r => r.Incomplete != null);

    public void Read(string path) => Add(TestRun.Read(path));

    public void Add(TestRun run)
    {
        // A file that names no test assembly cannot be matched with another run: it counts on its own.
        var key = run.Assemblies.Count > 0 ? string.Join("\n", run.Assemblies) : "file:" + run.Path;
        if (_newest.TryGetValue(key, out var known))
        {
            var (newer, older) = run.Finished > known.Finished ? (run, known) : (known, run);
            _newest[key] = newer;
            _ignored.Add(older.Path);
        }
        else _newest[key] = run;
    }
}
