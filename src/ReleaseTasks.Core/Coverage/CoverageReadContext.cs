using System;

namespace ReleaseTasks.Coverage;

/// <summary>What a format's reader needs besides the report: how to map its paths into the repository, and the
/// assembly of a source file for formats that do not name it (lcov).</summary>
public sealed class CoverageReadContext
{
    public CoverageReadContext(CoveragePaths paths, Func<string, string> assemblyOf)
    {
        Paths = paths;
        AssemblyOf = assemblyOf;
    }

    public CoveragePaths Paths { get; }

    /// <summary>The name of the project nearest above a normalised source path, "" when none is found.</summary>
    public Func<string, string> AssemblyOf { get; }
}
