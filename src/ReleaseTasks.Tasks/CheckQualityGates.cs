using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using ReleaseTasks.Coverage;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Gates;
using ReleaseTasks.Git;

namespace ReleaseTasks.Tasks;

/// <summary>
/// Judges the release gates: coverage from the reports the test runs wrote (merged), changed-line coverage, the
/// baseline, TRX results and NuGet Audit's findings. Coverage and tests are judged once per build, however many
/// projects of a solution run the target; the audit is per project (each has its own dependencies).
/// </summary>
public sealed class CheckQualityGates : ReleaseTaskBase
{
    [Required] public string ProjectDirectory { get; set; } = string.Empty;
    public string? CoverageReports { get; set; }
    public string? LineThreshold { get; set; }
    public string? BranchThreshold { get; set; }
    public ITaskItem[] AssemblyThresholds { get; set; } = Array.Empty<ITaskItem>();
    public string? ExcludeFiles { get; set; }
    public string? ExcludeAssemblies { get; set; }
    public string? ChangedLineThreshold { get; set; }
    public string? ChangedLinesMinimum { get; set; }
    public string? BaseRef { get; set; }
    public string? BaselineFile { get; set; }
    public string? BaselineTolerance { get; set; }
    /// <summary>ReleaseTasksUpdateCoverageBaseline as written (true/false; anything else is RT0001).</summary>
    public string? UpdateBaseline { get; set; }

    private bool _updateBaseline;
    public string? TestResults { get; set; }
    public string? AuditLevel { get; set; }
    public string? AssetsFile { get; set; }
    public bool IsReleaseBuild { get; set; }
    public string? MaxLineWarnings { get; set; }
    public string? MarkdownFile { get; set; }
    public string? JsonFile { get; set; }
    public string? GitPath { get; set; }

    /// <summary>One value per build, the same in every project and MSBuild node (the targets ask
    /// ReleaseTasks.BuildId.proj, whose result MSBuild caches for the build): who judges coverage and tests.</summary>
    public string? BuildId { get; set; }

    /// <summary>CheckReleaseReadiness: false judges coverage and tests in every project (each project's checklist
    /// needs them), and no coverage report found leaves coverage not judged instead of RT2011.</summary>
    public bool JudgeOncePerBuild { get; set; } = true;

    /// <summary>Every condition judged (Actual, Required, Passed, Detail metadata): what the readiness checklist reads.</summary>
    [Output] public ITaskItem[] Conditions { get; private set; } = Array.Empty<ITaskItem>();

    protected override string What => "check the quality gates";

