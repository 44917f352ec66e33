using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>What ordinary machines, CI checkouts and git hooks do to a build: the version stays right, or a coded
/// diagnostic says why not; never a hang, never a stack trace.</summary>
public class HostileEnvironments
{
    private static readonly string HostileConfig = Path.Combine(PackageFeed.RepositoryRoot, "tests", "fixtures", "git", "hostile.gitconfig");

    [Fact]
    public void PromotingAReleaseCandidateWithATagOfItsTagGivesTheRelease()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("feat: search");
        s.Repo.AnnotatedTag("v1.1.0-rc.1");
        s.Repo.Git("tag", "-a", "v1.1.0", "-m", "Release 1.1.0", "v1.1.0-rc.1");

        var p = s.Version();

        Assert.Equal("1.1.0", p["Version"]);
        Assert.Equal("1.1.0", p["PackageVersion"]);
    }

    [Fact]
    public void AGitThatHangsEndsTheBuildAtTheLimitWithRT1008()
    {
        var s = Scenario.Create();
        var hung = ShellScript.Git("sleep 3600");
        var clock = Stopwatch.StartNew();

        var p = s.Version(null, "-p:ReleaseTasksGitPath=" + hung, "-p:ReleaseTasksGitTimeout=3");

        clock.Stop();
        Assert.NotEqual(0, p.Result.ExitCode);
        Assert.Contains("error RT1008", p.Output);
        Assert.Contains("did not finish within 3 s", p.Output);
        Assert.Contains("for-each-ref", p.Output);
        // Not a timing assertion on speed: without the limit this build never ends (the runner's own limit is 5 min).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(100), "the build took " + clock.Elapsed);
    }

    [Fact]
    public void AUserConfigurationWithLogFollowKeepsAPathFilteredVersion()
    {
        var s = Scenario.Create(extraProperties: "<ReleaseTasksPathFilter>probe/**</ReleaseTasksPathFilter>");
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("feat: in the project", "probe/Feature.cs");
        s.Repo.Commit("fix: elsewhere", "other/Fix.cs");
        var config = Path.Combine(TestDirectory.Create("gitconfig"), "config");
        File.WriteAllText(config, "[log]\n\tfollow = true\n\tshowSignature = true\n[i18n]\n\tlogOutputEncoding = ISO-8859-1\n");

        var p = s.Version(new Dictionary<string, string?> { ["GIT_CONFIG_GLOBAL"] = config });

        Assert.Equal(0, p.Result.ExitCode);
        Assert.Equal("1.1.0-alpha.1", p["Version"]);
    }

    [Fact]
    public void ReleaseNotesAreTheSameUnderTheHostileConfiguration()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("feat(api): café crème for naïve users");
        s.Repo.Commit("fix: 日本語 in the title");
        var plainOut = TestDirectory.Create("plain");
        var hostileOut = TestDirectory.Create("hostile");

        DotNet.Pack(s.ProjectDirectory, "-o", plainOut, "-p:ReleaseTasksReleaseNotesFile=" + Path.Combine(plainOut, "notes.md")).EnsureSuccess("pack");
        DotNet.Run(s.ProjectDirectory, new[] { "pack", "-nodeReuse:false", "-o", hostileOut, "-p:ReleaseTasksReleaseNotesFile=" + Path.Combine(hostileOut, "notes.md") },
            new Dictionary<string, string?> { ["GIT_CONFIG_GLOBAL"] = HostileConfig }).EnsureSuccess("pack under the hostile configuration");

        var plain = File.ReadAllText(Path.Combine(plainOut, "notes.md"));
        Assert.Contains("café crème for naïve users", plain);
        Assert.Contains("日本語", plain);
        Assert.Equal(plain, File.ReadAllText(Path.Combine(hostileOut, "notes.md")));
    }

    [Fact]
    public void ABuildStartedFromAGitHookWithRelativeGitDirGetsTheVersion()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("feat: x");
        var result = Path.Combine(TestDirectory.Create("hook"), "version.txt");
        // As husky does: the hook builds; `git --git-dir=.git --work-tree=. commit` hands it GIT_DIR=.git,
        // GIT_WORK_TREE=. and GIT_INDEX_FILE=.git/index, relative to the root, where the hook runs.
        var hook = Path.Combine(s.Repo.Directory, ".git", "hooks", "pre-commit");
        ShellScript.Write(hook, $"env | grep '^GIT_' >> '{result}.env'\ndotnet msbuild probe/probe.csproj -restore -nodeReuse:false -t:GetReleaseVersion -getProperty:Version > '{result}' 2>&1");
        File.AppendAllText(Path.Combine(s.Repo.Directory, "README.md"), "change\n");
        s.Repo.Git("add", "README.md");

        var env = DotNet.BaseEnvironment();
        env["GIT_CONFIG_GLOBAL"] = GitRepository.Environment["GIT_CONFIG_GLOBAL"];
        ProcessRunner.Run("git", new[] { "--git-dir=.git", "--work-tree=.", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "docs: readme" },
            s.Repo.Directory, env).EnsureSuccess("commit with the hook");

        Assert.Contains("GIT_DIR=.git", File.ReadAllText(result + ".env"));
        // The version of the commit being made is not yet known to the hook: HEAD is still the feat commit.
        Assert.Equal("1.1.0-alpha.1", File.ReadAllText(result).Trim());
    }

    [Fact]
    public void ABuildStartedFromALinkedWorktreesHookReadsThatWorktree()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        var worktree = Path.Combine(TestDirectory.Create("wt"), "feature");
        s.Repo.Git("worktree", "add", "-q", "-b", "feature/login", worktree);
        var wt = new GitRepository(worktree);
        wt.Commit("feat: login");
        TestProject.WriteNuGetConfig(worktree);

        // A worktree's hook gets GIT_DIR=<main>/.git/worktrees/feature and no GIT_WORK_TREE; the build starts at its root.
        var gitDir = wt.Git("rev-parse", "--absolute-git-dir");
        var env = new Dictionary<string, string?> { ["GIT_DIR"] = gitDir };
        var p = DotNet.GetReleaseVersion(Path.Combine(worktree, "probe"), env);

        Assert.Equal("1.1.0-alpha.feature-login.1", p["Version"]);
    }

    [Fact]
    public void PartialClonesGiveTheSameVersionAndNeverPrompt()
    {
        var s = Scenario.Create(extraProperties: "<ReleaseTasksPathFilter>probe/**</ReleaseTasksPathFilter>");
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("feat: in the project", "probe/Feature.cs");
        s.Repo.Commit("fix: elsewhere", "other/Fix.cs");
        s.Repo.Git("config", "uploadpack.allowFilter", "true");
        var expected = s.Version()["Version"];
        Assert.Equal("1.1.0-alpha.1", expected);

        foreach (var filter in new[] { "blob:none", "tree:0" })
        {
            var clone = TestDirectory.Create("partial");
            s.Repo.Git("clone", "-q", "--filter=" + filter, "file://" + s.Repo.Directory, clone);
            TestProject.WriteNuGetConfig(clone);

            var p = DotNet.GetReleaseVersion(Path.Combine(clone, "probe"));

            Assert.Equal(expected, p["Version"]);
        }
    }

    [Fact]
    public void APartialCloneWhoseRemoteIsGoneIsACodedErrorNotAHang()
    {
        var origin = Scenario.Create(extraProperties: "<ReleaseTasksPathFilter>probe/**</ReleaseTasksPathFilter>");
        origin.Repo.Tag("v1.0.0");
        origin.Repo.Commit("feat: in the project", "probe/Feature.cs");
        origin.Repo.Git("config", "uploadpack.allowFilter", "true");
        var clone = TestDirectory.Create("partial");
        origin.Repo.Git("clone", "-q", "--filter=tree:0", "file://" + origin.Repo.Directory, clone);
        TestProject.WriteNuGetConfig(clone);
        Directory.Delete(origin.Repo.Directory, recursive: true);

        var p = DotNet.GetReleaseVersion(Path.Combine(clone, "probe"), null, "-p:ReleaseTasksGitTimeout=60");

        Assert.NotEqual(0, p.Result.ExitCode);
        Assert.Contains("error RT1005", p.Output);
        Assert.Contains("partial clone", p.Output);
        Assert.DoesNotContain("   at ", p.Output);
    }
}
