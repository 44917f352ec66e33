using System;
using System.Linq;
using ReleaseTasks.Gates;
using ReleaseTasks.Git;
using ReleaseTasks.Releasing;

namespace ReleaseTasks.Tests.Releasing;

/// <summary>Issue 10 item 1: the checklist judged from facts read from a real repository.</summary>
public sealed class ReleaseReadinessTests : IDisposable
{
    private readonly TempRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    private ReadinessFacts Facts(string version, string prefix = "") => new()
    {
        Version = version,
        TagPrefix = prefix,
        HeadCommit = _repo.Head,
        Tags = new GitCliHistory("git", _repo.Directory).AllTags(),
        Branch = "main",
        ChangelogFile = "CHANGELOG.md",
        ReleaseNotesFile = "obj/ReleaseNotes.md",
        ReleaseNotesWritten = true,
        Now = new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero),
    };

    private static ReadinessItem Item(ReadinessOutcome outcome, string name) => outcome.Items.Single(i => i.Name == name);

    [Fact]
    public void ThePreReleaseLabelIsDroppedAndTheVersionMustBeHigherThanEveryReleaseOfThePrefixReachableOrNot()
    {
        _repo.Commit("feat: one");
        _repo.Git("tag", "v1.2.0");
        _repo.Git("checkout", "-q", "-b", "other");
        _repo.Commit("feat: elsewhere");
        _repo.Git("tag", "v1.3.0");
        _repo.Git("checkout", "-q", "main");
        _repo.Commit("feat: two");

        var outcome = ReleaseReadiness.Judge(Facts("1.3.0-alpha.1"), strict: false);
        Assert.Equal("1.3.0", outcome.ReleaseVersion);
        var version = Item(outcome, "Version to release");
        Assert.Equal(ReadinessState.Failed, version.State);
        Assert.Equal("RT4001", version.Code);
        Assert.Contains("v1.3.0", version.Detail);
        var tag = Item(outcome, "Tag");
        Assert.Equal("RT4004", tag.Code);
        Assert.False(outcome.Ready);

        var higher = ReleaseReadiness.Judge(Facts("1.4.0-alpha.1"), strict: false);
        Assert.Equal(ReadinessState.Passed, Item(higher, "Version to release").State);
        Assert.Equal("v1.4.0", higher.TagName);
    }

    [Fact]
    public void OnTheTagItsVersionIsTheReleaseAndTheTagItemPasses()
    {
        _repo.Commit("feat: one");
        _repo.Git("tag", "-a", "-m", "notes", "mylib-v2.0.0-rc.1");
        var outcome = ReleaseReadiness.Judge(Facts("2.0.0-rc.1", "mylib-v"), strict: false);
        Assert.Equal("2.0.0-rc.1", outcome.ReleaseVersion);
        Assert.Equal("mylib-v2.0.0-rc.1", outcome.TagName);
        Assert.Equal(ReadinessState.Passed, Item(outcome, "Tag").State);
        Assert.Equal(ReadinessState.Passed, Item(outcome, "Version to release").State);
    }

    [Fact]
    public void BranchTreeAndGateFactsGiveTheirItemsAndStrictModeFailsWhatWasNotJudged()
    {
        _repo.Commit("fix: one");
        var facts = Facts("0.1.0-alpha.1") with
        {
            Branch = "feature/login",
            UncommittedChanges = new[] { " M src/A.cs", "?? notes.txt" },
            GateConditions = new[] { new GateCondition("Tests", "3 passed, 1 failed (a.trx)", "none failed", false) },
            TestResultsGiven = true,
            ApiNotJudgedBecause = "no PublicAPI files",
        };
        var outcome = ReleaseReadiness.Judge(facts, strict: false);
        Assert.Equal("RT4002", Item(outcome, "Branch").Code);
        Assert.Contains("src/A.cs, notes.txt", Item(outcome, "Working tree clean").Detail);
        Assert.Equal("RT4005", Item(outcome, "Tests").Code);
        Assert.Equal(ReadinessState.NotJudged, Item(outcome, "Coverage").State);
        Assert.Equal(ReadinessState.NotJudged, Item(outcome, "Public API").State);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "RT4013");
        Assert.All(outcome.Diagnostics, d => Assert.Contains("Fix:", d.Message));

        var strict = ReleaseReadiness.Judge(facts with { Branch = "release/1.0", UncommittedChanges = Array.Empty<string>() }, strict: true);
        Assert.Contains(strict.Diagnostics, d => d.Code == "RT4013" && d.Message.Contains("Coverage"));
        Assert.Contains(strict.Diagnostics, d => d.Code == "RT4013" && d.Message.Contains("Feature freeze"));
    }

    [Fact]
    public void AnApiBreakOfTheCompileFailsThePublicApiItemWithRT4014ShowingTheAnalyzersCodeAndMessage()
    {
        _repo.Commit("fix: one");
        var removed = new ApiBreak("RT5001", "'Lib.Class1.Add() -> int' was public API in v1.0.0 and is gone or changed, but 1.0.1-alpha.1 is not a major release. Declare the break.", "", 0);
        var added = new ApiBreak("RT5004", "'Lib.IShape.Perimeter() -> double' is a new abstract or interface member.", "/src/Lib/Shape.cs", 7);

        var outcome = ReleaseReadiness.Judge(Facts("1.0.1-alpha.1") with { ApiBreaks = new[] { removed, added } }, strict: false);

        var api = Item(outcome, "Public API");
        Assert.Equal(ReadinessState.Failed, api.State);
        Assert.Equal("RT4014", api.Code);
        Assert.Equal("RT5001: 'Lib.Class1.Add() -> int' was public API in v1.0.0 and is gone or changed, but 1.0.1-alpha.1 is not a major release. Declare the break; " +
            "RT5004: 'Lib.IShape.Perimeter() -> double' is a new abstract or interface member (/src/Lib/Shape.cs:7)", api.Detail);
        Assert.Contains("'feat!:'", api.Fix);
        Assert.False(outcome.Ready);
        Assert.Contains(outcome.Diagnostics, d => d.Code == "RT4014" && d.Message.StartsWith("Release not ready: Public API: RT5001: ", StringComparison.Ordinal));

        var many = Enumerable.Range(1, 5).Select(i => removed with { Message = $"'M{i}' was public API" }).ToList();
        Assert.EndsWith("RT5001: 'M3' was public API; and 2 more", Item(ReleaseReadiness.Judge(Facts("1.0.1-alpha.1") with { ApiBreaks = many }, false), "Public API").Detail);
        Assert.Equal(ReadinessState.Passed, Item(ReleaseReadiness.Judge(Facts("1.0.1-alpha.1"), false), "Public API").State);
    }

    [Fact]
    public void EveryItemPassesOnACleanMainWithPassingGates()
    {
        _repo.Commit("feat: one");
        var facts = Facts("0.1.0-alpha.1") with
        {
            GateConditions = new[]
            {
                new GateCondition("Line coverage", "91 %", "≥ 80 %", true),
                new GateCondition("Tests", "4 passed, 0 failed", "none failed", true),
                new GateCondition("Vulnerable dependencies", "0", "none at or above high", true),
            },
        };
        var outcome = ReleaseReadiness.Judge(facts, strict: true);
        Assert.True(outcome.Ready, string.Join("\n", outcome.Diagnostics));
        Assert.All(outcome.Items, i => Assert.Equal(ReadinessState.Passed, i.State));
        Assert.Contains("\"state\": \"passed\"", ReadinessReport.Json(outcome).Replace("\":\"", "\": \""));
        Assert.Contains("| Tests | ✅ passed |", ReadinessReport.Markdown(outcome));
    }
}
