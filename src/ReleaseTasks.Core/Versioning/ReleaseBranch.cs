using System;
using System.Collections.Generic;
using System.Globalization;
using NuGet.Versioning;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Git;

namespace ReleaseTasks.Versioning;

/// <summary>What CreateReleaseBranch is asked to do.</summary>
public sealed record ReleaseBranchRequest(string ProjectDirectory)
{
    /// <summary>The branch HEAD is on (ReleaseTasksBranch after GetReleaseVersion: the checkout or the CI's).</summary>
    public string? Branch { get; init; }

    /// <summary>The version the main line builds now (ReleaseTasksVersion): its X.Y names the branch.</summary>
    public string? Version { get; init; }

    /// <summary>ReleaseTasksReleaseBranchVersion: X.Y (or X.Y.Z) to cut instead.</summary>
    public string? RequestedVersion { get; init; }

    public string? DefaultBranch { get; init; }
    public string TagPrefix { get; init; } = string.Empty;
    public bool DryRun { get; init; }
    public GitSettings Git { get; init; } = GitSettings.Default;
}

/// <summary>The outcome: the branch (empty when nothing was done), whether it was created now, the diagnostics, and
/// the lines to show the user.</summary>
public sealed record ReleaseBranchOutcome(string Branch, bool Created, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Messages);

/// <summary>
/// The feature-freeze step: cuts <c>release/X.Y</c> (<c>release/core-v1.3</c> with a tag prefix, <see cref="ReleaseLineName"/>) at HEAD of the main line, without switching to it (the working tree
/// is not touched, so its state does not matter). X.Y is the version the main line would release next, or the one asked
/// for. Refused (coded errors) off the main line, when the branch exists elsewhere (locally or on a remote), and when X.Y
/// is at or below a release that exists. Running it again at the same HEAD is a no-op, so a solution may run it in every
/// project. From then on <see cref="ReleaseLines"/> keeps the main line above X.Y.
/// </summary>
public static class ReleaseBranch
{
    public static ReleaseBranchOutcome Create(ReleaseBranchRequest request)
    {
        try
        {
            return CreateOrThrow(request);
        }
        catch (GitException e)
        {
            return new ReleaseBranchOutcome(string.Empty, false, new[] { DiagnosticCatalog.ForGitFailure(e, request.Git.Executable, null) }, Array.Empty<string>());
        }
    }

