namespace ReleaseTasks.Versioning;

/// <summary>How far a release moves from the previous one, as the commits since then demand.</summary>
public enum ReleaseBump
{
    Patch,
    Minor,
    Major,
}
