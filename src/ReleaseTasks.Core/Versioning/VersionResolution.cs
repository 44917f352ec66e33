using System.Linq;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Versioning;

/// <summary>A computed version and how it was obtained, for logging and the benchmark.</summary>
public sealed record VersionResolution(VersionResult Result, bool FromCache, int GitProcesses)
{
    /// <summary>
    /// A version computed while git could not be run (RT1002), failed (RT1005), hung (RT1008) or refused the
    /// repository (RT1009) is a fallback: caching it would replay the failure after git is fixed, until HEAD or the
    /// tags move.
    /// </summary>
    public bool Cacheable => !Result.Diagnostics.Any(d =>
        d.Code is DiagnosticCatalog.GitNotFound or DiagnosticCatalog.GitFailed or DiagnosticCatalog.GitTimedOut or DiagnosticCatalog.UnsafeRepository);
}
