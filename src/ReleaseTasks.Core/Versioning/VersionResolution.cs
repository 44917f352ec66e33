namespace ReleaseTasks.Versioning;

/// <summary>A computed version and how it was obtained, for logging and the benchmark.</summary>
public sealed record VersionResolution(VersionResult Result, bool FromCache, int GitProcesses);
