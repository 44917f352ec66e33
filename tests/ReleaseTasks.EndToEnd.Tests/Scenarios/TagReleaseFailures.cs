using System.IO;
using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// Issue 10 item 2: every way TagRelease can fail is a coded error that leaves the repository exactly as it was — the
/// working tree's status, every ref, HEAD and the index — even after the release commit was made.
/// </summary>
public class TagReleaseFailures
{
    private static (GitRepository Repo, string Project) Library()
    {
        var repo = GitRepository.Create();
        var dir = TestProject.Write(repo.Directory, "Lib", "Lib");
        File.WriteAllText(Path.Combine(dir, "PublicAPI.Shipped.txt"), "Lib.Class1\nLib.Class1.Class1() -> void\n");
        File.WriteAllText(Path.Combine(dir, "PublicAPI.Unshipped.txt"), "");
        repo.CommitAll("feat: first");
        repo.AnnotatedTag("v1.0.0");
        File.WriteAllText(Path.Combine(dir, "Class2.cs"), "namespace Lib { public class Class2 { } }\n");
        File.WriteAllText(Path.Combine(dir, "PublicAPI.Unshipped.txt"), "Lib.Class2\nLib.Class2.Class2() -> void\n");
        repo.CommitAll("feat: Class2");
        return (repo, dir);
    }

    private static ProcessResult TagRelease(string dir) =>
        DotNet.Run(dir, new[] { "msbuild", "-restore", "-nodeReuse:false", "-t:TagRelease", "-v:n" });

    [Fact]
    public void ADirtyTreeIsRT4003AndNothingChanges()
    {
        var (repo, dir) = Library();
        File.AppendAllText(Path.Combine(dir, "Class2.cs"), "// work in progress\n");
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "untracked\n");
        repo.Git("add", "Lib/notes.txt");
        var before = RepositoryState.Of(repo);

        var result = TagRelease(dir);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error RT4003", result.Output);
        Assert.Equal(before, RepositoryState.Of(repo));
        Assert.Contains("// work in progress", File.ReadAllText(Path.Combine(dir, "Class2.cs")));
    }

    [Fact]
    public void TheTagOnAnotherCommitIsRT4004AndAHigherReleaseElsewhereIsRT4001()
    {
        var (repo, dir) = Library();
        repo.Checkout("-b", "elsewhere", "v1.0.0");
        repo.Commit("feat: elsewhere");
        repo.Tag("v1.1.0");
        // Main versions above a release it cannot reach (1.2.0, issue 10's release lines), so it never clashes with
        // v1.1.0; a release branch named for 1.1 does.
        repo.Checkout("main");
        repo.Checkout("-b", "release/1.1");
        var before = RepositoryState.Of(repo);

        var result = TagRelease(dir);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error RT4004: Release not ready: Tag: v1.1.0 already exists on ", result.Output);
        Assert.Contains("error RT4001: Release not ready: Version to release: 1.1.0 is not higher than v1.1.0", result.Output);
        Assert.Equal(before, RepositoryState.Of(repo));
    }

    [Fact]
    public void ACommitMsgHookRejectingTheReleaseCommitIsRT4021AndTheFilesIndexAndHeadAreAsTheyWere()
    {
        var (repo, dir) = Library();
        var hook = Path.Combine(repo.Directory, ".git", "hooks", "commit-msg");
        File.WriteAllText(hook, "#!/bin/sh\necho 'commit-msg: release commits need a ticket' >&2\nexit 1\n");
        if (!System.OperatingSystem.IsWindows()) File.SetUnixFileMode(hook, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var before = RepositoryState.Of(repo);

        var result = TagRelease(dir);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error RT4021: git refused the commit 'chore(release): 1.1.0'", result.Output);
        Assert.Contains("release commits need a ticket", result.Output);
        Assert.Equal(before, RepositoryState.Of(repo));
        Assert.False(File.Exists(Path.Combine(repo.Directory, "CHANGELOG.md")));
        Assert.Equal("Lib.Class2\nLib.Class2.Class2() -> void\n", File.ReadAllText(Path.Combine(dir, "PublicAPI.Unshipped.txt")));
    }

    [Fact]
    public void ATagThatCannotBeSignedIsRT4022AndTheReleaseCommitIsUndone()
    {
        var (repo, dir) = Library();
        // tag.gpgSign asks git to sign the tag; the signing program fails, after the release commit was made.
        repo.Git("config", "tag.gpgSign", "true");
        repo.Git("config", "gpg.program", "false");
        var before = RepositoryState.Of(repo);

        var result = TagRelease(dir);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error RT4022: git could not create the tag v1.1.0", result.Output);
        Assert.Contains("The release commit was undone", result.Output);
        Assert.Equal(before, RepositoryState.Of(repo));
        Assert.Equal("feat: Class2", repo.Git("log", "-1", "--format=%s"));
        Assert.False(File.Exists(Path.Combine(repo.Directory, "CHANGELOG.md")));
    }
}
