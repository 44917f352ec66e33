using NuGet.Versioning;

namespace ReleaseTasks.Versioning;

/// <summary>
/// A release line the main line does not hold: a release branch (<c>release/1.3</c>, local or on a remote) or a stable
/// version tag HEAD cannot reach (<c>v1.3.0</c>, tagged on that branch). <see cref="Name"/> is what the explanation shows.
/// </summary>
public sealed record BranchedRelease(string Name, SemanticVersion Version)
{
    /// <summary>The lowest core the main line may build once this release exists: its next minor. The release owns its
    /// X.Y line (its patches come from its own branch), so main moves to X.(Y+1).0.</summary>
    public SemanticVersion MainLineFloor => new(Version.Major, Version.Minor + 1, 0);
}
