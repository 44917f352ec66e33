using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Gates;
using ReleaseTasks.Git;
using ReleaseTasks.Releasing;

namespace ReleaseTasks.Tasks;

/// <summary>
/// The pre-deployment checklist of one project: gathers the facts (the computed version, the repository's tags,
/// branch and status, what CheckQualityGates judged, the notes and the changelog, the release windows) and lets
/// Core judge them; writes the console table, the Markdown and JSON reports and the job summary.
/// </summary>
public sealed class CheckReleaseReadiness : ReleaseTaskBase
{
    [Required] public string ProjectDirectory { get; set; } = string.Empty;
    public string? Version { get; set; }
    public string? TagPrefix { get; set; }
    public string? Branch { get; set; }
    public string? ReleaseBranches { get; set; }
    public ITaskItem[] GateConditions { get; set; } = Array.Empty<ITaskItem>();
    /// <summary>Whether the CheckQualityGates task succeeded (MSBuildLastTaskResult); empty when it did not run.</summary>
    public string? GatesSucceeded { get; set; }
    public string? TestResults { get; set; }
    public string? CoverageReports { get; set; }
    public string? LineThreshold { get; set; }
    public string? AuditLevel { get; set; }
    public bool IsReleaseBuild { get; set; }
    public string? AssetsFile { get; set; }
    /// <summary>Why the API check is not judged; empty when the project was compiled in this build with the analyzers.</summary>
    public string? ApiNotJudgedBecause { get; set; }
    /// <summary>The compiler error logs (SARIF, a path maybe followed by ",version=2.1") of the readiness compile, one
    /// per target framework: their RT5001/RT5004 results fail the public API item.</summary>
    public ITaskItem[] ApiErrorLogs { get; set; } = Array.Empty<ITaskItem>();
    public string? ChangelogFile { get; set; }
    public string? ReleaseNotesFile { get; set; }
    public ITaskItem[] ReleaseWindows { get; set; } = Array.Empty<ITaskItem>();
    public string? Now { get; set; }
    public string? EmergencyRelease { get; set; }
    public string? EmergencyReason { get; set; }
    public string? Strict { get; set; }
    /// <summary>The feature-freeze hook: "true" once the versioning code judged the freeze; FeatureFreezeViolations
    /// then lists the offending commits (none: the freeze holds).</summary>
    public string? FeatureFreezeJudged { get; set; }
    public ITaskItem[] FeatureFreezeViolations { get; set; } = Array.Empty<ITaskItem>();
    public string? MarkdownFile { get; set; }
    public string? JsonFile { get; set; }
    public string? GitPath { get; set; }

    [Output] public string ReleaseVersion { get; private set; } = string.Empty;
    [Output] public string TagName { get; private set; } = string.Empty;
    [Output] public bool Ready { get; private set; }

    protected override string What => "check the release readiness";

