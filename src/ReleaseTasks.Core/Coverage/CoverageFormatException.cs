using System;

namespace ReleaseTasks.Coverage;

/// <summary>A report that cannot be read: unknown format, corrupt or truncated. Becomes RT2001 naming the file.</summary>
public sealed class CoverageFormatException : Exception
{
    public CoverageFormatException(string message, int line = 0) : base(message) => Line = line;

    public int Line { get; }
}
