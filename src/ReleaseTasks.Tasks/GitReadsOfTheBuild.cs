using System;
using System.Collections.Generic;
using Microsoft.Build.Framework;
using ReleaseTasks.Git;
using ReleaseTasks.IO;

namespace ReleaseTasks.Tasks;

/// <summary>
/// The git answers of a build, shared between its tasks: in memory for the build (RegisterTaskObject), in a file
/// under obj/ for the next build of the same repository state (a pack after a build), and in the user's private cache
/// directory for the other MSBuild nodes (<see cref="SharedGitReadRecord"/>, one file per setting). ComputeReleaseVersion
/// records the tags and the range it read; GenerateReleaseNotes and UpdateChangelog then ask git only what no task of
/// the build did.
/// </summary>
internal static class GitReadsOfTheBuild
{
    /// <param name="key">The repository state the answers belong to; null when the files cannot tell (nothing is kept).</param>
    /// <param name="reuse">False for versioning: when it computes, it asks git (its caches are the version files);
    /// it only records the answers for the notes.</param>
    /// <param name="shared">The other nodes' answers for <paramref name="setting"/> (null without a user cache); the
    /// caller disposes it after <see cref="Keep"/>, which releases the lock a miss may have taken.</param>
    public static RecordedGitHistory For(IBuildEngine? engine, string? file, string projectDirectory, GitSettings git, out string? key,
        bool reuse = true, string? setting = null) => For(engine, file, projectDirectory, git, out key, out _, reuse, setting);

    public static RecordedGitHistory For(IBuildEngine? engine, string? file, string projectDirectory, GitSettings git, out string? key,
        out SharedGitReadRecord? shared, bool reuse = true, string? setting = null)
    {
        var cli = new GitCliHistory(git, projectDirectory);
        key = GitReadRecord.KeyFor(projectDirectory, git);
        shared = null;
        if (key == null || !reuse) return new RecordedGitHistory(cli);
        shared = Shared(key, setting, git);
        if ((engine as IBuildEngine4)?.GetRegisteredTaskObject(BuildKey(key), RegisteredTaskObjectLifetime.Build) is GitReadRecord inMemory)
            return new RecordedGitHistory(cli, inMemory, shared);
        return new RecordedGitHistory(cli, string.IsNullOrEmpty(file) ? null : GitReadRecord.Read(file!, key), shared);
    }

    /// <summary>
    /// Keeps what <paramref name="history"/> learnt, for the rest of the build (merged into what the node already
    /// holds), for the next build (under obj/) and for the other nodes (the user cache, when <paramref name="setting"/>
    /// is given and git answered anything).
    /// </summary>
    public static void Keep(IBuildEngine? engine, string? file, string? key, string projectDirectory, GitSettings git, RecordedGitHistory history,
        string? setting = null, SharedGitReadRecord? shared = null)
    {
        // The state must still be the one the answers were given for (a tag made meanwhile: nothing is kept).
        if (key == null || key != GitReadRecord.KeyFor(projectDirectory, git)) return;
        var engine4 = engine as IBuildEngine4;
        if (engine4?.GetRegisteredTaskObject(BuildKey(key), RegisteredTaskObjectLifetime.Build) is GitReadRecord inMemory)
        {
            if (!ReferenceEquals(inMemory, history.Record)) inMemory.MergeFrom(history.Record);
        }
        else engine4?.RegisterTaskObject(BuildKey(key), history.Record, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: true);
        if (!string.IsNullOrEmpty(file)) history.Record.Write(file!, key);
        if (!history.Learnt) return;
        if (shared != null) shared.Write(history.Record);
        else if (setting != null && Shared(key, setting, git) is { } created)
        {
            using (created) created.Write(history.Record);
        }
    }

    private static SharedGitReadRecord? Shared(string key, string? setting, GitSettings git) =>
        setting != null && PrivateCacheDirectory.ForCurrentUser() is { } directory
            ? new SharedGitReadRecord(directory, key, setting, git.Timeout)
            : null;

    private static string BuildKey(string key) => "ReleaseTasks.GitReads\n" + key;
}
