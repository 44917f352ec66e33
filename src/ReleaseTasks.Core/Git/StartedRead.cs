using System;
using System.Threading.Tasks;

namespace ReleaseTasks.Git;

/// <summary>A git read started ahead of need (<see cref="IGitHistory.StartCommitsSinceAncestor"/>). Disposing waits for it,
/// so that a read nobody took still ends before its caller; its failure is nobody's, since nobody used its answer.</summary>
public sealed class StartedRead : IDisposable
{
    /// <summary>Nothing started.</summary>
    public static readonly IDisposable None = new StartedRead(null);

    private readonly Task? _read;

    public StartedRead(Task? read) => _read = read;

    public void Dispose()
    {
        try
        {
            _read?.Wait();
        }
        catch (AggregateException)
        {
            // Only a read somebody took can fail the build, and that one rethrew where it was taken.
        }
    }
}
