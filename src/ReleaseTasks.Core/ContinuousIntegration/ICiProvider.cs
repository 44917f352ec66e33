using System;
using System.Collections.Generic;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>
/// One CI system's environment variables. CI checkouts are often detached, so the branch and pull request come
/// from here. Adding a CI system is adding one class implementing this interface (with a public parameterless
/// constructor) beside this one: <see cref="CiEnvironment"/> finds it, the end-to-end tests clear its variables, and
/// the tests ask for its row in docs/properties.md, its name in README.md and a checkout case of its own.
/// </summary>
public interface ICiProvider
{
    /// <summary>The CI system's name, as the build's explanation and the docs write it.</summary>
    string Name { get; }

    /// <summary>
    /// Every environment variable this system sets that changes what the build does, the one it is detected by
    /// first. <see cref="Read"/> may read no other (<see cref="CiEnvironment"/> enforces it).
    /// </summary>
    IReadOnlyList<string> Variables { get; }

    /// <summary>Reads the build info, or null when this CI system is not the one running.</summary>
    CiBuildInfo? Read(Func<string, string?> variable);
}
