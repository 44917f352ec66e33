using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NuGet.Versioning;

namespace ReleaseTasks.Versioning;

/// <summary>How the fourth part of FileVersion is made (ReleaseTasksFileVersionScheme).</summary>
public enum FileVersionSchemeKind
{
    /// <summary>A weight per pre-release channel plus the build's position in it: never goes backwards.</summary>
    Weighted,

    /// <summary>The height alone (<c>Major.Minor.Patch.Height</c>), as before: a release is lower than its pre-releases.</summary>
    Height,
}

/// <summary>
/// The fourth part of FileVersion. Windows Installer and file-replacement logic replace a file only by one with a
/// higher FileVersion, so within one Major.Minor.Patch it must order alpha &lt; beta &lt; rc &lt; the release and rise
/// with every build. The part is the weight of the pre-release's channel (its first identifier, e.g. <c>rc</c>)
/// plus the build's position in that channel, clamped below the next channel's weight; the release is
/// <see cref="ReleaseWeight"/> plus the height. Labels without a weight (<c>pr</c>, custom ones) weigh 0.
/// </summary>
public sealed record FileVersionScheme
{
    /// <summary>The fourth part of a release (no pre-release label): above every channel.</summary>
    public const int ReleaseWeight = 60000;

    /// <summary>Windows version resources hold four 16-bit parts, and 65535 is reserved.</summary>
    public const int MaxPart = 65534;

    /// <summary>
    /// After a pre-release tag (<c>rc.2</c>) each tag number owns this many positions, for the builds after it
    /// (<c>rc.2.1</c> … <c>rc.2.99</c>): so <c>rc.1.3</c> &lt; <c>rc.2</c>, as in SemVer.
    /// </summary>
    public const int TagStride = 100;

    public const string DefaultWeightsText = "alpha=10000;beta=20000;rc=30000";

    public static readonly FileVersionScheme Default = new();

    public FileVersionSchemeKind Kind { get; init; } = FileVersionSchemeKind.Weighted;

    /// <summary>Channel label (compared ignoring case) → weight, each below <see cref="ReleaseWeight"/>.</summary>
    public IReadOnlyDictionary<string, int> Weights { get; init; } = ParseWeights(DefaultWeightsText)!;

    /// <summary><c>Major.Minor.Patch.N</c>, each part clamped to <see cref="MaxPart"/>.</summary>
    public string FileVersion(VersionResult result)
    {
        var v = result.Version;
        return string.Join(".", Clamp(v.Major), Clamp(v.Minor), Clamp(v.Patch), Clamp(Revision(result)));
    }

    /// <summary>The fourth part, before it is clamped to <see cref="MaxPart"/>.</summary>
    public long Revision(VersionResult result)
    {
        if (Kind == FileVersionSchemeKind.Height) return result.Height;
        var height = Math.Max(0, result.Height);
        if (!result.Version.IsPrerelease) return Math.Min((long)ReleaseWeight + height, MaxPart);

        var weight = WeightOf(Channel(result.Version));
        var bandEnd = BandEnd(weight);
        return weight + Math.Min(Position(result, height), bandEnd - weight);
    }

    /// <summary>The channel of a pre-release: its first identifier in lower case (<c>alpha</c> of
    /// <c>alpha.feature-x.3</c>, <c>pr</c> of <c>pr.42.3</c>).</summary>
    public static string Channel(SemanticVersion version) =>
        version.ReleaseLabels.FirstOrDefault()?.ToLowerInvariant() ?? string.Empty;

    /// <summary>
    /// Where the build stands in its channel. After a pre-release tag of the same version (<c>rc.1</c> on HEAD, or
    /// <c>rc.1.{h}</c> after it) the tag's number counts first, then the height; otherwise the label came from the
    /// branch policy (<c>alpha.{h}</c>, <c>alpha.{slug}.{h}</c>, <c>pr.{pr}.{h}</c>) and the height alone counts.
    /// </summary>
    private static long Position(VersionResult result, int height)
    {
        var previous = result.PreviousVersion;
        if (previous is { IsPrerelease: true } && SameCore(previous, result.Version) && ContinuesTag(previous, result.Version, height))
            return LastNumber(previous) * TagStride + Math.Min(height, TagStride - 1);
        return height;
    }

    private static bool SameCore(SemanticVersion a, SemanticVersion b) =>
        a.Major == b.Major && a.Minor == b.Minor && a.Patch == b.Patch;

    private static bool ContinuesTag(SemanticVersion tag, SemanticVersion version, int height) =>
        string.Equals(version.Release, tag.Release, StringComparison.Ordinal)
        || string.Equals(version.Release, tag.Release + "." + height.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    // The tag's own number (rc.2 → 2); a tag without one (v1.0.0-rc) is number 0.
    private static long LastNumber(SemanticVersion tag)
    {
        foreach (var label in tag.ReleaseLabels.Reverse())
            if (long.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        return 0;
    }

    private int WeightOf(string channel) => Weights.TryGetValue(channel, out var w) ? w : 0;

    // A channel's band ends just below the next higher weight (or the release), so a height beyond it is clamped
    // instead of reaching into the next channel.
    private int BandEnd(int weight)
    {
        var next = ReleaseWeight;
        foreach (var w in Weights.Values)
            if (w > weight && w < next) next = w;
        return next - 1;
    }

    private static string Clamp(long part) => (part > MaxPart ? MaxPart : part < 0 ? 0 : part).ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses the kind: Weighted or Height, in any case.</summary>
    public static bool TryParseKind(string text, out FileVersionSchemeKind kind)
    {
        foreach (FileVersionSchemeKind value in Enum.GetValues(typeof(FileVersionSchemeKind)))
        {
            if (!string.Equals(value.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
            kind = value;
            return true;
        }
        kind = FileVersionSchemeKind.Weighted;
        return false;
    }

    /// <summary>
    /// Parses <c>label=weight</c> pairs separated by <c>;</c> (<c>alpha=10000;beta=20000;rc=30000</c>): each label a
    /// SemVer identifier of letters, digits and <c>-</c>, once; each weight a whole number from 0 to 59999.
    /// Null when the text is not that.
    /// </summary>
    public static IReadOnlyDictionary<string, int>? ParseWeights(string text)
    {
        var weights = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in text.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (entry.Trim().Length == 0) continue;
            var parts = entry.Split('=');
            if (parts.Length != 2) return null;
            var label = parts[0].Trim();
            if (label.Length == 0 || !label.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '-')) return null;
            if (!int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var weight) || weight >= ReleaseWeight) return null;
            if (weights.ContainsKey(label)) return null;
            weights[label] = weight;
        }
        return weights;
    }
}
