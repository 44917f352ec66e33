namespace ReleaseTasks.Metrics;

/// <summary>
/// The one kind a release is counted as, for the monthly counts and the chart. A pre-release (a version with a
/// pre-release label: <c>ReleaseTasksReleaseType=PreRelease</c>) is <see cref="PreRelease"/> whatever it holds; a stable
/// release holding a security change (as <c>ReleaseTasksIsSecurityRelease</c>) is <see cref="Security"/>; any other
/// stable release is named after its bump from the highest lower stable version (0.0.0 before the first).
/// </summary>
public static class ReleaseKind
{
    public const string Major = "major";
    public const string Minor = "minor";
    public const string Patch = "patch";
    public const string Security = "security";
    public const string PreRelease = "prerelease";

    /// <summary>Every kind, in the chart's stacking order (bottom first).</summary>
    public static readonly string[] All = { Major, Minor, Patch, Security, PreRelease };
}
