using System.Globalization;
using NuGet.Versioning;

namespace ReleaseTasks.Versioning;

/// <summary>ReleaseTasksMinimumVersion as written: MAJOR.MINOR (MinVer's MinimumMajorMinor) or MAJOR.MINOR.PATCH.</summary>
public static class MinimumVersionText
{
    public static bool TryParse(string text, out SemanticVersion version, out bool majorMinor)
    {
        version = new SemanticVersion(0, 0, 0);
        var parts = text.Trim().Split('.');
        majorMinor = parts.Length == 2;
        if (parts.Length is < 2 or > 3) return false;
        var numbers = new int[3];
        for (var i = 0; i < parts.Length; i++)
        {
            // No sign, no spaces, no leading zeros: SemVer's numeric identifiers.
            if (parts[i].Length == 0 || parts[i].Length > 1 && parts[i][0] == '0') return false;
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return false;
        }
        version = new SemanticVersion(numbers[0], numbers[1], numbers[2]);
        return true;
    }
}
