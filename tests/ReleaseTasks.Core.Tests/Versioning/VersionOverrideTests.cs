using System.Linq;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

/// <summary>Release-As footers, +semver: directives and ReleaseTasksMinimumVersion, on real repositories.</summary>
public class VersionOverrideTests
{
    private static VersionResult Version(string dir, VersionSettings? settings = null) =>
        ReleaseVersionResolver.Resolve(new VersionRequest(dir, settings ?? new VersionSettings()) { Environment = _ => null }).Result;

    private static string Short(string id) => id.Substring(0, 7);

    [Fact]
    public void AReleaseAsFooterSetsTheNextCoreAndTheExplanationNamesItsCommit()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v1.2.0");
        var asking = repo.Commit("fix: b\n\nRelease-As: 2.0.0");
        repo.Commit("fix: c");

        var r = Version(repo.Directory);

        Assert.Equal("2.0.0-alpha.2", r.PackageVersion);
        Assert.Contains($"Release-As 2.0.0 in {Short(asking)}", r.Explanation);
        Assert.DoesNotContain(r.Diagnostics, d => d.Code.StartsWith("RT101"));
    }

    [Fact]
    public void AReleaseAsLowerThanTheRulesGiveIsWarnedAndIgnored()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v1.2.0");
        var asking = repo.Commit("feat: b\n\nrelease-as: 1.2.1");

        var r = Version(repo.Directory);

        Assert.Equal("1.3.0-alpha.1", r.PackageVersion);
        var warning = Assert.Single(r.Diagnostics, d => d.Code == DiagnosticCatalog.ReleaseAsBelowRules);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains(Short(asking), warning.Message);
        Assert.Contains("1.3.0", warning.Message);
    }

    [Fact]
    public void AReleaseAsThatIsNotAVersionIsWarnedAndTheNewestValidOneWins()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v1.2.0");
        repo.Commit("fix: b\n\nRelease-As: 3.0.0");
        var newer = repo.Commit("fix: c\n\nRelease-As: 2.5.0");
        var bad = repo.Commit("fix: d\n\nRelease-As: 2.0");

        var r = Version(repo.Directory);

        Assert.Equal("2.5.0-alpha.3", r.PackageVersion);
        Assert.Contains($"Release-As 2.5.0 in {Short(newer)}", r.Explanation);
        var warning = Assert.Single(r.Diagnostics, d => d.Code == DiagnosticCatalog.ReleaseAsNotAVersion);
        Assert.Contains(Short(bad), warning.Message);
    }

    [Fact]
    public void AReleaseAsInAMessageBodyIsNoFooterAndAReleaseAsBeforeTheTagIsSpent()
    {
        using var repo = new TempRepository();
        repo.Commit("fix: a\n\nRelease-As: 5.0.0");
        repo.Git("tag", "v1.2.0");
        repo.Commit("fix: b\n\nWe could say Release-As: 4.0.0 here.\nIt is prose.");

        Assert.Equal("1.2.1-alpha.1", Version(repo.Directory).PackageVersion);
    }

    [Fact]
    public void AReleaseAsLiftsAPreReleaseLineToItsOwnCoreWithTheBranchLabel()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v2.0.0-rc.1");
        repo.Commit("fix: b\n\nRelease-As: 3.0.0");

        Assert.Equal("3.0.0-alpha.1", Version(repo.Directory).PackageVersion);
    }

    [Theory]
    [InlineData("fix: a +semver: minor", "1.3.0-alpha.1", "+semver: minor")]
    [InlineData("Rework the parser\n\n+semver:major", "2.0.0-alpha.1", "+semver: major")]
    [InlineData("feat: a\n\n+SEMVER: Patch", "1.2.1-alpha.1", "+semver: patch")]
    [InlineData("fix: a +semver: breaking", "2.0.0-alpha.1", "+semver: major")]
    [InlineData("fix: a +semver: feature", "1.3.0-alpha.1", "+semver: minor")]
    [InlineData("feat: a +semver: fix", "1.2.1-alpha.1", "+semver: patch")]
    public void ASemverDirectiveSetsItsCommitsBump(string message, string expected, string named)
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v1.2.0");
        var id = repo.Commit(message);

        var r = Version(repo.Directory);

        Assert.Equal(expected, r.PackageVersion);
        Assert.Contains($"{named} {Short(id)}", r.Explanation);
    }

    [Fact]
    public void SemverNoneAndSkipCountForNothingSoTheOtherCommitsDecide()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v1.2.0");
        var fix = repo.Commit("fix: b");
        repo.Commit("feat: c +semver: none");
        repo.Commit("feat!: d\n\n+semver: skip");

        var r = Version(repo.Directory);

        Assert.Equal("1.2.1-alpha.3", r.PackageVersion);
        Assert.Contains($"fix {Short(fix)} → patch", r.Explanation);
    }

    [Fact]
    public void OnlySemverNoneCommitsStillGiveAVersionAboveTheRelease()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v1.2.0");
        repo.Commit("docs: b +semver: none");

        var r = Version(repo.Directory);

        Assert.Equal("1.2.1-alpha.1", r.PackageVersion);
        Assert.Contains("+semver: none on every commit → patch", r.Explanation);
    }

    [Fact]
    public void SemverMajorLeavesZeroXWhereABreakingChangeIsAMinor()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v0.4.0");
        repo.Commit("feat!: b");
        Assert.Equal("0.5.0-alpha.1", Version(repo.Directory).PackageVersion);
        repo.Commit("chore: ready +semver: major");
        Assert.Equal("1.0.0-alpha.2", Version(repo.Directory).PackageVersion);
    }

    [Fact]
    public void SemverWordsMustEndThere()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v1.2.0");
        repo.Commit("fix: the +semver: majority case");

        Assert.Equal("1.2.1-alpha.1", Version(repo.Directory).PackageVersion);
    }

    [Theory]
    [InlineData("2.0", "2.0.0-alpha.1")]
    [InlineData("1.2", "1.2.1-alpha.1")]
    [InlineData("1.2.5", "1.2.5-alpha.1")]
    [InlineData("1.1.0", "1.2.1-alpha.1")]
    public void TheMinimumVersionIsAFloorComparedAsMinVerDoes(string minimum, string expected)
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Git("tag", "v1.2.0");
        repo.Commit("fix: b");
        var (settings, errors) = VersionSettingsReader.Read(new VersionSettingsReader.Texts { MinimumVersion = minimum });
        Assert.Empty(errors);

        var r = Version(repo.Directory, settings);

        Assert.Equal(expected, r.PackageVersion);
        Assert.Equal(expected != "1.2.1-alpha.1", r.Explanation.Contains("ReleaseTasksMinimumVersion " + minimum));
    }

    [Fact]
    public void TheMinimumVersionAppliesWithoutATagButNeverToATaggedHead()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        var settings = new VersionSettings { MinimumVersion = new NuGet.Versioning.SemanticVersion(3, 0, 0), MinimumIsMajorMinor = true };
        Assert.Equal("3.0.0-alpha.1", Version(repo.Directory, settings).PackageVersion);
        repo.Git("tag", "v1.0.0");
        Assert.Equal("1.0.0", Version(repo.Directory, settings).PackageVersion);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("2.0.0-beta")]
    [InlineData("v2.0")]
    [InlineData("02.0")]
    [InlineData("2.0.0.0")]
    public void AMinimumVersionThatIsNotMajorMinorIsRt0001(string text)
    {
        var (_, errors) = VersionSettingsReader.Read(new VersionSettingsReader.Texts { MinimumVersion = text });
        var error = Assert.Single(errors);
        Assert.Equal(DiagnosticCatalog.InvalidProperty, error.Code);
        Assert.Contains("ReleaseTasksMinimumVersion", error.Message);
    }
}