    protected override void ExecuteCore()
    {
        var settings = ReadSettings();
        if (settings == null) return;
        var updateBaseline = ParseBoolean("ReleaseTasksUpdateCoverageBaseline", UpdateBaseline, false);
        if (updateBaseline == null) return;
        _updateBaseline = updateBaseline.Value;
        var git = CreateGitSettings(GitPath, ProjectDirectory);
        if (git == null) return;
        var root = GitDirectories.Locate(ProjectDirectory, git.Environment)?.WorkingTree ?? ProjectDirectory;

        // Coverage and tests: once per build for the same inputs, so a solution-wide run reports them once.
        var key = string.Join("\n", "ReleaseTasks.Gates", root, CoverageReports, LineThreshold, BranchThreshold, ExcludeFiles, ExcludeAssemblies,
            ChangedLineThreshold, ChangedLinesMinimum, BaseRef, BaselineFile, BaselineTolerance, TestResults,
            string.Join(";", AssemblyThresholds.Select(i => i.ItemSpec + "=" + i.GetMetadata("Minimum"))));
        var engine = BuildEngine as IBuildEngine4;
        var judgedBefore = JudgeOncePerBuild && engine?.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) != null;
        engine?.RegisterTaskObject(key, new object(), RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
        // The other nodes of a parallel build: the first project to claim (build, inputs) in the user's cache judges.
        if (JudgeOncePerBuild && !judgedBefore && GateJudgement.ClaimName(BuildId, key) is { } claim
            && ReleaseTasks.IO.PrivateCacheDirectory.ForCurrentUser()?.TryClaim(claim) == false)
            judgedBefore = true;

        var inputs = new GateInputs { Vulnerabilities = ReadVulnerabilities(settings) };
        if (!judgedBefore)
        {
            inputs = ReadCoverageAndTests(root, settings, inputs);
            if (inputs == null) return;
        }
        else
        {
            Log.LogMessage(MessageImportance.Normal, "ReleaseTasks: coverage and tests were already judged in this build; checking this project's dependencies only.");
        }

        var outcome = QualityGates.Evaluate(inputs, settings);
        foreach (var diagnostic in outcome.Diagnostics) Report(diagnostic);
        Conditions = outcome.Conditions.Select(c => (ITaskItem)new Microsoft.Build.Utilities.TaskItem(c.Name, new Dictionary<string, string>
        {
            ["Actual"] = c.Actual, ["Required"] = c.Required, ["Passed"] = c.Passed ? "true" : "false", ["Detail"] = c.Detail,
        })).ToArray();
        if (outcome.Conditions.Count == 0) return;

        foreach (var line in GateReport.ConsoleTable(outcome)) Log.LogMessage(MessageImportance.High, "ReleaseTasks: " + line);
        var markdown = GateReport.Markdown(outcome);
        if (!string.IsNullOrWhiteSpace(MarkdownFile)) ReleaseTasks.IO.AtomicFile.WriteAllText(MarkdownFile!, markdown);
        if (!string.IsNullOrWhiteSpace(JsonFile)) ReleaseTasks.IO.AtomicFile.WriteAllText(JsonFile!, GateReport.Json(outcome));
        JobSummary.Append(markdown);

        if (_updateBaseline && outcome.Total is { } total && !string.IsNullOrWhiteSpace(BaselineFile))
        {
            CoverageBaseline.Write(Path.GetFullPath(Path.Combine(root, BaselineFile!)), total.LinePercent);
            Log.LogMessage(MessageImportance.High, $"ReleaseTasks: coverage baseline {BaselineFile} set to {QualityGates.Percent(total.LinePercent)}");
        }
    }

    private GateInputs? ReadCoverageAndTests(string root, GateSettings settings, GateInputs inputs)
    {
        var judgesCoverage = settings.LineThreshold != null || settings.BranchThreshold != null || settings.AssemblyThresholds.Count > 0
                             || settings.ChangedLineThreshold != null || !string.IsNullOrWhiteSpace(BaselineFile) || _updateBaseline;
        if (judgesCoverage && !JudgeOncePerBuild && Glob.Expand(root, Split(CoverageReports)).Count == 0)
        {
            Log.LogMessage(MessageImportance.Normal, $"ReleaseTasks: no coverage report matches {CoverageReports}: coverage is not judged.");
            judgesCoverage = false;
        }
        if (judgesCoverage)
        {
            var patterns = Split(CoverageReports);
            var matched = Glob.Expand(root, patterns);
            var files = DistinctContent(matched);
            if (files.Count == 0)
            {
                Report(DiagnosticCatalog.NoReports(string.Join(";", patterns), root));
                return null;
            }
            var stale = StaleReports.Find(files);
            foreach (var finding in stale) Report(DiagnosticCatalog.StaleReports(finding.TestResultsDirectory, finding.Stale, finding.Newest));
            if (stale.Count > 0) return null;
            Log.LogMessage(MessageImportance.Normal, $"ReleaseTasks: reading {files.Count} coverage report(s): {string.Join(", ", files)}");
            var (coverage, errors) = new CoverageReportReader(root).ReadAll(files);
            foreach (var error in errors) Report(error);
            if (errors.Count > 0) return null;
            inputs = inputs with { Coverage = coverage, CoverageReportsRead = files.Count, CoverageCopiesSkipped = matched.Count - files.Count };

            if (settings.ChangedLineThreshold != null)
            {
                var (changed, unavailable) = ChangedLinesReader.Read(new GitProcess(Git, root), BaseRef);
                if (unavailable != null) Report(DiagnosticCatalog.NoBaseRef(unavailable));
                inputs = inputs with { Changed = changed };
            }
            if (!string.IsNullOrWhiteSpace(BaselineFile) && !_updateBaseline)
            {
                var path = Path.GetFullPath(Path.Combine(root, BaselineFile!));
                var (percent, problem) = CoverageBaseline.Read(path);
                inputs = inputs with { BaselinePercent = percent, BaselineProblem = problem, BaselineFile = BaselineFile! };
            }
        }

        var trxPatterns = Split(TestResults);
        if (trxPatterns.Count > 0)
        {
            var results = new TestResults();
            var trxFiles = Glob.Expand(root, trxPatterns);
            foreach (var trx in trxFiles) results.Read(trx);
            Log.LogMessage(MessageImportance.Normal, $"ReleaseTasks: reading {trxFiles.Count} TRX file(s): {string.Join(", ", trxFiles)}");
            inputs = inputs with { Tests = results };
        }
        return inputs;
    }

