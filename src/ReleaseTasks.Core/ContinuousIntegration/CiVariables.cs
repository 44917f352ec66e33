using System;
using System.Globalization;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>Small parsing helpers shared by the CI providers.</summary>
internal static class CiVariables
{
    public static bool IsSet(string? value) => !string.IsNullOrWhiteSpace(value);

    public static bool IsTrue(string? value) =>
        string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>refs/heads/main → main; anything else (a tag, a pull ref) → null.</summary>
    public static string? BranchFromRef(string? reference)
    {
        const string heads = "refs/heads/";
        if (reference == null) return null;
        return reference.StartsWith(heads, StringComparison.Ordinal) ? reference.Substring(heads.Length) : null;
    }

    /// <summary>refs/pull/42/merge, refs/pull/42/head, refs/merge-requests/42/head → 42.</summary>
    public static int? PullRequestFromRef(string? reference)
    {
        if (reference == null) return null;
        var parts = reference.Split('/');
        for (var i = 0; i + 1 < parts.Length; i++)
            if (parts[i] is "pull" or "merge-requests" && TryNumber(parts[i + 1], out var n)) return n;
        return null;
    }

    /// <summary>A positive number, as CI systems write pull request ids ("42"; "false" or empty when none).</summary>
    public static int? Number(string? value) => TryNumber(value, out var n) ? n : null;

    /// <summary>The number at the end of a URL such as https://github.com/o/r/pull/42.</summary>
    public static int? NumberAtEndOfUrl(string? url)
    {
        if (!IsSet(url)) return null;
        var last = url!.TrimEnd('/');
        return Number(last.Substring(last.LastIndexOf('/') + 1));
    }

    public static string? NonEmpty(string? value) => IsSet(value) ? value!.Trim() : null;

    private static bool TryNumber(string? value, out int number) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
}
