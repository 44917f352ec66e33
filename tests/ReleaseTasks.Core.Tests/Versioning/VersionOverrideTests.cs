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

    // ---- before the first tag (a new project, or a new prefix in a monorepo) ----

    [Fact]
    public void BeforeTheFirstTagAReleaseAsSetsTheFirstReleaseAndIsNamed()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        var asking = repo.Commit("chore: first stable release\n\nRelease-As: 1.0.0");
        repo.Commit("fix: b");

        var r = Version(repo.Directory);

        Assert.Equal("1.0.0-alpha.3", r.PackageVersion);
        Assert.Contains($"Release-As 1.0.0 in {Short(asking)}", r.Explanation);
        Assert.StartsWith("1.0.0-alpha.3 (no version tag; 0.1.0 + 3 commits on main", r.Explanation);
        Assert.DoesNotContain(r.Diagnostics, d => d.Code.StartsWith("RT101"));
    }

    [Fact]
    public void BeforeTheFirstTagAReleaseAsBelowTheInitialVersionIsWarnedAndIgnored()
    {
        using var repo = new TempRepository();
        var asking = repo.Commit("feat: a\n\nRelease-As: 0.0.5");

        var r = Version(repo.Directory);

        Assert.Equal("0.1.0-alpha.1", r.PackageVersion);
        var warning = Assert.Single(r.Diagnostics, d => d.Code == DiagnosticCatalog.ReleaseAsBelowRules);
        Assert.Contains(Short(asking), warning.Message);
        Assert.Contains("0.1.0", warning.Message);
    }

    [Fact]
    public void BeforeTheFirstTagAReleaseAsThatIsNotAVersionIsRt1012()
    {
        using var repo = new TempRepository();
        var bad = repo.Commit("feat: a\n\nRelease-As: one");

        var r = Version(repo.Directory);

        Assert.Equal("0.1.0-alpha.1", r.PackageVersion);
        Assert.Contains(Short(bad), Assert.Single(r.Diagnostics, d => d.Code == DiagnosticCatalog.ReleaseAsNotAVersion).Message);
    }

    [Theory]
    // GitVersion 6: the fallback base 0.0.0 bumped by the directives, and the highest base wins (the initial version).
    [InlineData("Start +semver: major", "1.0.0-alpha.2", "+semver: major")]
    [InlineData("feat: a\n\n+semver: breaking", "1.0.0-alpha.2", "+semver: major")]
    [InlineData("feat: a +semver: minor", "0.1.0-alpha.2", null)]
    [InlineData("fix: a +semver: patch", "0.1.0-alpha.2", null)]
    [InlineData("feat!: a +semver: none", "0.1.0-alpha.2", null)]
    public void BeforeTheFirstTagASemverDirectiveBumpsFromZeroAndTheInitialVersionIsTheFloor(string message, string expected, string? named)
    {
        using var repo = new TempRepository();
        repo.Commit("chore: init");
        var id = repo.Commit(message);

        var r = Version(repo.Directory);

        Assert.Equal(expected, r.PackageVersion);
        if (named != null) Assert.Contains($"{named} {Short(id)} → 1.0.0", r.Explanation);
        else Assert.DoesNotContain("+semver", r.Explanation);
    }

    [Fact]
    public void BeforeTheFirstTagCommitTypesStillBumpNothing()
    {
        using var repo = new TempRepository();
        repo.Commits("feat: a", "feat!: b");

        Assert.Equal("0.1.0-alpha.2", Version(repo.Directory).PackageVersion);
    }

    [Fact]
    public void BeforeTheFirstTagTheOverridesApplyInTheirOrder()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a +semver: major");
        var asking = repo.Commit("fix: b\n\nRelease-As: 0.9.0");

        // Release-As below what +semver: major gives is RT1011 and ignored, exactly as after a tag.
        var r = Version(repo.Directory);
        Assert.Equal("1.0.0-alpha.2", r.PackageVersion);
        Assert.Contains(Short(asking), Assert.Single(r.Diagnostics, d => d.Code == DiagnosticCatalog.ReleaseAsBelowRules).Message);

        repo.Commit("fix: c\n\nRelease-As: 2.0.0");
        var settings = new VersionSettings { MinimumVersion = new NuGet.Versioning.SemanticVersion(3, 0, 0), MinimumIsMajorMinor = true };
        var floored = Version(repo.Directory, settings);
        Assert.Equal("3.0.0-alpha.3", floored.PackageVersion);
        Assert.Contains("Release-As 2.0.0", floored.Explanation);
        Assert.Contains("ReleaseTasksMinimumVersion 3.0", floored.Explanation);
    }

    [Fact]
    public void ANewPrefixInAMonorepoReadsItsOwnHistoryBeforeItsFirstTag()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: lib a", path: "liba/a.cs");
        repo.Git("tag", "liba-v2.3.0");
        var asking = repo.Commit("feat(libb): first\n\nRelease-As: 1.0.0", path: "libb/b.cs");
        repo.Commit("fix(liba): other project\n\nRelease-As: 5.0.0", path: "liba/a2.cs");

        var settings = new VersionSettings { TagPrefix = "libb-v", PathFilters = new[] { "libb/**" } };
        var r = Version(repo.Directory, settings);

        Assert.Equal("1.0.0-alpha.1", r.PackageVersion);
        Assert.Contains($"Release-As 1.0.0 in {Short(asking)}", r.Explanation);
    }

    [Fact]
    public void AfterTheFirstTagTheDirectivesBeforeItAreSpent()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a\n\nRelease-As: 1.0.0");
        repo.Commit("fix: b +semver: major");
        Assert.Equal("1.0.0-alpha.2", Version(repo.Directory).PackageVersion);
        repo.Git("tag", "v1.0.0");
        repo.Commit("fix: c");

        Assert.Equal("1.0.1-alpha.1", Version(repo.Directory).PackageVersion);
    }

    [Fact]
    public void BeforeTheFirstTagTheHistoryIsReadInPlaceOfTheCountWithNoMoreGitProcesses()
    {
        using var repo = new TempRepository();
        repo.Commit("feat: a");
        repo.Commit("fix: b\n\nRelease-As: 1.0.0");
        var resolution = ReleaseVersionResolver.Resolve(new VersionRequest(repo.Directory, new VersionSettings()) { Environment = _ => null });

        // for-each-ref and the log of the history; HEAD's date comes with that log (the count and the date took two).
        Assert.Equal(2, resolution.GitProcesses);
        Assert.Equal(int.Parse(repo.Git("rev-list", "--count", "HEAD"), System.Globalization.CultureInfo.InvariantCulture), resolution.Result.Height);
        Assert.Equal("1.0.0-alpha.2", resolution.Result.PackageVersion);
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
