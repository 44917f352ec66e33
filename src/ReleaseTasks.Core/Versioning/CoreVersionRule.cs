namespace ReleaseTasks.Versioning;

/// <summary>How a branch policy chooses Major.Minor.Patch when HEAD is not tagged.</summary>
public enum CoreVersionRule
{
    /// <summary>The previous release bumped by the Conventional Commits since it (the default).</summary>
    Bump,

    /// <summary>The previous release plus one patch, whatever the commits (hotfix and support branches).</summary>
    Patch,

    /// <summary>The larger of <see cref="Bump"/> and the X.Y[.Z] in the branch name (release/3.1).</summary>
    BranchName,
}
