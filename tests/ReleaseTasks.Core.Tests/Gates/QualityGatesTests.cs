using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReleaseTasks.Coverage;
using ReleaseTasks.Gates;

namespace ReleaseTasks.Tests.Gates;

public class QualityGatesTests
{
    private static CoverageReport Report()
    {
        var r = new CoverageReport();
        for (var i = 1; i <= 10; i++) r.Add("src/A/a.cs", "A", i, new LineCoverage { Hits = i <= 9 ? 1 : 0 });
        for (var i = 1; i <= 10; i++) r.Add("src/B/b.cs", "B", i, new LineCoverage { Hits = i <= 3 ? 1 : 0, BranchesTotal = i == 1 ? 2 : 0, BranchesCovered = i == 1 ? 1 : 0 });
        for (var i = 1; i <= 4; i++) r.Add("tests/T/t.cs", "A.Tests", i, new LineCoverage { Hits = 1 });
        return r;
    }

    [Fact]
    public void LineCoverageBelowTheThresholdNamesActualRequiredAndTheWorstAssemblies()
    {
        var outcome = QualityGates.Evaluate(new GateInputs { Coverage = Report() }, new GateSettings());

        Assert.False(outcome.Passed);
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal("RT2002", error.Code);
        Assert.Equal("Line coverage is 60 % (12 of 20), below the required 80 %. Least covered: B 30 % (3/10), A 90 % (9/10). " +
                     "Add tests for that code, or change ReleaseTasksLineCoverageThreshold.", error.Message);
        Assert.Equal(new CoverageSummary(12, 20, 1, 2), outcome.Total);
    }

    [Fact]
    public void ExclusionsAndPerAssemblyMinimums()
    {
        var settings = new GateSettings
        {
            LineThreshold = 80, ExcludeFiles = new[] { "src/B/**" },
            AssemblyThresholds = new Dictionary<string, double> { ["A"] = 95 },
        };

        var outcome = QualityGates.Evaluate(new GateInputs { Coverage = Report() }, settings);

        Assert.Equal(new[] { "RT2004" }, outcome.Diagnostics.Select(d => d.Code));
        Assert.Contains("Assembly A has 90 % line coverage (9 of 10 lines), below its minimum 95 %. Least covered files: src/A/a.cs 90 % (9/10)", outcome.Diagnostics[0].Message);
    }

    [Fact]
    public void BranchThreshold()
    {
        var outcome = QualityGates.Evaluate(new GateInputs { Coverage = Report() }, new GateSettings { LineThreshold = null, BranchThreshold = 60 });

        Assert.Equal("RT2003", Assert.Single(outcome.Diagnostics).Code);
        Assert.Contains("Branch coverage is 50 % (1 of 2)", outcome.Diagnostics[0].Message);
    }

    [Fact]
    public void ChangedLinesAreJudgedOnTheirOwnAndEachUncoveredOneIsAWarningAtItsLine()
    {
        var changed = new ChangedLines(ChangedLines.ParseDiff(
            "diff --git a/src/B/b.cs b/src/B/b.cs\n--- a/src/B/b.cs\n+++ b/src/B/b.cs\n@@ -2,0 +3,3 @@\n+x\n+y\n+z\n" +
            "diff --git a/README.md b/README.md\n+++ b/README.md\n@@ -1 +1 @@\n-a\n+b\n"), "main (abc1234)");

        var outcome = QualityGates.Evaluate(new GateInputs { Coverage = Report(), Changed = changed },
            new GateSettings { LineThreshold = null, ChangedLineThreshold = 80, MaxLineWarnings = 1 });

        Assert.Equal(new[] { "RT2005", "RT2006", "RT2006" }, outcome.Diagnostics.Select(d => d.Code));
        Assert.Contains("is 33.3 % (1 of 3 lines), below the required 80 %", outcome.Diagnostics[0].Message);
        Assert.Equal(("src/B/b.cs", 4), (outcome.Diagnostics[1].File, outcome.Diagnostics[1].Line));
        Assert.Contains("1 more uncovered changed lines", outcome.Diagnostics[2].Message);
    }