    private static ReleaseBranchOutcome CreateOrThrow(ReleaseBranchRequest request)
    {
        var diagnostics = new List<Diagnostic>();
        var messages = new List<string>();
        ReleaseBranchOutcome Fail(Diagnostic d) => new(string.Empty, false, new[] { d }, messages);

        SemanticVersion? line = null;
        var lineText = "";
        if (!string.IsNullOrWhiteSpace(request.RequestedVersion))
        {
            lineText = request.RequestedVersion!.Trim();
            if (!MinimumVersionText.TryParse(lineText, out var requested, out _))
                return Fail(DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksReleaseBranchVersion", lineText, "MAJOR.MINOR such as 1.3 (or MAJOR.MINOR.PATCH)"));
            line = requested;
        }
        else if (VersionTag.TryParseSemVer(request.Version ?? "", out var computed))
        {
            line = new SemanticVersion(computed.Major, computed.Minor, 0);
            lineText = $"{computed.Major}.{computed.Minor}";
        }
        else
            return Fail(DiagnosticCatalog.InvalidPropertyValue("ReleaseTasksReleaseBranchVersion", request.Version ?? "",
                "MAJOR.MINOR such as 1.3: the computed version is not SemVer, so name the release line"));

        if (!FeatureFreeze.IsMainLine(request.Branch, request.DefaultBranch))
            return Fail(DiagnosticCatalog.NotOnMainLine(request.Branch,
                string.IsNullOrWhiteSpace(request.DefaultBranch) ? "main (or master, develop, trunk)" : request.DefaultBranch!.Trim()));

        var branch = ReleaseLineName.Of(request.TagPrefix, lineText);
        var git = new GitCliHistory(request.Git, request.ProjectDirectory);
        var head = git.Open()?.HeadCommit;
        // GetReleaseVersion has said why (RT1001, RT1004); without a commit there is nothing to branch from.
        if (head == null) return Fail(DiagnosticCatalog.GitCommandFailed("rev-parse HEAD", 128, "no commit to cut a release branch from (not a repository, or no commits yet)"));
        var refs = git.TagsAndBranches(request.DefaultBranch);

        if (Existing(refs, branch) is { } existing)
        {
            if (existing.Name == "refs/heads/" + branch && string.Equals(existing.CommitId, head, StringComparison.OrdinalIgnoreCase))
            {
                messages.Add($"ReleaseTasks: {branch} already exists at HEAD ({Short(head)}); nothing to do.");
                return new ReleaseBranchOutcome(branch, false, diagnostics, messages);
            }
            return Fail(DiagnosticCatalog.ReleaseBranchAlreadyExists(branch, ReleaseLines.ShortName(existing.Name) == branch ? "locally" : "as " + ReleaseLines.ShortName(existing.Name), existing.CommitId));
        }
        if (Released(refs, line!, request.TagPrefix) is { } taken)
            return Fail(DiagnosticCatalog.ReleaseBranchReleased(branch, taken));

        var next = $"{line!.Major}.{(line.Minor + 1).ToString(CultureInfo.InvariantCulture)}.0";
        if (request.DryRun)
        {
            messages.Add($"ReleaseTasks: dry run: would create {branch} at HEAD ({Short(head)}): git branch --no-track {branch} {head}");
            return new ReleaseBranchOutcome(branch, false, diagnostics, messages);
        }

        // --no-track: a user's branch.autoSetupMerge must not make the new branch track the main line.
        var process = new GitProcess(request.Git, request.ProjectDirectory);
        var result = process.Run("branch", "--no-track", branch, head);
        if (result.ExitCode != 0)
        {
            // Another project of the same build may have created it a moment ago: that is the same outcome.
            if (Existing(git.TagsAndBranches(request.DefaultBranch), branch) is { } raced && raced.Name == "refs/heads/" + branch
                && string.Equals(raced.CommitId, head, StringComparison.OrdinalIgnoreCase))
                return new ReleaseBranchOutcome(branch, false, diagnostics, new[] { $"ReleaseTasks: {branch} already exists at HEAD ({Short(head)}); nothing to do." });
            return Fail(DiagnosticCatalog.GitCommandFailed($"branch --no-track {branch} {head}", result.ExitCode, result.Error));
        }
        messages.Add($"ReleaseTasks: created {branch} at HEAD ({Short(head)}); the feature freeze starts there and the main line now builds {next} or higher.");
        messages.Add($"ReleaseTasks: to publish it: git push origin {branch}   to work on it: git switch {branch}");
        return new ReleaseBranchOutcome(branch, true, diagnostics, messages);
    }

    /// <summary>A local or remote branch of that name.</summary>
    private static GitRef? Existing(RefListing refs, string branch)
    {
        foreach (var b in refs.Branches)
            if (string.Equals(ReleaseLines.BranchName(b.Name), branch, StringComparison.OrdinalIgnoreCase)) return b;
        return null;
    }

    /// <summary>A stable release tag or a release branch of the project's tag prefix at or above the line X.Y: cutting X.Y
    /// would version at or below it (other prefixes' releases are other projects').</summary>
    private static string? Released(RefListing refs, SemanticVersion line, string tagPrefix)
    {
        foreach (var tag in refs.Tags)
            if (VersionTag.HasPrefix(tag.Name, tagPrefix) && VersionTag.TryParse(tag.Name, tag.CommitId, tagPrefix, out var v)
                && !v.Version.IsPrerelease && AtOrAbove(v.Version, line))
                return tag.Name;
        foreach (var b in refs.Branches)
            if (ReleaseLines.ReleaseBranchName(b.Name) is { } name && ReleaseLineName.VersionOf(name, tagPrefix) is { } v && AtOrAbove(v, line))
                return ReleaseLines.ShortName(b.Name);
        return null;
    }

    private static bool AtOrAbove(SemanticVersion v, SemanticVersion line) =>
        v.Major > line.Major || v.Major == line.Major && v.Minor >= line.Minor;

    private static string Short(string id) => id.Length > 7 ? id.Substring(0, 7) : id;
}
