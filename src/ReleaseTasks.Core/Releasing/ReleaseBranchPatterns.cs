using System.Collections.Generic;
using System.Linq;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Releasing;

/// <summary>The branches a release may be tagged on (ReleaseTasksReleaseBranches): names, or <see cref="BranchPattern"/> globs.</summary>
public static class ReleaseBranchPatterns
{
    public static IReadOnlyList<string> Defaults { get; } = new[] { "main", "master", "release/*", "hotfix/*", "lts/*", "support/*" };

    public static bool IsAllowed(string branch, IReadOnlyList<string> patterns) =>
        branch.Length > 0 && patterns.Any(p => BranchPattern.Matches(branch, p.Trim()));
}
