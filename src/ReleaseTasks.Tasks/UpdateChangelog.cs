using System.IO;
using Microsoft.Build.Framework;
using ReleaseTasks.Changelog;
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

    [Output] public string ChangelogPath { get; private set; } = string.Empty;

    protected override string What => "update the changelog";

    protected override void ExecuteCore()
    {
        var (resolution, template) = ResolveNotes();
        if (resolution?.Notes is not { } notes || Log.HasLoggedErrors) return;

        var label = resolution.HeadIsTagged ? notes.Version : ChangelogWriter.Unreleased;
        var section = ReleaseNotesRenderer.Render(notes with { Version = label }, template);
        ChangelogPath = string.IsNullOrWhiteSpace(ChangelogFile)
            ? Path.Combine(resolution.RepositoryRoot ?? ProjectDirectory, "CHANGELOG.md")
            : Path.GetFullPath(ChangelogFile);

        var (changed, error) = ReleaseTasks.Changelog.ChangelogFile.Update(ChangelogPath, label, section);
        if (error != null)
        {
            Report(error);
            return;
        }
        Log.LogMessage(MessageImportance.High,
            changed ? $"ReleaseTasks: {ChangelogPath} updated with {label}" : $"ReleaseTasks: {ChangelogPath} already up to date for {label}");
    }
}
