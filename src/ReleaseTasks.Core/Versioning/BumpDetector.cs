using System.Collections.Generic;
using ReleaseTasks.Commits;

namespace ReleaseTasks.Versioning;

/// <summary>Conventional Commits → bump: any breaking change → major, any feat → minor, anything else → patch.</summary>
public static class BumpDetector
{
    public static (ReleaseBump Bump, ReleaseCommit? Deciding) Detect(IEnumerable<ReleaseCommit> commits)
    {
        var bump = ReleaseBump.Patch;
        ReleaseCommit? deciding = null;
        foreach (var commit in commits)
        {
            var this_ = commit.Message.IsBreaking ? ReleaseBump.Major
                : commit.Message.Type == "feat" ? ReleaseBump.Minor
                : ReleaseBump.Patch;
            if (this_ > bump || deciding == null && this_ == bump)
            {
                bump = this_;
                deciding = commit;
            }
            if (bump == ReleaseBump.Major) break;
        }
        return (bump, deciding);
    }
}
