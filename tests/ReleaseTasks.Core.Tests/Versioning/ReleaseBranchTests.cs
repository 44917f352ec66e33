using ReleaseTasks.Diagnostics;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

/// <summary>CreateReleaseBranch's rules, against real repositories.</summary>
public class ReleaseBranchTests
{
    private static ReleaseBranchOutcome Create(TempRepository repo, string? requested = null, string branch = "main", string version = "1.3.0-alpha.1", bool dryRun = false) =>
        ReleaseBranch.Create(new ReleaseBranchRequest(repo.Directory) { Branch = branch, Version = version, RequestedVersion = requested, DryRun = dryRun });

    private static TempRepository OnMain()
    {
        var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v1.2.0");
        repo.Commit("feat: b");
        return repo;
    }

    [Fact]
    public void CutsTheLineMainWouldReleaseAtHeadWithoutSwitchingAndAgainIsANoOp()
    {
        using var repo = OnMain();
        var head = repo.Head;

        var outcome = Create(repo);

        Assert.Empty(outcome.Diagnostics);
        Assert.True(outcome.Created);
        Assert.Equal("release/1.3", outcome.Branch);
        Assert.Equal(head, repo.Git("rev-parse", "release/1.3"));
        Assert.Equal("main", repo.Git("branch", "--show-current"));
        Assert.DoesNotContain("branch.release/", repo.Git("config", "--list", "--local"));

        var again = Create(repo);
        Assert.Empty(again.Diagnostics);
        Assert.False(again.Created);
    }

    [Fact]
    public void ARequestedLineIsUsedAndADryRunChangesNothing()
    {
        using var repo = OnMain();
        var dry = Create(repo, "2.0", dryRun: true);
        Assert.Empty(dry.Diagnostics);
        Assert.Contains(dry.Messages, m => m.Contains("would create release/2.0"));
        Assert.Equal("", repo.Git("branch", "--list", "release/*"));

        Assert.True(Create(repo, "2.0").Created);
        Assert.Equal(repo.Head, repo.Git("rev-parse", "release/2.0"));
    }

    [Fact]
    public void OffTheMainLineItIsRt1014()
    {
        using var repo = OnMain();
        repo.Git("switch", "-q", "-c", "feature/x");
        var outcome = Create(repo, branch: "feature/x");
        Assert.Equal(DiagnosticCatalog.ReleaseBranchNotFromMainLine, Assert.Single(outcome.Diagnostics).Code);
        Assert.Equal("", repo.Git("branch", "--list", "release/*"));
    }

    [Fact]
    public void AnExistingBranchElsewhereLocallyOrOnlyOnOriginIsRt1015()
    {
        using var origin = OnMain();
        origin.Git("branch", "release/1.3", "HEAD~1");
        Assert.Equal(DiagnosticCatalog.ReleaseBranchExists, Assert.Single(Create(origin).Diagnostics).Code);

        using var clone = new TempRepository(init: false);
        clone.GitIn(System.IO.Path.GetTempPath(), null, "clone", "-q", "file://" + origin.Directory, clone.Directory);
        var outcome = Create(clone);
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal(DiagnosticCatalog.ReleaseBranchExists, error.Code);
        Assert.Contains("origin/release/1.3", error.Message);
        Assert.Equal("", clone.Git("branch", "--list", "release/*"));
    }

    [Theory]
    [InlineData("1.2")]
    [InlineData("1.1")]
    public void ALineAtOrBelowAReleaseIsRt1016(string requested)
    {
        using var repo = OnMain();
        var error = Assert.Single(Create(repo, requested).Diagnostics);
        Assert.Equal(DiagnosticCatalog.ReleaseBranchAlreadyReleased, error.Code);
        Assert.Contains("v1.2.0", error.Message);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1.3-rc")]
    [InlineData("release/1.3")]
    public void ARequestedLineThatIsNotMajorMinorIsRt0001(string requested)
    {
        using var repo = OnMain();
        var error = Assert.Single(Create(repo, requested).Diagnostics);
        Assert.Equal(DiagnosticCatalog.InvalidProperty, error.Code);
        Assert.Contains("ReleaseTasksReleaseBranchVersion", error.Message);
    }
}
