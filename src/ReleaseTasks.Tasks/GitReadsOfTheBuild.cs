using Microsoft.Build.Framework;
using ReleaseTasks.Git;

namespace ReleaseTasks.Tasks;

/// <summary>
/// The git answers of a build, shared between its tasks: in memory for the build (RegisterTaskObject) and in a file
/// under obj/ for the next build of the same repository state (a pack after a build). ComputeReleaseVersion records
/// the tags and the range it read; GenerateReleaseNotes and UpdateChangelog then ask git only what it did not.
/// </summary>
internal static class GitReadsOfTheBuild
{
    /// <param name="key">The repository state the answers belong to; null when the files cannot tell (nothing is kept).</param>
    /// <param name="reuse">False for versioning: when it computes, it asks git (its caches are the version files);
    /// it only records the answers for the notes.</param>
    public static RecordedGitHistory For(IBuildEngine? engine, string? file, string projectDirectory, GitSettings git, out string? key, bool reuse = true)
    {
        var cli = new GitCliHistory(git, projectDirectory);
        key = GitReadRecord.KeyFor(projectDirectory, git);
        if (key == null || !reuse) return new RecordedGitHistory(cli);
        if ((engine as IBuildEngine4)?.GetRegisteredTaskObject(BuildKey(key), RegisteredTaskObjectLifetime.Build) is GitReadRecord inMemory)
            return new RecordedGitHistory(cli, inMemory);
        return new RecordedGitHistory(cli, string.IsNullOrEmpty(file) ? null : GitReadRecord.Read(file!, key));
    }

    /// <summary>Keeps what <paramref name="history"/> learnt, for the rest of the build and for the next one.</summary>
    public static void Keep(IBuildEngine? engine, string? file, string? key, string projectDirectory, GitSettings git, RecordedGitHistory history)
    {
        // The state must still be the one the answers were given for (a tag made meanwhile: nothing is kept).
        if (key == null || key != GitReadRecord.KeyFor(projectDirectory, git)) return;
        (engine as IBuildEngine4)?.RegisterTaskObject(BuildKey(key), history.Record, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: true);
        if (!string.IsNullOrEmpty(file)) history.Record.Write(file!, key);
    }

    private static string BuildKey(string key) => "ReleaseTasks.GitReads\n" + key;
}
