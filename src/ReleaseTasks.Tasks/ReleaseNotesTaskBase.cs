using System;
using System.IO;
using Microsoft.Build.Framework;
using NuGet.Versioning;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.ReleaseNotes;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tasks;

/// <summary>What GenerateReleaseNotes and UpdateChangelog share: the inputs that choose the commits and the
/// sections, and the template.</summary>
public abstract class ReleaseNotesTaskBase : ReleaseTaskBase
{
    [Required] public string ProjectDirectory { get; set; } = string.Empty;
    [Required] public string Version { get; set; } = string.Empty;
    public string? TagPrefix { get; set; }
    public string[] PathFilter { get; set; } = Array.Empty<string>();
    public string? GitPath { get; set; }

    /// <summary>The git answers ComputeReleaseVersion kept (obj/ReleaseTasks.history.cache): the range it read is not read again.</summary>
    public string? HistoryCacheFile { get; set; }

    /// <summary>"feat=New Features;perf=Improvements": adds to or overrides the type → section mapping.</summary>
    public string? Types { get; set; }

    /// <summary>Types left out of the notes; empty keeps the defaults (chore;ci;build;docs;style;test).</summary>
    public string? HiddenTypes { get; set; }

    public string? SupportContact { get; set; }

    /// <summary>ReleaseTasksReleaseNotesMaxCommits: the most commits the notes list (the newest); 0 for no limit.
    /// Empty: the default (10000).</summary>
    public string? MaxCommits { get; set; }

    /// <summary>A Liquid template file; empty uses the team's default template.</summary>
    public string? Template { get; set; }

    protected (ReleaseNotesResolution? Resolution, Fluid.IFluidTemplate? Template) ResolveNotes()
    {
        if (!VersionTag.TryParseSemVer(Version, out var version))
        {
            // An explicit -p:Version that is not SemVer (1.0, 1.2.3.4) wins for the build; notes need a SemVer
            // to find their range, so there are none rather than a failed pack.
            Log.LogMessage(MessageImportance.High, $"ReleaseTasks: no release notes: the version '{Version}' is not SemVer 2.0.");
            return (null, null);
        }
        var (pairs, badPart) = SectionMap.ParseTypes(Types);
        if (badPart != null)
        {
            Report(DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksReleaseNotesTypes", badPart, "type=Section pairs separated by ';', e.g. perf=Improvements"));
            return (null, null);
        }
        var hidden = string.IsNullOrWhiteSpace(HiddenTypes)
            ? null
            : HiddenTypes!.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries);

        Fluid.IFluidTemplate? template = null;
        if (!string.IsNullOrWhiteSpace(Template))
        {
            try
            {
                template = ReleaseNotesRenderer.Parse(File.ReadAllText(Template), Template!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or TemplateException)
            {
                Report(DiagnosticCatalog.TemplateInvalid(Template!, e.Message));
                return (null, null);
            }
        }

        var maxCommits = ReleaseNotesRequest.DefaultMaxCommits;
        if (!string.IsNullOrWhiteSpace(MaxCommits)
            && (!int.TryParse(MaxCommits!.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out maxCommits)
                || maxCommits == int.MaxValue))
        {
            Report(DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksReleaseNotesMaxCommits", MaxCommits!, "a whole number of commits, e.g. 10000 (0: no limit)"));
            return (null, null);
        }

        var git = CreateGitSettings(GitPath, ProjectDirectory);
        if (git == null) return (null, null);
        var settings = new VersionSettings { TagPrefix = TagPrefix?.Trim() ?? string.Empty, PathFilters = PathFilter };
        var request = new ReleaseNotesRequest(ProjectDirectory, version, settings)
        {
            Git = git,
            Sections = new SectionMap(pairs, hidden),
            SupportContact = SupportContact,
            MaxCommits = maxCommits,
        };
        // Issue 12: the other projects of the build, on this node (memory) and on the others (the user cache, one file per
        // setting), reuse these answers instead of asking git again.
        var setting = ReleaseTasks.Git.SharedGitReadRecord.Setting(settings.TagPrefix, settings.PathFilters);
        var history = GitReadsOfTheBuild.For(BuildEngine, HistoryCacheFile, ProjectDirectory, git, out var historyKey, out var shared, setting: setting);
        using var sharing = shared;
        var resolution = ReleaseNotesResolver.Resolve(request, history);
        if (history.ProcessCount > 0) GitReadsOfTheBuild.Keep(BuildEngine, HistoryCacheFile, historyKey, ProjectDirectory, git, history, setting, shared);
        if (shared?.Refusal is { } refusal) Log.LogMessage(MessageImportance.Low, "ReleaseTasks: [detail] user cache not used: " + refusal);
        foreach (var diagnostic in resolution.Diagnostics) Report(diagnostic);
        return (resolution, template);
    }
}