    [Fact]
    public void TooFewChangedLinesAreNotJudged()
    {
        var changed = new ChangedLines(new Dictionary<string, SortedSet<int>> { ["src/B/b.cs"] = new() { 10 } }, "main");

        var outcome = QualityGates.Evaluate(new GateInputs { Coverage = Report(), Changed = changed },
            new GateSettings { LineThreshold = null, ChangedLineThreshold = 80, ChangedLinesMinimum = 5 });

        Assert.True(outcome.Passed);
        Assert.Equal("not judged", outcome.Conditions.Single().Detail);
    }

    [Fact]
    public void BaselineRatchetWithTolerance()
    {
        var settings = new GateSettings { LineThreshold = null, BaselineTolerance = 0.5 };
        Assert.True(QualityGates.Evaluate(new GateInputs { Coverage = Report(), BaselinePercent = 60.4, BaselineFile = "b.json" }, settings).Passed);

        var dropped = QualityGates.Evaluate(new GateInputs { Coverage = Report(), BaselinePercent = 61, BaselineFile = "b.json" }, settings);
        Assert.Equal("RT2007", Assert.Single(dropped.Diagnostics).Code);

        var path = Path.GetTempFileName();
        CoverageBaseline.Write(path, 61.234);
        var read = CoverageBaseline.Read(path).Percent;
        File.Delete(path);
        Assert.Equal(61.23, read);
    }

    [Fact]
    public void TrxFilesFromRealRuns()
    {
        var dir = Path.Combine(System.AppContext.BaseDirectory, "fixtures", "trx");
        var failed = new TestResults();
        failed.Read(Path.Combine(dir, "one-failed.trx"));
        var passed = new TestResults();
        passed.Read(Path.Combine(dir, "all-passed.trx"));

        var bad = QualityGates.Evaluate(new GateInputs { Tests = failed }, new GateSettings());
        Assert.Equal("RT2008", Assert.Single(bad.Diagnostics).Code);
        Assert.Contains("TestsB.Tests.FailsOnRequest", bad.Diagnostics[0].Message);
        Assert.True(QualityGates.Evaluate(new GateInputs { Tests = passed }, new GateSettings()).Passed);
        Assert.Equal("RT2009", Assert.Single(QualityGates.Evaluate(new GateInputs { Tests = new TestResults() }, new GateSettings()).Diagnostics).Code);
    }

    [Fact]
    public void NuGetAuditFindingsFailReleaseBuildsAtOrAboveTheLevel()
    {
        const string assets = """
            { "version": 3, "logs": [
              { "code": "NU1902", "level": "Warning", "message": "Package 'A' 1.0.0 has a known moderate severity vulnerability, https://x/1", "libraryId": "A" },
              { "code": "NU1903", "level": "Warning", "warningLevel": 1, "message": "Package 'B' 2.0.0 has a known high severity vulnerability, https://x/2", "libraryId": "B", "targetGraphs": [ "net8.0" ] },
              { "code": "NU1603", "level": "Warning", "message": "unrelated" } ] }
            """;
        var found = VulnerablePackages.FromAssetsFile(assets);
        Assert.Equal(new[] { VulnerabilitySeverity.Moderate, VulnerabilitySeverity.High }, found.Select(f => f.Severity));

        var release = QualityGates.Evaluate(new GateInputs { Vulnerabilities = found }, new GateSettings { AuditLevel = VulnerabilitySeverity.High, IsReleaseBuild = true });
        Assert.Equal("RT2010", Assert.Single(release.Diagnostics).Code);
        Assert.Contains("Package 'B' 2.0.0", release.Diagnostics[0].Message);

        var debug = QualityGates.Evaluate(new GateInputs { Vulnerabilities = found }, new GateSettings { AuditLevel = VulnerabilitySeverity.Low });
        Assert.Empty(debug.Diagnostics);
    }

    [Fact]
    public void ReportsShowTheTable()
    {
        var outcome = QualityGates.Evaluate(new GateInputs { Coverage = Report() }, new GateSettings());

        Assert.Contains("| Line coverage | 60 % | ≥ 80 % | ❌ failed |", GateReport.Markdown(outcome));
        Assert.Equal("Line coverage  60 %    ≥ 80 %    FAILED", GateReport.ConsoleTable(outcome)[2]);
        using var json = System.Text.Json.JsonDocument.Parse(GateReport.Json(outcome));
        Assert.False(json.RootElement.GetProperty("passed").GetBoolean());
        Assert.Equal("60", json.RootElement.GetProperty("total").GetProperty("line_percent").GetString());
    }
}
