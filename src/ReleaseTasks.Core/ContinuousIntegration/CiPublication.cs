using System.Collections.Generic;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>
/// What a build tells its CI: the build number (the version) and the variables later steps read, by name
/// (RELEASETASKS_VERSION, …). <paramref name="DotenvFile"/> is where a system that reads a file (GitLab's dotenv
/// report) gets it; null for that system's default.
/// </summary>
public sealed record CiPublication(string BuildNumber, IReadOnlyList<KeyValuePair<string, string>> Variables, string? DotenvFile = null);

/// <summary>How the ReleaseTasks* properties are named for a CI.</summary>
public static class CiVariableNames
{
    /// <summary>
    /// ReleaseTasksPreviousVersion → RELEASETASKS_PREVIOUSVERSION. Not the property's own name: CI systems hand
    /// variables to later steps as environment variables, and MSBuild reads environment variables as properties,
    /// case-insensitively, so a later build would take ReleaseTasksBranch back as an input.
    /// </summary>
    public static string For(string property)
    {
        const string prefix = "ReleaseTasks";
        var rest = property.StartsWith(prefix, System.StringComparison.Ordinal) ? property.Substring(prefix.Length) : property;
        var name = new System.Text.StringBuilder("RELEASETASKS_");
        foreach (var c in rest.ToUpperInvariant()) name.Append(c is >= 'A' and <= 'Z' or >= '0' and <= '9' ? c : '_');
        return name.ToString();
    }
}

/// <summary>The CI is told once per build, however many projects and MSBuild nodes compute the same values.</summary>
public static class CiPublicationClaim
{
    /// <summary>The claim file's name for this build and these values (a monorepo's projects with versions of their
    /// own each publish theirs); null without a build id.</summary>
    public static string? Name(string? buildId, CiPublication publication)
    {
        if (string.IsNullOrWhiteSpace(buildId)) return null;
        var text = new System.Text.StringBuilder(buildId!.Trim()).Append('\n').Append(publication.BuildNumber).Append('\n').Append(publication.DotenvFile);
        foreach (var pair in publication.Variables) text.Append('\n').Append(pair.Key).Append('=').Append(pair.Value);
        using var sha = System.Security.Cryptography.SHA256.Create();
        var hash = sha.ComputeHash(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
        var name = new System.Text.StringBuilder("ci-");
        for (var i = 0; i < 16; i++) name.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return name.Append(".claim").ToString();
    }
}
