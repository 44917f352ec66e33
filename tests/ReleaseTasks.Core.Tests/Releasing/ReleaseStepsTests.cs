using System;
using System.IO;
using System.Linq;
using ReleaseTasks.Git;
using ReleaseTasks.Releasing;

namespace ReleaseTasks.Tests.Releasing;

/// <summary>Issue 10 item 2: the release steps against a real repository, and what a failure leaves behind.</summary>
public sealed class ReleaseStepsTests : IDisposable
{
    private readonly TempRepository _repo = new();

    public ReleaseStepsTests()
    {
        // The code under test commits with the repository's own identity, as a user's git would.
        _repo.Git("config", "user.name", "Release Tester");
        _repo.Git("config", "user.email", "release@example.com");
        Directory.CreateDirectory(Path.Combine(_repo.Directory, "Lib"));
        File.WriteAllText(Path.Combine(_repo.Directory, "Lib", "PublicAPI.Shipped.txt"), "Lib.A\n");
        File.WriteAllText(Path.Combine(_repo.Directory, "Lib", "PublicAPI.Unshipped.txt"), "Lib.B\n");
        _repo.Git("add", "-A");
        _repo.Git("commit", "-q", "-m", "feat: B");
    }

    public void Dispose() => _repo.Dispose();

    private ReleasePlan Plan(bool dryRun = false) => new()
    {
        Version = "1.0.0",
        TagName = "v1.0.0",
        TagMessage = "## 1.0.0\n\n### New Features\n\n- B\n",
        ChangelogPath = Path.Combine(_repo.Directory, "CHANGELOG.md"),
        ChangelogLabel = "1.0.0",
        ChangelogSection = "## 1.0.0\n\n### New Features\n\n- B\n",
        ChangelogUnreleased = "Unreleased",
        UnshippedApiFiles = new[] { Path.Combine(_repo.Directory, "Lib", "PublicAPI.Unshipped.txt") },
        DryRun = dryRun,
        Branch = "main",
    };

    private ReleaseStepsOutcome Run(ReleasePlan plan) => new ReleaseSteps(new GitProcess("git", _repo.Directory)).Run(plan);

    private string State() => string.Join("\n", _repo.Git("status", "--porcelain", "--untracked-files=all"), _repo.Git("for-each-ref"),
        _repo.Head, _repo.Git("ls-files", "-s"), File.ReadAllText(Path.Combine(_repo.Directory, "Lib", "PublicAPI.Unshipped.txt")));

    [Fact]
    public void OneCommitOfTheReleaseFilesAloneAndAnAnnotatedTagWhoseMessageIsTheNotesThenNothingTheSecondTime()
    {
        var before = _repo.Head;
        var outcome = Run(Plan());

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(before, _repo.Git("rev-parse", "HEAD~1"));
        Assert.Equal("chore(release): 1.0.0", _repo.Git("log", "-1", "--format=%s"));
        Assert.Equal("CHANGELOG.md\nLib/PublicAPI.Shipped.txt\nLib/PublicAPI.Unshipped.txt", _repo.Git("show", "--name-only", "--format=", "HEAD"));
        Assert.Equal("tag", _repo.Git("cat-file", "-t", "v1.0.0"));
        // Verbatim: the Markdown headings survive git's comment stripping.
        Assert.Equal("## 1.0.0\n\n### New Features\n\n- B", _repo.Git("tag", "-l", "--format=%(contents)", "v1.0.0").Trim());
        Assert.Equal("Lib.A\nLib.B\n", File.ReadAllText(Path.Combine(_repo.Directory, "Lib", "PublicAPI.Shipped.txt")));
        Assert.Equal("git push --atomic origin HEAD:refs/heads/main refs/tags/v1.0.0", outcome.PushCommand);

        var state = State();
        var again = Run(Plan());
        Assert.Equal("RT4020", Assert.Single(again.Diagnostics).Code);
        Assert.Equal(state, State());
    }

    [Fact]
    public void ADryRunSaysEveryStepAndChangesNothing()
    {
        var state = State();
        var outcome = Run(Plan(dryRun: true));
        Assert.Empty(outcome.Diagnostics);
        Assert.Contains("dry run: would ship 1 line(s) of Lib/PublicAPI.Unshipped.txt into Lib/PublicAPI.Shipped.txt", outcome.Lines);
        Assert.Contains(outcome.Lines, l => l.StartsWith("dry run: would commit CHANGELOG.md, Lib/PublicAPI.Shipped.txt", StringComparison.Ordinal));
        Assert.Equal(state, State());
        Assert.False(File.Exists(Path.Combine(_repo.Directory, "CHANGELOG.md")));
    }

