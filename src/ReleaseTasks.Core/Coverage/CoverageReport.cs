using System;
using System.Collections.Generic;
using System.Linq;

namespace ReleaseTasks.Coverage;

/// <summary>
/// Line and branch coverage by (normalised path, line), merged from any number of reports: several test
/// projects, target frameworks or CI shards covering the same code add up instead of counting twice.
/// </summary>
public sealed class CoverageReport
{
    private readonly Dictionary<string, FileCoverage> _files = new(StringComparer.Ordinal);

    public IReadOnlyCollection<FileCoverage> Files => _files.Values;

    public FileCoverage? File(string path) => _files.TryGetValue(path, out var file) ? file : null;

    public void Add(string path, string assembly, int line, LineCoverage coverage)
    {
        if (line <= 0) return;
        if (!_files.TryGetValue(path, out var file))
        {
            file = new FileCoverage(path, assembly);
            _files[path] = file;
        }
        file.Add(line, coverage);
    }

    public void MergeFrom(CoverageReport other)
    {
        foreach (var file in other.Files)
            foreach (var pair in file.Lines)
                Add(file.Path, file.Assembly, pair.Key, pair.Value);
    }

    /// <summary>A copy without the files or assemblies the predicate rejects.</summary>
    public CoverageReport Where(Func<FileCoverage, bool> keep)
    {
        var result = new CoverageReport();
        foreach (var file in Files.Where(keep)) result._files[file.Path] = file;
        return result;
    }

    public CoverageSummary Total() => Files.Aggregate(new CoverageSummary(), (sum, f) => sum.Add(Summary(f)));

    public IReadOnlyDictionary<string, CoverageSummary> ByAssembly() =>
        Files.GroupBy(f => f.Assembly, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Aggregate(new CoverageSummary(), (sum, f) => sum.Add(Summary(f))), StringComparer.Ordinal);

    public static CoverageSummary Summary(FileCoverage file) =>
        file.Lines.Values.Aggregate(new CoverageSummary(), (sum, line) => sum.Add(line));
}
