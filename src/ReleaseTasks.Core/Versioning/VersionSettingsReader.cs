using System;
using System.Collections.Generic;
using System.Globalization;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Versioning;

/// <summary>A ReleaseTasksBranch item as MSBuild gives it: the policy name and its metadata.</summary>
public sealed record BranchPolicyItem(string Name, string? Match, string? Label, string? Core)
{
    /// <summary>Every other custom metadata of the item, which ReleaseTasks does not read (RT0006).</summary>
    public IReadOnlyDictionary<string, string> OtherMetadata { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// Turns the ReleaseTasks* property texts into <see cref="VersionSettings"/>, with an RT0001/RT0002 error naming
/// each value that is wrong instead of a silently wrong version, and an RT0006 warning for branch policy metadata
/// that is read by nothing (the settings still count: only errors stop the build).
/// </summary>
public static class VersionSettingsReader
{
    public sealed record Texts
    {
        public string? TagPrefix { get; init; }
        public string? InitialVersion { get; init; }
        public string? FallbackVersion { get; init; }
        public string? PullRequestLabel { get; init; }
        public string? AssemblyVersionPrecision { get; init; }
        public string? FileVersionScheme { get; init; }
        public string? FileVersionWeights { get; init; }
        public IReadOnlyList<string> PathFilters { get; init; } = Array.Empty<string>();
        public bool RequireFullHistory { get; init; }
        public bool BranchBuildsBelowMainLine { get; init; } // issue 11 (branch build order)
        public string? Branch { get; init; }
        public string? PullRequest { get; init; }
        public IReadOnlyList<BranchPolicyItem> BranchPolicies { get; init; } = Array.Empty<BranchPolicyItem>();
        public string? MinimumVersion { get; init; }
        public string? DefaultBranch { get; init; }
    }

    /// <summary>The settings, and the problems found: errors (the settings cannot be used) and RT0006 warnings.</summary>
    public static (VersionSettings Settings, IReadOnlyList<Diagnostic> Errors) Read(Texts texts)
    {
        var errors = new List<Diagnostic>();
        var settings = new VersionSettings
        {
            TagPrefix = texts.TagPrefix?.Trim() ?? string.Empty,
            RequireFullHistory = texts.RequireFullHistory,
            BranchBuildsBelowMainLine = texts.BranchBuildsBelowMainLine,
            BranchOverride = NonEmpty(texts.Branch),
        };

        if (NonEmpty(texts.InitialVersion) is { } initial)
        {
            if (VersionTag.TryParseSemVer(initial, out var v) && !v.IsPrerelease && !v.HasMetadata) settings = settings with { InitialVersion = v };
            else errors.Add(DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksInitialVersion", initial, "a SemVer core version such as 0.1.0 (no label)"));
        }
        if (NonEmpty(texts.FallbackVersion) is { } fallback)
        {
            if (VersionTag.TryParseSemVer(fallback, out var v)) settings = settings with { FallbackVersion = v };
            else errors.Add(DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksFallbackVersion", fallback, "a SemVer 2.0 version such as 0.1.0-alpha.0"));
        }
        if (NonEmpty(texts.PullRequestLabel) is { } prLabel)
        {
            if (BranchPolicy.UnknownPlaceholder(prLabel) is { } unknownInPr)
                errors.Add(DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksPullRequestLabel", prLabel,
                    $"dot-separated SemVer identifiers with placeholders ({unknownInPr} is not a placeholder; the placeholders are {BranchPolicy.PlaceholdersText})"));
            else if (IsValidLabelTemplate(prLabel)) settings = settings with { PullRequestLabel = prLabel };
            else errors.Add(DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksPullRequestLabel", prLabel, "dot-separated SemVer identifiers, with {pr} and {h} placeholders"));
        }
        if (NonEmpty(texts.AssemblyVersionPrecision) is { } precisionText)
        {
            if (TryParsePrecision(precisionText, out var precision))
                settings = settings with { AssemblyVersionPrecision = precision };
            else errors.Add(DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksAssemblyVersionPrecision", precisionText, "Major, Minor or Patch"));
        }
        if (NonEmpty(texts.FileVersionScheme) is { } schemeText)
        {
            if (Versioning.FileVersionScheme.TryParseKind(schemeText, out var kind))
                settings = settings with { FileVersion = settings.FileVersion with { Kind = kind } };
            else errors.Add(DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksFileVersionScheme", schemeText, "Weighted or Height"));
        }
        if (NonEmpty(texts.FileVersionWeights) is { } weightsText)
        {
            if (Versioning.FileVersionScheme.ParseWeights(weightsText) is { } weights)
                settings = settings with { FileVersion = settings.FileVersion with { Weights = weights } };
            else errors.Add(DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksFileVersionWeights", weightsText,
                $"label=weight pairs separated by ';' such as {Versioning.FileVersionScheme.DefaultWeightsText}, each label once, each weight a whole number from 0 to {Versioning.FileVersionScheme.ReleaseWeight - 1}"));
        }
        if (NonEmpty(texts.PullRequest) is { } prText)
        {
            if (int.TryParse(prText, NumberStyles.None, CultureInfo.InvariantCulture, out var pr) && pr > 0) settings = settings with { PullRequestOverride = pr };
            else errors.Add(DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksPullRequest", prText, "a pull request number such as 42"));
        }

        if (NonEmpty(texts.MinimumVersion) is { } minimumText)
        {
            if (MinimumVersionText.TryParse(minimumText, out var minimum, out var majorMinor))
                settings = settings with { MinimumVersion = minimum, MinimumIsMajorMinor = majorMinor };
            else errors.Add(DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksMinimumVersion", minimumText, "MAJOR.MINOR such as 2.0 (MinVer's MinimumMajorMinor) or a version core such as 2.0.0"));
        }
        settings = settings with { DefaultBranch = NonEmpty(texts.DefaultBranch) };

        var filters = new List<string>();
        foreach (var filter in texts.PathFilters)
            if (NonEmpty(filter) is { } f) filters.Add(f);
        settings = settings with { PathFilters = filters };

        var policies = new List<BranchPolicy>();
        foreach (var item in texts.BranchPolicies)
        {
            if (!BranchPolicy.TryParseCoreRule(item.Core, out var rule))
            {
                errors.Add(DiagnosticCatalog.InvalidBranchPolicyItem(item.Name, $"Core='{item.Core}' must be Bump, Patch or BranchName"));
                continue;
            }
            errors.AddRange(BranchPolicyMetadata.Unknown(item.Name, item.OtherMetadata));
            var label = item.Label ?? "alpha.{slug}.{h}";
            if (BranchPolicy.UnknownPlaceholder(label) is { } unknown)
            {
                errors.Add(DiagnosticCatalog.InvalidBranchPolicyItem(item.Name,
                    $"PreRelease='{label}' uses {unknown}, which is not a placeholder; the placeholders are {BranchPolicy.PlaceholdersText}"));
                continue;
            }
            if (label.Length > 0 && !IsValidLabelTemplate(label))
            {
                errors.Add(DiagnosticCatalog.InvalidBranchPolicyItem(item.Name, $"PreRelease='{label}' must be dot-separated SemVer identifiers ([0-9A-Za-z-]) with {{h}}, {{slug}} and {{pr}} placeholders"));
                continue;
            }
            policies.Add(new BranchPolicy(item.Name, NonEmpty(item.Match) ?? item.Name, label, rule));
        }
        settings = settings with { BranchPolicies = policies };
        return (settings, errors);
    }

    /// <summary>A label template is valid when, with sample values for its placeholders, it is a SemVer pre-release
    /// (identifiers only: a '+' would start build metadata and put it into Version and PackageVersion).</summary>
    public static bool IsValidLabelTemplate(string template)
    {
        var sample = template.Replace("{h}", "1").Replace("{slug}", "branch").Replace("{pr}", "1");
        return VersionTag.TryParseSemVer("0.0.0-" + sample, out var version) && !version.HasMetadata;
    }

    /// <summary>Major, Minor or Patch in any case; not the numbers and lists Enum.TryParse would also take.</summary>
    private static bool TryParsePrecision(string text, out AssemblyVersionPrecision precision)
    {
        foreach (AssemblyVersionPrecision value in Enum.GetValues(typeof(AssemblyVersionPrecision)))
        {
            if (!string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase)) continue;
            precision = value;
            return true;
        }
        precision = AssemblyVersionPrecision.Major;
        return false;
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
}
