using System.Collections.Generic;
using System.Globalization;
using NuGet.Versioning;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Versioning;

/// <summary>The computed version and everything the build sets from it.</summary>
public sealed record VersionResult
{
    public SemanticVersion Version { get; init; } = new(0, 0, 0);

    /// <summary>Full commit id of HEAD; empty when there is none (no repository, no commits).</summary>
    public string Commit { get; init; } = string.Empty;

    public int Height { get; init; }

    /// <summary>HEAD's committer date; null when there is no commit (the fallback version).</summary>
    public System.DateTimeOffset? CommitDate { get; init; }

    public string Branch { get; init; } = string.Empty;

    /// <summary>The tag the version was computed from (empty when none was reachable).</summary>
    public string PreviousTag { get; init; } = string.Empty;

    public SemanticVersion? PreviousVersion { get; init; }

    /// <summary>
    /// The release the public API is judged against: the previous tag, except on a tagged HEAD, where it is the
    /// release before that tag (the highest lower version tag reachable from HEAD; only stable ones for a stable tag,
    /// whose pre-releases are part of it). Empty when there is none.
    /// </summary>
    public string ApiBaselineTag { get; init; } = string.Empty;

    public SemanticVersion? ApiBaselineVersion { get; init; }

    /// <summary>The range since the previous release (on a tagged HEAD: the tag's own range) holds a security change
    /// (<see cref="Commits.SecurityChange"/>).</summary>
    public bool IsSecurityRelease { get; init; }

    /// <summary>On a release branch, the feat and breaking commits after its branch point ("1a2b3c4 feat: x"), newest first
    /// (<see cref="FeatureFreeze"/>); empty when the freeze holds or was not judged.</summary>
    public IReadOnlyList<string> FeatureFreezeBreaks { get; init; } = new List<string>();

    /// <summary>The default branch the freeze was judged against ("origin/main"); empty when not judged.</summary>
    public string FeatureFreezeBase { get; init; } = string.Empty;

    /// <summary>The feature freeze was judged: HEAD is on a release branch and its branch point was found.</summary>
    public bool FeatureFreezeJudged { get; init; }
    /// <summary>A tagged commit built on a detached HEAD without a branch (outside CI) that an lts/* or support/* branch
    /// holds (<see cref="ReleaseChannel.AnyLts"/>).</summary>
    public bool OnLtsBranch { get; init; }

    public AssemblyVersionPrecision AssemblyVersionPrecision { get; init; } = AssemblyVersionPrecision.Major;

    /// <summary>Why this version, in one line: "1.3.0-alpha.5 (v1.2.0 + 5 commits on main; feat 4f1c2ab → minor)".</summary>
    public string Explanation { get; init; } = string.Empty;

    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = new List<Diagnostic>();

    /// <summary>SemVer without build metadata: Version and PackageVersion.</summary>
    public string PackageVersion => Version.ToNormalizedString();

    /// <summary>SemVer with the tag's metadata, if any, and the full commit id exactly once.</summary>
    public string InformationalVersion
    {
        get
        {
            var full = Version.ToFullString();
            if (Commit.Length == 0) return full;
            return full + (Version.HasMetadata ? "." : "+") + Commit;
        }
    }

    public string AssemblyVersion => AssemblyVersionPrecision switch
    {
        AssemblyVersionPrecision.Minor => Four(Version.Major, Version.Minor, 0, 0),
        AssemblyVersionPrecision.Patch => Four(Version.Major, Version.Minor, Version.Patch, 0),
        _ => Four(Version.Major, 0, 0, 0),
    };

    /// <summary>FileVersion by the default scheme; the build uses the configured one
    /// (<see cref="VersionSettings.FileVersion"/>), which is not part of the cached result.</summary>
    public string FileVersion => FileVersionScheme.Default.FileVersion(this);

    public string PreRelease => Version.Release;

    // Windows version resources hold four 16-bit parts, and 65535 is reserved.
    private static string Four(int a, int b, int c, int d) =>
        string.Join(".", Clamp(a), Clamp(b), Clamp(c), Clamp(d));

    private static string Clamp(int part) => (part > 65534 ? 65534 : part < 0 ? 0 : part).ToString(CultureInfo.InvariantCulture);
}
