using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Build.Framework;
using ReleaseTasks.IO;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tasks;

/// <summary>
/// Computes the project's version from git. Levels of reuse keep it out of the way of a build:
/// the result registered with MSBuild for the whole build (every project and target framework with the same
/// settings on this node shares it), the cache file under obj/ keyed by HEAD and refs (a no-op build starts no
/// git), a file named after that key in the user's private cache directory (the other nodes of a parallel build),
/// and only then git.
/// </summary>
public sealed class ComputeReleaseVersion : ReleaseTaskBase
{
    [Required] public string ProjectDirectory { get; set; } = string.Empty;
    public string? TagPrefix { get; set; }
    public string? InitialVersion { get; set; }
    public string? FallbackVersion { get; set; }
    public string? PullRequestLabel { get; set; }
    public string? AssemblyVersionPrecision { get; set; }
    public string? FileVersionScheme { get; set; }
    public string? FileVersionWeights { get; set; }
    public string[] PathFilter { get; set; } = Array.Empty<string>();
    /// <summary>ReleaseTasksRequireFullHistory as written: a string, so that "maybe" is RT0001, not MSBuild's MSB4030.</summary>
    public string? RequireFullHistory { get; set; }
    public string? Branch { get; set; }
    public string? PullRequest { get; set; }
    public ITaskItem[] BranchPolicies { get; set; } = Array.Empty<ITaskItem>();
    public string? GitPath { get; set; }
    public string? CacheFile { get; set; }

    /// <summary>Where the git answers of this build are kept for the release notes (obj/ReleaseTasks.history.cache).</summary>
    public string? HistoryCacheFile { get; set; }

    /// <summary>ReleaseTasksVerbosity: quiet (explanation at detailed verbosity only), normal, or detailed (inputs
    /// and details at normal verbosity too).</summary>
    public string? Verbosity { get; set; }

    /// <summary>ReleaseTasksExplanationImportance: high, normal or low; empty takes it from Verbosity. A property of
    /// its own because plain <c>dotnet build</c> (minimal verbosity) hides normal messages.</summary>
    public string? ExplanationImportance { get; set; }

    /// <summary>Design-time builds (the IDE) use a cached result or the fallback: never git, never an error.</summary>
    public bool DesignTimeBuild { get; set; }

    [Output] public string Version { get; private set; } = string.Empty;
    [Output] public string PackageVersion { get; private set; } = string.Empty;
    [Output] public string InformationalVersion { get; private set; } = string.Empty;
    [Output] public string AssemblyVersion { get; private set; } = string.Empty;
    [Output] public string FileVersion { get; private set; } = string.Empty;
    [Output] public string Major { get; private set; } = string.Empty;
    [Output] public string Minor { get; private set; } = string.Empty;
    [Output] public string Patch { get; private set; } = string.Empty;
    [Output] public string PreRelease { get; private set; } = string.Empty;
    [Output] public string Height { get; private set; } = string.Empty;
    [Output] public string Commit { get; private set; } = string.Empty;
    [Output] public string BranchName { get; private set; } = string.Empty;
    [Output] public string PreviousVersion { get; private set; } = string.Empty;
    [Output] public string PreviousTag { get; private set; } = string.Empty;
    [Output] public string ApiBaselineTag { get; private set; } = string.Empty;
    [Output] public string ApiBaselineVersion { get; private set; } = string.Empty;
    [Output] public string ReleaseType { get; private set; } = string.Empty;
    [Output] public string Channel { get; private set; } = string.Empty;
    [Output] public string IsLts { get; private set; } = string.Empty;
    [Output] public string IsSecurityRelease { get; private set; } = string.Empty;
    /// <summary>HEAD's committer date in UTC, ISO 8601 (<c>2026-11-30T00:01:48Z</c>); empty when unknown.</summary>
    [Output] public string CommitDate { get; private set; } = string.Empty;

    // ---- release lines, feature freeze and overrides (issue 10) ----
    /// <summary>ReleaseTasksMinimumVersion: MAJOR.MINOR or MAJOR.MINOR.PATCH, a floor for untagged builds.</summary>
    public string? MinimumVersion { get; set; }

    /// <summary>ReleaseTasksDefaultBranch: the branch release branches are cut from (empty: found from the refs).</summary>
    public string? DefaultBranch { get; set; }

    /// <summary>ReleaseTasksFeatureFreeze: warning (default), error or off. Applied after any cache, like FileVersion.</summary>
    public string? FeatureFreeze { get; set; }

    /// <summary>true when a feat or breaking commit follows the release branch's branch point, false when the freeze
    /// holds, empty when it was not judged (not a release branch, or no default branch in this clone).</summary>
    [Output] public string FeatureFreezeBroken { get; private set; } = string.Empty;

