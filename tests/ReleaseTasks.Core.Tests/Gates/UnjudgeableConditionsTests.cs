using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReleaseTasks.Coverage;
using ReleaseTasks.Gates;

namespace ReleaseTasks.Tests.Gates;

/// <summary>A condition that cannot be judged is an error that says what was expected and what was found, never a pass.</summary>
public class UnjudgeableConditionsTests
{
    private static CoverageReport Report()
    {
        var r = new CoverageReport();
        for (var i = 1; i <= 10; i++) r.Add("src/Calc/Calc.cs", "Calc", i, new LineCoverage { Hits = 1 });
        for (var i = 1; i <= 4; i++) r.Add("tests/Calc.Tests/CalcTests.cs", "Calc.Tests", i, new LineCoverage { Hits = 1 });
        return r;
    }

    [Fact]
    public void AnAssemblyMinimumForAnAssemblyWithoutDataFailsAndNamesTheAssembliesPresent()
    {
        var settings = new GateSettings { LineThreshold = null, AssemblyThresholds = new Dictionary<string, double> { ["Calcc"] = 90 } };

        var outcome = QualityGates.Evaluate(new GateInputs { Coverage = Report() }, settings);

        Assert.False(outcome.Passed);
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal("RT2013", error.Code);
        Assert.Contains("ReleaseTasksAssemblyCoverage 'Calcc' (minimum 90 %) cannot be judged", error.Message);
        Assert.Contains("Assemblies in the reports: 'Calc'.", error.Message);
        var row = Assert.Single(outcome.Conditions);
        Assert.Equal(("Line coverage of Calcc", "no data", false), (row.Name, row.Actual, row.Passed));
    }

    [Fact]
    public void AnAssemblyLeftOutByTheExclusionsSaysSo()
    {
        var settings = new GateSettings { LineThreshold = null, AssemblyThresholds = new Dictionary<string, double> { ["Calc.Tests"] = 50 } };

        var error = Assert.Single(QualityGates.Evaluate(new GateInputs { Coverage = Report() }, settings).Diagnostics);

        Assert.Equal("RT2013", error.Code);
        Assert.Contains("'Calc.Tests' is in the reports but ReleaseTasksCoverageExclude or ReleaseTasksCoverageExcludeAssemblies leaves it out", error.Message);
    }

    [Fact]
    public void ATotalOfNoCoverableLineFailsInsteadOfCountingAsFullCoverage()
    {
        var settings = new GateSettings { LineThreshold = 80, BranchThreshold = 50, ExcludeFiles = new[] { "src/**" } };

        var outcome = QualityGates.Evaluate(new GateInputs { Coverage = Report() }, settings);

        Assert.False(outcome.Passed);
        Assert.Equal(new[] { "RT2014", "RT2014" }, outcome.Diagnostics.Select(d => d.Code));
        Assert.Contains("Line coverage cannot be judged: the coverage reports hold 2 file(s) of 'Calc', 'Calc.Tests', and the exclusions leave none of them.", outcome.Diagnostics[0].Message);
        Assert.All(outcome.Conditions, c => Assert.False(c.Passed));

        var empty = QualityGates.Evaluate(new GateInputs { Coverage = new CoverageReport() }, new GateSettings());
        Assert.Contains("hold no source file", Assert.Single(empty.Diagnostics).Message);
    }

    [Fact]
    public void BranchThresholdOnReportsWithoutBranchDataFails()
    {
        var outcome = QualityGates.Evaluate(new GateInputs { Coverage = Report() }, new GateSettings { LineThreshold = null, BranchThreshold = 50 });

        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal("RT2014", error.Code);
        Assert.Contains("no branch in their 10 coverable line(s)", error.Message);
    }

    [Theory]
    [InlineData(null, "the file does not exist")]
    [InlineData("{ \"lines\": 80 }", "it has no \"line_percent\" figure")]
    [InlineData("{ \"line_percent\": 180 }", "its line_percent 180 is above 100")]
    public void AMissingOrUnreadableBaselineFailsNamingTheFile(string? content, string problem)
    {
        var path = Path.Combine(Path.GetTempPath(), "rt-baseline-" + System.Guid.NewGuid().ToString("N") + ".json");
        if (content != null) File.WriteAllText(path, content);
        var (percent, why) = CoverageBaseline.Read(path);
        Assert.Null(percent);

        var outcome = QualityGates.Evaluate(new GateInputs { Coverage = Report(), BaselinePercent = percent, BaselineProblem = why, BaselineFile = "coverage-baseline.json" },
            new GateSettings { LineThreshold = null });

        Assert.False(outcome.Passed);
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal("RT2015", error.Code);
        Assert.Equal("coverage-baseline.json", error.File);
        Assert.Contains("The coverage baseline coverage-baseline.json cannot be used: " + problem, error.Message);
    }

    [Theory]
    [InlineData("/app/src/Calc/Calc.cs")]            // written in a container
    [InlineData("C:/Agent/_work/1/s/src/Calc/Calc.cs")] // another machine's drive
    [InlineData("/_/src/Calc/Calc.cs")]             // deterministic, not mapped back
    public void ChangedFilesThatMatchNoFileOfTheReportsFailAndShowBothSides(string reportPath)
    {
        var coverage = new CoverageReport();
        for (var i = 1; i <= 10; i++) coverage.Add(reportPath, "Calc", i, new LineCoverage { Hits = 0 });
        var changed = new ChangedLines(new Dictionary<string, SortedSet<int>> { ["src/Calc/Calc.cs"] = new() { 1, 2, 3 }, ["README.md"] = new() { 1 } }, "origin/main (abc1234)");

        var outcome = QualityGates.Evaluate(new GateInputs { Coverage = coverage, Changed = changed }, new GateSettings { LineThreshold = null, ChangedLineThreshold = 80 });

        Assert.False(outcome.Passed);
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal("RT2016", error.Code);
        Assert.Contains("none of the 2 file(s) changed since origin/main (abc1234) matches a file of the coverage reports", error.Message);
        Assert.Contains("Changed (repository-relative): 'src/Calc/Calc.cs'", error.Message);
        Assert.Contains($"In the reports: '{reportPath}'", error.Message);
    }

    [Fact]
    public void AChangeToFilesNoReportCoversIsNotJudgedAndPasses()
    {
        var changed = new ChangedLines(new Dictionary<string, SortedSet<int>> { ["docs/guide.md"] = new() { 1 }, ["tests/Other/OtherTests.cs"] = new() { 3 } }, "main");

        var outcome = QualityGates.Evaluate(new GateInputs { Coverage = Report(), Changed = changed }, new GateSettings { LineThreshold = null, ChangedLineThreshold = 80 });

        Assert.True(outcome.Passed);
        Assert.Equal("not judged", Assert.Single(outcome.Conditions).Detail);
    }
}
