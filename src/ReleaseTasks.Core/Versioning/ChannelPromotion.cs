using System;
using System.Linq;
using NuGet.Versioning;

namespace ReleaseTasks.Versioning;

/// <summary>
/// The Alpha → Beta → RC path. After a pre-release tag every branch counts on from it (<c>v2.0.0-beta.1</c> →
/// <c>2.0.0-beta.1.{h}</c>), so no build is ever lower than a tag it contains. A branch whose own channel is further
/// along the path (a <c>release/*</c> branch's <c>rc</c> after a <c>beta</c> tag, a <c>beta/*</c> branch's <c>beta</c>
/// after an <c>alpha</c> tag) is promoted to that channel instead, which sorts higher still: counting on from a beta
/// tag on a release branch would keep its candidates on <c>beta</c> until someone tagged <c>rc.1</c> by hand. The
/// promoted label gets a <c>0</c> after its channel (<c>rc.0.{h}</c>): these builds come before the channel's first
/// tag, so tagging <c>v2.0.0-rc.1</c> on one of them never goes below a build already made.
/// </summary>
public static class ChannelPromotion
{
    /// <summary>The channels of the path, lowest first. Other labels (<c>pr</c>, <c>nightly</c>, a team's own) are on
    /// no path: they never promote and are never promoted from.</summary>
    public static readonly string[] Path = { "alpha", "beta", "rc" };

    /// <summary>The place of a channel on the path, or -1 (any case).</summary>
    public static int Rank(string channel) => Array.FindIndex(Path, c => string.Equals(c, channel, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// <paramref name="branchVersion"/> (the branch policy's label on the tag's core) when its channel comes later on
    /// the path than the channel of <paramref name="countedOn"/> (the tag counted on) and NuGet orders it higher;
    /// otherwise null and the build counts on.
    /// </summary>
    public static SemanticVersion? Promote(SemanticVersion countedOn, SemanticVersion branchVersion)
    {
        if (!countedOn.IsPrerelease || !branchVersion.IsPrerelease) return null;
        var from = Rank(ReleaseChannel.Of(countedOn));
        var to = Rank(ReleaseChannel.Of(branchVersion));
        if (from < 0 || to <= from) return null;
        var labels = branchVersion.ReleaseLabels.ToList();
        labels.Insert(1, "0");
        var promoted = new SemanticVersion(branchVersion.Major, branchVersion.Minor, branchVersion.Patch, labels, null);
        return VersionComparer.Default.Compare(promoted, countedOn) > 0 ? promoted : null;
    }
}
