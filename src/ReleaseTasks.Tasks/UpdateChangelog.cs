using System;
using System.Globalization;
using System.IO;
using Microsoft.Build.Framework;
using ReleaseTasks.Changelog;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.ReleaseNotes;

namespace ReleaseTasks.Tasks;

/// <summary>
/// Writes the version's section into CHANGELOG.md, keeping everything written by hand. A build of an untagged
/// commit writes the "Unreleased" section, which the release's own section later replaces.
/// </summary>
public sealed class UpdateChangelog : ReleaseNotesTaskBase
{
    /// <summary>The changelog; empty means CHANGELOG.md at the root of the repository.</summary>
    public string? ChangelogFile { get; set; }

    /// <summary>ReleaseTasksChangelogLockTimeout: seconds to wait for another build's update of the same file.
    /// Empty: the default (120).</summary>
    public string? LockTimeout { get; set; }

    [Output] public string ChangelogPath { get; private set; } = string.Empty;

    protected override string What => "update the changelog";

    protected override void ExecuteCore()
    {
        var timeout = ReleaseTasks.Changelog.ChangelogFile.DefaultLockTimeout;
        if (!string.IsNullOrWhiteSpace(LockTimeout))
        {
            if (!double.TryParse(LockTimeout!.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0 || seconds > int.MaxValue / 1000)
            {
                Report(DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksChangelogLockTimeout", LockTimeout!, "a positive number of seconds, e.g. 120"));
                return;
            }
            timeout = TimeSpan.FromSeconds(seconds);
        }

        var (resolution, template) = ResolveNotes();
        if (resolution?.Notes is not { } notes || Log.HasLoggedErrors) return;

        // Projects of a monorepo (each with its own tag prefix) share the root CHANGELOG.md: each writes sections of
        // its own, named after its tags, so that none replaces another's.
        var prefix = TagPrefix?.Trim() ?? string.Empty;
        var unreleased = prefix.Length == 0 ? ChangelogWriter.Unreleased : $"{ChangelogWriter.Unreleased} ({prefix})";
        var label = resolution.HeadIsTagged ? prefix + notes.Version : unreleased;
        ChangelogPath = string.IsNullOrWhiteSpace(ChangelogFile)
            ? Path.Combine(resolution.RepositoryRoot ?? ProjectDirectory, "CHANGELOG.md")
            : Path.GetFullPath(ChangelogFile);

        if (!resolution.HeadIsTagged && !UnreleasedSection.HasVisibleChanges(notes))
        {
            var (removed, removeError) = ReleaseTasks.Changelog.ChangelogFile.Remove(ChangelogPath, label, timeout);
            if (removeError != null)
            {
                Report(removeError);
                return;
            }
            var since = notes.PreviousTag.Length > 0 ? notes.PreviousTag : "the first commit";
            Log.LogMessage(MessageImportance.High, removed
                ? $"ReleaseTasks: nothing to show since {since}: the {label} section of {ChangelogPath} was removed"
                : $"ReleaseTasks: nothing to show since {since}: no {label} section in {ChangelogPath}");
            return;
        }
        var shown = resolution.HeadIsTagged ? notes with { Version = label } : UnreleasedSection.From(notes, label);
        var section = ReleaseNotesRenderer.Render(shown, template);

        var (changed, error) = ReleaseTasks.Changelog.ChangelogFile.Update(ChangelogPath, label, section, unreleased, timeout);
        if (error != null)
        {
            Report(error);
            return;
        }
        Log.LogMessage(MessageImportance.High,
            changed ? $"ReleaseTasks: {ChangelogPath} updated with {label}" : $"ReleaseTasks: {ChangelogPath} already up to date for {label}");
    }
}