    private IReadOnlyList<VulnerablePackage>? ReadVulnerabilities(GateSettings settings)
    {
        if (settings.AuditLevel == null || !settings.IsReleaseBuild || string.IsNullOrWhiteSpace(AssetsFile) || !File.Exists(AssetsFile)) return null;
        return VulnerablePackages.FromAssetsFile(File.ReadAllText(AssetsFile));
    }

    private GateSettings? ReadSettings()
    {
        var ok = true;
        double? Percent(string? text, string property)
        {
            if (string.IsNullOrWhiteSpace(text) || string.Equals(text!.Trim(), "off", StringComparison.OrdinalIgnoreCase)) return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 && v <= 100) return v;
            Report(DiagnosticCatalog.InvalidPropertyValue(property, text!, "a percentage from 0 to 100, such as 80, or off"));
            ok = false;
            return null;
        }
        int Count(string? text, string property, int fallback)
        {
            if (string.IsNullOrWhiteSpace(text)) return fallback;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v)) return v;
            Report(DiagnosticCatalog.InvalidPropertyValue(property, text!, "a whole number"));
            ok = false;
            return fallback;
        }

        var assemblies = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var item in AssemblyThresholds)
            if (Percent(item.GetMetadata("Minimum"), $"ReleaseTasksAssemblyCoverage '{item.ItemSpec}' Minimum") is { } min) assemblies[item.ItemSpec] = min;

        VulnerabilitySeverity? audit = null;
        if (!string.IsNullOrWhiteSpace(AuditLevel) && !string.Equals(AuditLevel, "none", StringComparison.OrdinalIgnoreCase))
        {
            if (VulnerablePackages.TryParseSeverity(AuditLevel, out var level)) audit = level;
            else { Report(DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksAuditLevel", AuditLevel!, "low, moderate, high, critical or none")); ok = false; }
        }

        var settings = new GateSettings
        {
            LineThreshold = Percent(LineThreshold, "ReleaseTasksLineCoverageThreshold"),
            BranchThreshold = Percent(BranchThreshold, "ReleaseTasksBranchCoverageThreshold"),
            AssemblyThresholds = assemblies,
            ExcludeFiles = Split(ExcludeFiles),
            ExcludeAssemblies = ExcludeAssemblies == null ? new GateSettings().ExcludeAssemblies : Split(ExcludeAssemblies),
            ChangedLineThreshold = Percent(ChangedLineThreshold, "ReleaseTasksChangedLineCoverageThreshold"),
            ChangedLinesMinimum = Count(ChangedLinesMinimum, "ReleaseTasksChangedLinesMinimum", 1),
            MaxLineWarnings = Count(MaxLineWarnings, "ReleaseTasksMaxLineWarnings", 50),
            BaselineTolerance = Percent(BaselineTolerance, "ReleaseTasksCoverageTolerance") ?? 0.5,
            AuditLevel = audit,
            IsReleaseBuild = IsReleaseBuild,
        };
        return ok ? settings : null;
    }

    /// <summary>dotnet test --logger trx copies each coverage report beside the TRX file: the copy is left out.</summary>
    private static IReadOnlyList<string> DistinctContent(IReadOnlyList<string> files)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<string>();
        using var sha = System.Security.Cryptography.SHA256.Create();
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            if (seen.Add(Convert.ToBase64String(sha.ComputeHash(stream)))) distinct.Add(file);
        }
        return distinct;
    }

    private static List<string> Split(string? text) =>
        (text ?? "").Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

}
