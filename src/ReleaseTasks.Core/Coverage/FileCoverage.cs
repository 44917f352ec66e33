using System.Collections.Generic;

namespace ReleaseTasks.Coverage;

/// <summary>The coverable lines of one source file (compiler-generated classes fold in: they share the file).</summary>
public sealed class FileCoverage
{
    public FileCoverage(string path, string assembly)
    {
        Path = path;
        Assembly = assembly;
    }

    /// <summary>Repository-relative with '/' when the file is in the repository, otherwise the full path.</summary>
    public string Path { get; }

    public string Assembly { get; }

    public SortedDictionary<int, LineCoverage> Lines { get; } = new();

    public void Add(int line, LineCoverage coverage)
    {
        if (Lines.TryGetValue(line, out var existing))
        {
            existing.MergeWith(coverage);
            Lines[line] = existing;
        }
        else Lines[line] = coverage;
    }
}
