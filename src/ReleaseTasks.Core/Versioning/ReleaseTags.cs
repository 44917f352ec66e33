using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using ReleaseTasks.Git;

namespace ReleaseTasks.Versioning;

/// <summary>Every release of the repository: the versions of its tags (with the project's tag prefix), reachable or
/// not. One <c>for-each-ref</c>, which reads refs only.</summary>
public static class ReleaseTags
{
    public static IReadOnlyList<SemanticVersion> Versions(IGitHistory git, string? tagPrefix)
    {
        if (git.Open() == null) return new SemanticVersion[0];
        return git.AllTags()
            .Select(t => VersionTag.TryParseName(t.Name, tagPrefix, out var v) ? v : null)
            .Where(v => v != null)
            .Select(v => v!)
            .ToList();
    }
}
