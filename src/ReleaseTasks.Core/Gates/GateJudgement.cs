using System;
using System.Security.Cryptography;
using System.Text;

namespace ReleaseTasks.Gates;

/// <summary>
/// Coverage and tests are judged once per build, however many projects of a solution run CheckQualityGates and on
/// however many MSBuild nodes: the first project to claim the pair (build, inputs) judges and reports, the others
/// check only their own dependencies. A claim is a file created exclusively in the user's private cache directory.
/// </summary>
public static class GateJudgement
{
    /// <summary>The claim file's name for this build and these inputs; null without a build id (each MSBuild node
    /// then judges once, as before).</summary>
    public static string? ClaimName(string? buildId, string inputs)
    {
        if (string.IsNullOrWhiteSpace(buildId)) return null;
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(buildId!.Trim() + "\n" + inputs));
        var hex = new StringBuilder("gates-");
        for (var i = 0; i < 16; i++) hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return hex.Append(".claim").ToString();
    }
}