    /// <summary>The commits that break the freeze ("1a2b3c4 feat: x"), for the readiness checklist.</summary>
    [Output] public ITaskItem[] FeatureFreezeCommits { get; private set; } = Array.Empty<ITaskItem>();
    // ---- end issue 10 ----

    /// <summary>ReleaseTasksLts: this line is long-term support whatever its branch is called.</summary>
    public string? Lts { get; set; }

    // Issue 11 (maintenance branches, branch build order): begin
    /// <summary>ReleaseTasksBranchBuildsBelowMainLine: feature branch and pull request builds sort below the main line.</summary>
    public string? BranchBuildsBelowMainLine { get; set; }

    /// <summary>$(Configuration): a Release build turns RT1020/RT1021 into errors, as the gates judge Release builds.</summary>
    public string? Configuration { get; set; }
    // Issue 11: end

    protected override string What => "compute the version";

    protected override void ExecuteCore()
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var requireFullHistory = ParseBoolean("ReleaseTasksRequireFullHistory", RequireFullHistory, false);
        if (requireFullHistory == null) return;
        var lts = ParseBoolean("ReleaseTasksLts", Lts, false);
        if (lts == null) return;
        var belowMainLine = ParseBoolean("ReleaseTasksBranchBuildsBelowMainLine", BranchBuildsBelowMainLine, false); // issue 11
        if (belowMainLine == null) return;
        var explanationImportance = ParseExplanationImportance();
        if (explanationImportance == null) return;
        var freezeMode = (FeatureFreeze ?? "").Trim().ToLowerInvariant();
        if (freezeMode is not ("" or "warning" or "error" or "off"))
        {
            if (!DesignTimeBuild) Report(Diagnostics.DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksFeatureFreeze", FeatureFreeze!, "warning, error or off"));
            return;
        }
        var (settings, problems) = VersionSettingsReader.Read(new VersionSettingsReader.Texts
        {
            TagPrefix = TagPrefix,
            InitialVersion = InitialVersion,
            FallbackVersion = FallbackVersion,
            PullRequestLabel = PullRequestLabel,
            AssemblyVersionPrecision = AssemblyVersionPrecision,
            FileVersionScheme = FileVersionScheme,
            FileVersionWeights = FileVersionWeights,
            PathFilters = PathFilter,
            RequireFullHistory = requireFullHistory.Value,
            BranchBuildsBelowMainLine = belowMainLine.Value,
            Branch = Branch,
            PullRequest = PullRequest,
            BranchPolicies = BranchPolicies.Select(i => new BranchPolicyItem(
                i.ItemSpec, i.GetMetadata("Match"), HasMetadata(i, "PreRelease") ? i.GetMetadata("PreRelease") : null,
                i.GetMetadata("Core")) { OtherMetadata = OtherMetadata(i) }).ToList(),
            MinimumVersion = MinimumVersion,
            DefaultBranch = DefaultBranch,
        });
        LogInputs(settings);
        if (!DesignTimeBuild)
        {
            foreach (var diagnostic in problems) Report(diagnostic);
            foreach (var diagnostic in ReservedLabelAttributes()) Report(diagnostic);
        }
        // Warnings (RT0006) leave the settings usable; an error means no version can be trusted.
        if (problems.Any(e => e.Severity == ReleaseTasks.Diagnostics.DiagnosticSeverity.Error)) return;

        var git = CreateGitSettings(GitPath, ProjectDirectory);
        if (git == null) return;
        var request = new VersionRequest(ProjectDirectory, settings) { Git = git };
        var resolution = Resolve(request);
        var result = resolution.Result;

        if (!DesignTimeBuild)
            foreach (var diagnostic in MaintenanceBranch.ForBuild(result.Diagnostics, string.Equals(Configuration, "Release", StringComparison.OrdinalIgnoreCase))) Report(diagnostic);
        if (!DesignTimeBuild && freezeMode != "off" && result.FeatureFreezeBreaks.Count > 0)
            Report(Diagnostics.DiagnosticCatalog.FeatureFreeze(result.Branch, result.FeatureFreezeBase, result.FeatureFreezeBreaks, freezeMode == "error"));

        Log.LogMessage(explanationImportance.Value, "ReleaseTasks: " + result.Explanation);
        Log.LogMessage(DetailImportance,
            $"ReleaseTasks: [detail] from {(resolution.FromCache ? "cache" : "git")}, {resolution.GitProcesses} git process(es) started, {stopwatch.Elapsed.TotalMilliseconds:0.0} ms");
        SetOutputs(result, settings, lts.Value);
    }

    private static IReadOnlyDictionary<string, string> OtherMetadata(ITaskItem item)
    {
        var other = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (System.Collections.DictionaryEntry entry in item.CloneCustomMetadata())
            if (entry.Key is string name && !BranchPolicyMetadata.IsKnown(name)) other[name] = entry.Value as string ?? string.Empty;
        return other;
    }

