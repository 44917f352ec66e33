using System;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>
/// A CI system that can be told the build's version: its build number and variables for later steps. Implemented by
/// the system's own <see cref="ICiProvider"/> class, in its own file, so that adding a CI system stays one file. A
/// provider without such a mechanism (or one that needs the network) does not implement it, and the build says so.
/// </summary>
public interface ICiOutputs
{
    /// <summary>What to hand the CI for <paramref name="publication"/>: lines for standard output, files to write.
    /// Values are escaped for the system's own syntax so that no value can start a second command.</summary>
    CiOutput Publish(CiPublication publication, Func<string, string?> variable);
}
