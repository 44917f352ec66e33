using System;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>
/// One CI system's environment variables. CI checkouts are often detached, so the branch and pull request come
/// from here. Adding a CI system is adding one file beside this one and listing it in <see cref="CiEnvironment"/>.
/// </summary>
public interface ICiProvider
{
    /// <summary>Reads the build info, or null when this CI system is not the one running.</summary>
    CiBuildInfo? Read(Func<string, string?> variable);
}