    protected override void ExecuteCore()
    {
        var strict = ParseBoolean("ReleaseTasksReadinessStrict", Strict, false);
        var emergency = ParseBoolean("ReleaseTasksEmergencyRelease", EmergencyRelease, false);
        var windows = ReadWindows();
        var now = ReadNow();
        if (strict == null || emergency == null || windows == null || now == null) return;
        if (emergency.Value && string.IsNullOrWhiteSpace(EmergencyReason))
        {
            Report(DiagnosticCatalog.EmergencyReasonMissing());
            return;
        }
        var git = CreateGitSettings(GitPath, ProjectDirectory);
        if (git == null) return;
        var repository = new GitCliHistory(git, ProjectDirectory).Open();
        if (repository?.HeadCommit == null)
        {
            Report(DiagnosticCatalog.NotARepository(ProjectDirectory, Version ?? ""));
            return;
        }
        var root = repository.TopLevel;
        // Read the tree, HEAD, the tags and the changelog while no release of this build is half-written (ReleaseSteps).
        using var releaseLock = ReleaseTasks.IO.FileLock.TryAcquireIfPossible(ReleaseSteps.LockFileOf(root), ReleaseSteps.LockTimeout);
        if (new GitCliHistory(git, root).Open() is { HeadCommit: not null } underLock) repository = underLock;
        var head = repository.HeadCommit!;
        var process = new GitProcess(git, root);
        var status = process.RunChecked("status", "--porcelain", "--untracked-files=normal")
            .Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

        var conditions = GateConditions.Select(i => new GateCondition(i.ItemSpec, i.GetMetadata("Actual"), i.GetMetadata("Required"),
            string.Equals(i.GetMetadata("Passed"), "true", StringComparison.OrdinalIgnoreCase), i.GetMetadata("Detail"))).ToList();
        var changelog = string.IsNullOrWhiteSpace(ChangelogFile) ? Path.Combine(root, "CHANGELOG.md") : Path.GetFullPath(ChangelogFile);
        var notesFile = ReleaseNotesFile?.Trim() ?? "";

        var (apiBreaks, apiNotJudged) = ReadApiBreaks();
        var facts = new ReadinessFacts
        {
            Version = Version?.Trim() ?? "",
            TagPrefix = TagPrefix?.Trim() ?? "",
            HeadCommit = head,
            Tags = new GitCliHistory(git, root).AllTags(),
            Branch = Branch?.Trim() ?? "",
            ReleaseBranches = string.IsNullOrWhiteSpace(ReleaseBranches) ? ReleaseBranchPatterns.Defaults : Split(ReleaseBranches),
            UncommittedChanges = status,
            GateConditions = conditions,
            GatesCompleted = !string.Equals(GatesSucceeded, "false", StringComparison.OrdinalIgnoreCase),
            TestResultsGiven = !string.IsNullOrWhiteSpace(TestResults),
            CoverageJudged = !string.IsNullOrWhiteSpace(LineThreshold) && !string.Equals(LineThreshold!.Trim(), "off", StringComparison.OrdinalIgnoreCase),
            AuditNotJudgedBecause = AuditWhyNot(),
            ApiNotJudgedBecause = apiNotJudged,
            ApiBreaks = apiBreaks,
            ChangelogFile = changelog,
            ChangelogHasSection = File.Exists(changelog) && ReleaseReadiness.HasChangelogSection(File.ReadAllText(changelog), TagPrefix?.Trim() ?? "", Version ?? ""),
            ChangelogReadOnly = File.Exists(changelog) && new FileInfo(changelog).IsReadOnly,
            ReleaseNotesFile = notesFile,
            ReleaseNotesWritten = notesFile.Length > 0 && File.Exists(notesFile) && new FileInfo(notesFile).Length > 0,
            Windows = windows,
            Now = now.Value,
            Emergency = emergency.Value,
            EmergencyReason = EmergencyReason?.Trim(),
            FeatureFreezeViolations = string.Equals(FeatureFreezeJudged, "true", StringComparison.OrdinalIgnoreCase)
                ? FeatureFreezeViolations.Select(i => i.ItemSpec).ToList() : null,
        };

        var outcome = ReleaseReadiness.Judge(facts, strict.Value);
        ReleaseVersion = outcome.ReleaseVersion;
        TagName = outcome.TagName;
        Ready = outcome.Ready;

        foreach (var line in ReadinessReport.ConsoleTable(outcome)) Log.LogMessage(MessageImportance.High, "ReleaseTasks: " + line);
        var markdown = ReadinessReport.Markdown(outcome);
        if (!string.IsNullOrWhiteSpace(MarkdownFile)) ReleaseTasks.IO.AtomicFile.WriteAllText(MarkdownFile!, markdown);
        if (!string.IsNullOrWhiteSpace(JsonFile)) ReleaseTasks.IO.AtomicFile.WriteAllText(JsonFile!, ReadinessReport.Json(outcome));
        JobSummary.Append(markdown);
        foreach (var diagnostic in outcome.Diagnostics) Report(diagnostic);
    }

    /// <summary>The RT5001/RT5004 of the readiness compile's error logs, or why they cannot be judged.</summary>
    private (IReadOnlyList<ApiBreak> Breaks, string? NotJudged) ReadApiBreaks()
    {
        if (!string.IsNullOrWhiteSpace(ApiNotJudgedBecause)) return (Array.Empty<ApiBreak>(), ApiNotJudgedBecause);
        var breaks = new List<ApiBreak>();
        foreach (var log in ApiErrorLogs)
        {
            var path = log.ItemSpec.Split(',')[0].Trim();
            if (path.Length == 0) continue;
            if (!File.Exists(path)) return (Array.Empty<ApiBreak>(), $"no compiler error log at {path} (build again with --no-incremental)");
            var found = ApiBreak.FromErrorLog(File.ReadAllText(path));
            if (found == null) return (Array.Empty<ApiBreak>(), $"{path} is not a SARIF error log (ErrorLog must be SARIF)");
            breaks.AddRange(found);
        }
        if (ApiErrorLogs.Length == 0) return (breaks, "no compiler error log was given (ErrorLog)");
        return (breaks.Distinct().ToList(), null);
    }

    private string? AuditWhyNot()
    {
        if (string.IsNullOrWhiteSpace(AuditLevel) || string.Equals(AuditLevel!.Trim(), "none", StringComparison.OrdinalIgnoreCase))
            return "ReleaseTasksAuditLevel=none";
        if (!IsReleaseBuild) return "the gates judge NuGet audit in Release builds only (-c Release)";
        if (string.IsNullOrWhiteSpace(AssetsFile) || !File.Exists(AssetsFile)) return "no project.assets.json (restore first)";
        return null;
    }

    private IReadOnlyList<ReleaseWindow>? ReadWindows()
    {
        var windows = new List<ReleaseWindow>();
        var ok = true;
        foreach (var item in ReleaseWindows)
        {
            var (window, problem) = ReleaseWindow.Parse(item.ItemSpec, item.GetMetadata("Start"), item.GetMetadata("End"), item.GetMetadata("TimeZone"));
            if (window != null) windows.Add(window);
            else { Report(DiagnosticCatalog.ReleaseWindowItemInvalid(item.ItemSpec, problem!)); ok = false; }
        }
        return ok ? windows : null;
    }

    private DateTimeOffset? ReadNow()
    {
        if (string.IsNullOrWhiteSpace(Now)) return DateTimeOffset.UtcNow;
        var text = Now!.Trim();
        var hasOffset = text.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-]\d\d:?\d\d$");
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var now)) return now;
        Report(DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksNow", text, "an ISO 8601 time with an offset, e.g. 2026-12-01T03:00:00Z"));
        return null;
    }

    private static List<string> Split(string? text) =>
        (text ?? "").Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
}