    [Fact]
    public void ARejectedCommitAndAFailedTagLeaveTheRepositoryAsItWas()
    {
        var state = State();
        var hook = Path.Combine(_repo.Directory, ".git", "hooks", "pre-commit");
        File.WriteAllText(hook, "#!/bin/sh\necho 'pre-commit: no' >&2\nexit 1\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(hook, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var rejected = Run(Plan());
        var error = Assert.Single(rejected.Diagnostics);
        Assert.Equal("RT4021", error.Code);
        Assert.Contains("pre-commit: no", error.Message);
        Assert.Equal(state, State());
        Assert.False(File.Exists(Path.Combine(_repo.Directory, "CHANGELOG.md")));

        File.Delete(hook);
        _repo.Git("config", "tag.gpgSign", "true");
        _repo.Git("config", "gpg.program", "false");
        var untagged = Run(Plan());
        Assert.Equal("RT4022", Assert.Single(untagged.Diagnostics).Code);
        Assert.Contains("The release commit was undone", untagged.Diagnostics[0].Message);
        Assert.Equal(state, State());
    }

    [Fact]
    public void UncommittedWorkStopsTheReleaseBeforeAnyChangeAndIsKept()
    {
        File.AppendAllText(Path.Combine(_repo.Directory, "Lib", "PublicAPI.Unshipped.txt"), "Lib.C\n");
        var state = State();
        var outcome = Run(Plan());
        Assert.Equal("RT4003", Assert.Single(outcome.Diagnostics).Code);
        Assert.Equal(state, State());
        Assert.Equal("Lib.B\nLib.C\n", File.ReadAllText(Path.Combine(_repo.Directory, "Lib", "PublicAPI.Unshipped.txt")));
    }

    [Fact]
    public void AskedToPushItPushesTheBranchAndTheTagTogether()
    {
        var remote = TempRepository.NewDirectory();
        try
        {
            _repo.GitIn(remote, null, "init", "-q", "--bare");
            _repo.Git("remote", "add", "origin", remote);

            var outcome = Run(Plan() with { Push = true });

            Assert.Empty(outcome.Diagnostics);
            Assert.Contains("pushed: git push --atomic origin HEAD:refs/heads/main refs/tags/v1.0.0", outcome.Lines);
            Assert.Equal(_repo.Head, _repo.GitIn(remote, null, "rev-parse", "refs/heads/main"));
            Assert.Equal(_repo.Git("rev-parse", "refs/tags/v1.0.0"), _repo.GitIn(remote, null, "rev-parse", "refs/tags/v1.0.0"));
        }
        finally
        {
            TempRepository.Delete(remote);
        }
    }

    [Fact]
    public void ARefusedPushKeepsTheReleaseHereAndSaysHowToPushItAgain()
    {
        var remote = TempRepository.NewDirectory();
        try
        {
            _repo.GitIn(remote, null, "init", "-q", "--bare");
            var hook = Path.Combine(remote, "hooks", "pre-receive");
            File.WriteAllText(hook, "#!/bin/sh\necho 'pre-receive: frozen' >&2\nexit 1\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(hook, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            _repo.Git("remote", "add", "origin", remote);
            var before = _repo.Head;

            var outcome = Run(Plan() with { Push = true });

            var error = Assert.Single(outcome.Diagnostics);
            Assert.Equal("RT4023", error.Code);
            Assert.Contains("pre-receive: frozen", error.Message);
            Assert.Contains("Push it with: git push --atomic origin HEAD:refs/heads/main refs/tags/v1.0.0", error.Message);
            // Made here and kept (a push is retried, never undone); the remote got nothing, atomically.
            Assert.Equal(before, _repo.Git("rev-parse", "HEAD~1"));
            Assert.Equal("tag", _repo.Git("cat-file", "-t", "v1.0.0"));
            Assert.Equal("", _repo.GitIn(remote, null, "for-each-ref"));
        }
        finally
        {
            TempRepository.Delete(remote);
        }
    }
}