    /// <summary>Label="…" on a ReleaseTasksBranch item is an attribute MSBuild keeps for itself: only the file that
    /// defines the item shows it. Read only when the project has such items.</summary>
    private IEnumerable<ReleaseTasks.Diagnostics.Diagnostic> ReservedLabelAttributes()
    {
        if (BranchPolicies.Length == 0) return Array.Empty<ReleaseTasks.Diagnostics.Diagnostic>();
        var names = BranchPolicies.Select(i => i.ItemSpec).ToList();
        return BranchPolicies.Select(i => i.GetMetadata("DefiningProjectFullPath"))
            .Where(f => !string.IsNullOrEmpty(f)).Distinct(StringComparer.Ordinal)
            .SelectMany(f => BranchPolicyMetadata.ReservedLabelAttributes(f, names));
    }

    private VersionResolution Resolve(VersionRequest request)
    {
        var key = ReleaseVersionResolver.CacheKey(request);
        var engine = BuildEngine as IBuildEngine4;
        var buildKey = key == null ? null : "ReleaseTasks.Version\n" + key;

        if (buildKey != null && engine?.GetRegisteredTaskObject(buildKey, RegisteredTaskObjectLifetime.Build) is VersionResult inMemory)
            return new VersionResolution(inMemory, true, 0);

        if (key != null && !string.IsNullOrEmpty(CacheFile) && VersionCacheFile.Read(CacheFile!, key) is { } cached)
        {
            engine?.RegisterTaskObject(buildKey!, cached, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
            return new VersionResolution(cached, true, 0);
        }

        string? refusal = null;
        var shared = key == null ? null : PrivateCacheDirectory.ForCurrentUser();
        if (shared != null && VersionCacheFile.ReadShared(shared, key!, out refusal) is { } sharedResult)
        {
            engine?.RegisterTaskObject(buildKey!, sharedResult, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
            if (!string.IsNullOrEmpty(CacheFile)) VersionCacheFile.Write(CacheFile!, key!, sharedResult);
            return new VersionResolution(sharedResult, true, 0);
        }
        // A refused file is only a miss; the detail line tells a curious user why the other nodes ran git too.
        if (refusal != null) Log.LogMessage(DetailImportance, "ReleaseTasks: [detail] user cache not used: " + refusal);

        if (DesignTimeBuild)
        {
            var fallback = new VersionResult
            {
                Version = request.Settings.FallbackVersion,
                Explanation = request.Settings.FallbackVersion.ToNormalizedString() + " (design-time build before the first build)",
            };
            return new VersionResolution(fallback, false, 0);
        }

        // Issue 12 (monorepo): the nodes of a parallel build compute each setting once. The first to miss computes under
        // a lock named after the key; the others wait for it (at most the git timeout), then read the file it wrote. A
        // directory or file the checks refused is not waited on: whoever planted it could hold the lock too. A lock that cannot
        // be taken only costs this node its own git.
        using var computing = shared == null || refusal != null ? null : FileLock.TryAcquireIfPossible(System.IO.Path.Combine(shared.Path, VersionCacheFile.SharedName(key!)), request.Git.Timeout);
        if (computing != null && VersionCacheFile.ReadShared(shared!, key!, out _) is { } computedMeanwhile)
        {
            engine?.RegisterTaskObject(buildKey!, computedMeanwhile, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
            if (!string.IsNullOrEmpty(CacheFile)) VersionCacheFile.Write(CacheFile!, key!, computedMeanwhile);
            return new VersionResolution(computedMeanwhile, true, 0);
        }

        var history = GitReadsOfTheBuild.For(engine, HistoryCacheFile, request.ProjectDirectory, request.Git, out var historyKey, reuse: false);
        var resolution = ReleaseVersionResolver.Resolve(request, history);
        if (key != null && resolution.Cacheable)
        {
            GitReadsOfTheBuild.Keep(engine, HistoryCacheFile, historyKey, request.ProjectDirectory, request.Git, history,
                ReleaseTasks.Git.SharedGitReadRecord.Setting(request.Settings.TagPrefix, request.Settings.PathFilters)); // issue 12: for the other nodes' notes
            engine?.RegisterTaskObject(buildKey!, resolution.Result, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
            if (!string.IsNullOrEmpty(CacheFile)) VersionCacheFile.Write(CacheFile!, key, resolution.Result);
            if (shared != null) VersionCacheFile.WriteShared(shared, key, resolution.Result);
        }
        return resolution;
    }

    // The label is metadata PreRelease, not Label: Label is an attribute every MSBuild element already has.
    private static bool HasMetadata(ITaskItem item, string name)
    {
        foreach (var key in item.CloneCustomMetadata().Keys)
            if (string.Equals(key as string, name, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private MessageImportance? ParseExplanationImportance()
    {
        var value = ExplanationImportance?.Trim();
        if (string.IsNullOrEmpty(value))
            return string.Equals(Verbosity, "quiet", StringComparison.OrdinalIgnoreCase) ? MessageImportance.Low
                : string.Equals(Verbosity, "detailed", StringComparison.OrdinalIgnoreCase) ? MessageImportance.High
                : MessageImportance.Normal;
        if (string.Equals(value, "high", StringComparison.OrdinalIgnoreCase)) return MessageImportance.High;
        if (string.Equals(value, "normal", StringComparison.OrdinalIgnoreCase)) return MessageImportance.Normal;
        if (string.Equals(value, "low", StringComparison.OrdinalIgnoreCase)) return MessageImportance.Low;
        if (!DesignTimeBuild)
            Report(Diagnostics.DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksExplanationImportance", value!, "high, normal or low"));
        return DesignTimeBuild ? MessageImportance.Low : null;
    }

    private MessageImportance DetailImportance =>
        string.Equals(Verbosity, "detailed", StringComparison.OrdinalIgnoreCase) ? MessageImportance.Normal : MessageImportance.Low;

    private void LogInputs(VersionSettings settings)
    {
        if (!Listens(DetailImportance)) return;
        void Input(string name, string value) => Log.LogMessage(DetailImportance, $"ReleaseTasks: [input] {name}={value}");
        Input("ReleaseTasksTagPrefix", settings.TagPrefix);
        Input("ReleaseTasksInitialVersion", settings.InitialVersion.ToNormalizedString());
        Input("ReleaseTasksFallbackVersion", settings.FallbackVersion.ToNormalizedString());
        Input("ReleaseTasksPathFilter", string.Join(";", settings.PathFilters));
        Input("ReleaseTasksBranch", settings.BranchOverride ?? "");
        Input("ReleaseTasksPullRequest", settings.PullRequestOverride?.ToString(CultureInfo.InvariantCulture) ?? "");
        Input("ReleaseTasksAssemblyVersionPrecision", settings.AssemblyVersionPrecision.ToString());
        Input("ReleaseTasksBranchBuildsBelowMainLine", settings.BranchBuildsBelowMainLine ? "true" : "false");
        Input("ReleaseTasksFileVersionScheme", settings.FileVersion.Kind.ToString());
        Input("ReleaseTasksFileVersionWeights", string.Join(";", settings.FileVersion.Weights.Select(w => w.Key + "=" + w.Value.ToString(CultureInfo.InvariantCulture))));
        Input("ReleaseTasksMinimumVersion", settings.MinimumVersion == null ? "" : settings.MinimumIsMajorMinor ? $"{settings.MinimumVersion.Major}.{settings.MinimumVersion.Minor}" : settings.MinimumVersion.ToNormalizedString());
        Input("ReleaseTasksDefaultBranch", settings.DefaultBranch ?? "");
        foreach (var p in settings.BranchPolicies) Input("ReleaseTasksBranch item", $"{p.Name} Match={p.Match} Label={p.Label} Core={p.Core}");
    }

    private void SetOutputs(VersionResult result, VersionSettings settings, bool lts)
    {
        Version = result.PackageVersion;
        PackageVersion = result.PackageVersion;
        InformationalVersion = result.InformationalVersion;
        AssemblyVersion = result.AssemblyVersion;
        FileVersion = settings.FileVersion.FileVersion(result);
        Major = result.Version.Major.ToString(CultureInfo.InvariantCulture);
        Minor = result.Version.Minor.ToString(CultureInfo.InvariantCulture);
        Patch = result.Version.Patch.ToString(CultureInfo.InvariantCulture);
        PreRelease = result.PreRelease;
        Height = result.Height.ToString(CultureInfo.InvariantCulture);
        Commit = result.Commit;
        BranchName = result.Branch;
        PreviousVersion = result.PreviousVersion?.ToNormalizedString() ?? string.Empty;
        PreviousTag = result.PreviousTag;
        ApiBaselineTag = result.ApiBaselineTag;
        ApiBaselineVersion = result.ApiBaselineVersion?.ToNormalizedString() ?? string.Empty;
        ReleaseType = ReleaseChannel.ReleaseType(result.Version);
        Channel = ReleaseChannel.Of(result.Version);
        IsLts = ReleaseChannel.IsLts(result.Branch, lts) || result.OnLtsBranch ? "true" : "false";
        IsSecurityRelease = result.IsSecurityRelease ? "true" : "false";
        FeatureFreezeBroken = !result.FeatureFreezeJudged ? string.Empty : result.FeatureFreezeBreaks.Count > 0 ? "true" : "false";
        FeatureFreezeCommits = result.FeatureFreezeBreaks.Select(c => (ITaskItem)new Microsoft.Build.Utilities.TaskItem(c)).ToArray();
        CommitDate = result.CommitDate?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
