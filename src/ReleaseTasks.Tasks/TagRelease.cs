using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using ReleaseTasks.Changelog;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Gates;
using ReleaseTasks.Git;
using ReleaseTasks.ReleaseNotes;
using ReleaseTasks.Releasing;

namespace ReleaseTasks.Tasks;

/// <summary>
/// The release after a passing checklist: the version's changelog section, the shipped API files, the release commit
/// and the annotated tag (Core's <see cref="ReleaseSteps"/>). Once per tag prefix and repository in a build, however
/// many projects of a solution run it.
/// </summary>
public sealed class TagRelease : ReleaseNotesTaskBase
{
    [Required] public string TagName { get; set; } = string.Empty;
    public string? ChangelogFile { get; set; }
    public string? DryRun { get; set; }
    public string? Push { get; set; }
    public string? Remote { get; set; }
    public string? Branch { get; set; }
    public string? EmergencyRelease { get; set; }
    public string? EmergencyReason { get; set; }
    public string? BuildId { get; set; }

    /// <summary>The push command, when the release was made and not pushed.</summary>
    [Output] public string PushCommand { get; private set; } = string.Empty;

    protected override string What => "tag the release";

    protected override void ExecuteCore()
    {
        var dryRun = ParseBoolean("ReleaseTasksDryRun", DryRun, false);
        var push = ParseBoolean("ReleaseTasksPush", Push, false);
        var emergency = ParseBoolean("ReleaseTasksEmergencyRelease", EmergencyRelease, false);
        if (dryRun == null || push == null || emergency == null) return;
        var git = CreateGitSettings(GitPath, ProjectDirectory);
        if (git == null) return;
        var repository = new GitCliHistory(git, ProjectDirectory).Open();
        if (repository?.HeadCommit == null) return;
        var root = repository.TopLevel;
        var prefix = TagPrefix?.Trim() ?? string.Empty;

        // Once per (build, repository, tag prefix): the first project to claim it releases.
        var key = string.Join("\n", "ReleaseTasks.TagRelease", root, prefix);
        var engine = BuildEngine as IBuildEngine4;
        var claimedBefore = engine?.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) != null;
        engine?.RegisterTaskObject(key, new object(), RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
        if (!claimedBefore && GateJudgement.ClaimName(BuildId, key) is { } claim
            && ReleaseTasks.IO.PrivateCacheDirectory.ForCurrentUser()?.TryClaim(claim) == false)
            claimedBefore = true;
        if (claimedBefore)
        {
            Report(DiagnosticCatalog.ReleaseByAnotherProject(TagName));
            return;
        }

        var (resolution, template) = ResolveNotes();
        if (resolution?.Notes is not { } notes || Log.HasLoggedErrors) return;
        var label = prefix + notes.Version;
        var unreleased = prefix.Length == 0 ? ChangelogWriter.Unreleased : $"{ChangelogWriter.Unreleased} ({prefix})";
        var message = ReleaseNotesRenderer.Render(notes, template).Trim() + "\n";
        if (emergency.Value) message += $"\nEmergency release: {EmergencyReason?.Trim()}\n";

        var filters = PathFilter.Select(f => f.Trim()).Where(f => f.Length > 0).ToList();
        var apiFiles = new GitProcess(git, root).RunChecked("ls-files", "-z", "--", "*PublicAPI.Unshipped.txt", "PublicAPI.Unshipped.txt")
            .Split(new[] { '\0' }, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p) == "PublicAPI.Unshipped.txt" && (filters.Count == 0 || filters.Any(f => Glob.IsMatch(f, p))))
            .Select(p => Path.GetFullPath(Path.Combine(root, p)))
            .ToList();

        var plan = new ReleasePlan
        {
            Version = notes.Version,
            TagName = TagName,
            TagMessage = message,
            ChangelogPath = string.IsNullOrWhiteSpace(ChangelogFile) ? Path.Combine(root, "CHANGELOG.md") : Path.GetFullPath(ChangelogFile),
            ChangelogLabel = label,
            ChangelogSection = ReleaseNotesRenderer.Render(notes with { Version = label }, template),
            ChangelogUnreleased = unreleased,
            UnshippedApiFiles = apiFiles,
            DryRun = dryRun.Value,
            Push = push.Value,
            Remote = string.IsNullOrWhiteSpace(Remote) ? "origin" : Remote!.Trim(),
            Branch = Branch?.Trim() ?? "",
        };
        ReleaseStepsOutcome outcome;
        using (ReleaseTasks.IO.FileLock.TryAcquireIfPossible(ReleaseSteps.LockFileOf(root), ReleaseSteps.LockTimeout))
            outcome = new ReleaseSteps(new GitProcess(git, root)).Run(plan);
        foreach (var line in outcome.Lines) Log.LogMessage(MessageImportance.High, "ReleaseTasks: " + line);
        foreach (var diagnostic in outcome.Diagnostics) Report(diagnostic);
        PushCommand = outcome.PushCommand ?? "";
    }
}
