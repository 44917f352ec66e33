using System.Collections.Generic;
using ReleaseTasks.Commits;

namespace ReleaseTasks.Versioning;

/// <summary>Conventional Commits → bump: any breaking change → major, any feat → minor, anything else (messages that
/// are not Conventional Commits included) → patch.</summary>
public static class BumpDetector
{
    public static (ReleaseBump Bump, ReleaseCommit? Deciding) Detect(IEnumerable<ReleaseCommit> commits)
    {
        var bump = ReleaseBump.Patch;
        ReleaseCommit? deciding = null;
        foreach (var commit in commits)
        {
            // A message that is not Conventional Commits counts as a patch, whatever its footers say: its
            // commit is left out of the release notes, so it must not make a major release either.
            var this_ = !commit.Message.IsConventional ? ReleaseBump.Patch
                : commit.Message.IsBreaking ? ReleaseBump.Major
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
