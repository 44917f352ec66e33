using System.Collections.Generic;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>What a CI system is handed: service-message lines for standard output, and files to append to or write.
/// <see cref="Skipped"/> names values the system's syntax cannot carry, which are left out rather than mangled.</summary>
public sealed class CiOutput
{
    public List<string> Lines { get; } = new();

    public List<CiFile> Files { get; } = new();

    public List<string> Skipped { get; } = new();
}

/// <summary>A file the CI reads: appended to (GITHUB_OUTPUT) or written whole (a dotenv report).</summary>
public sealed record CiFile(string Path, string Text, bool Append);
