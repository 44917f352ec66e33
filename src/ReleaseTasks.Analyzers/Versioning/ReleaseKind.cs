using System.Globalization;

namespace ReleaseTasks.Analyzers.Versioning;

/// <summary>What the version being built is, relative to the previous release.</summary>
internal enum ReleaseKind
{
    /// <summary>A new major (or, while the major is 0, a new minor): breaking changes are allowed.</summary>
    Breaking,
    Minor,
    Patch,
    /// <summary>The previous release is a pre-release, or a version cannot be read: nothing is judged.</summary>
    Unjudged,
}

internal static class ReleaseKinds
{
    public static ReleaseKind Of(string current, string previous)
    {
        if (!TryParse(current, out var c) || !TryParse(previous, out var p) || p.PreRelease) return ReleaseKind.Unjudged;
        if (c.Major != p.Major) return c.Major > p.Major ? ReleaseKind.Breaking : ReleaseKind.Unjudged;
        if (c.Minor != p.Minor) return c.Major == 0 ? ReleaseKind.Breaking : ReleaseKind.Minor;
        return ReleaseKind.Patch;
    }

    private static bool TryParse(string text, out (int Major, int Minor, bool PreRelease) version)
    {
        version = default;
        var core = text.Split('+')[0];
        var dash = core.IndexOf('-');
        var parts = (dash < 0 ? core : core.Substring(0, dash)).Split('.');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)) return false;
        version = (major, minor, dash >= 0);
        return true;
    }
}
