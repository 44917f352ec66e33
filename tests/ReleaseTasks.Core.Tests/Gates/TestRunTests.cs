using System.IO;
using System.Linq;
using ReleaseTasks.Gates;

namespace ReleaseTasks.Tests.Gates;

/// <summary>A run that did not finish fails the tests gate; older runs of the same test project do not mix with the newest.</summary>
public class TestRunTests
{
    private readonly string _dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "rt-trx-" + System.Guid.NewGuid().ToString("N"))).FullName;

    private static string Recorded(string name) => File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "fixtures", "trx", name));

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>What vstest writes when the test host crashes: outcome Failed, 0 failed, and an Error RunInfo.</summary>
    private static string Crashed(string trx) => trx
        .Replace("<ResultSummary outcome=\"Completed\">", "<ResultSummary outcome=\"Failed\">")
        .Replace("</Counters>", "</Counters>")
        .Replace("<Output>\n      <StdOut>", "<RunInfos><RunInfo computerName=\"vm\" outcome=\"Warning\" timestamp=\"2026-11-24T07:00:33\"><Text>a warning</Text></RunInfo>" +
                 "<RunInfo computerName=\"vm\" outcome=\"Error\" timestamp=\"2026-11-24T07:00:33\"><Text>The active test run was aborted. Reason: Test host process crashed</Text></RunInfo></RunInfos>\n    <Output>\n      <StdOut>");

    private static GateOutcome Judge(TestResults results) => QualityGates.Evaluate(new GateInputs { Tests = results }, new GateSettings());

    [Fact]
    public void ACrashedRunWhoseCountersSayNothingFailedFailsTheGate()
    {
        var text = Crashed(Recorded("all-passed.trx"));
        Assert.Contains("outcome=\"Error\"", text);
        var results = new TestResults();
        results.Read(Write("crashed.trx", text));

        var outcome = Judge(results);

        Assert.Equal(0, results.Failed);
        Assert.False(outcome.Passed);
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal("RT2017", error.Code);
        Assert.EndsWith("crashed.trx", error.File);
        Assert.Contains("did not finish: its run outcome is Failed although no test failed (The active test run was aborted. Reason: Test host process crashed)", error.Message);
    }

    [Theory]
    [InlineData("Aborted")]
    [InlineData("Error")]
    [InlineData("Timeout")]
    public void ARunOutcomeOfAbortedOrErrorFailsTheGate(string runOutcome)
    {
        var results = new TestResults();
        results.Read(Write("aborted.trx", Recorded("all-passed.trx").Replace("<ResultSummary outcome=\"Completed\">", $"<ResultSummary outcome=\"{runOutcome}\">")));

        var error = Assert.Single(Judge(results).Diagnostics);

        Assert.Equal("RT2017", error.Code);
        Assert.Contains($"its run outcome is {runOutcome}", error.Message);
    }

    [Fact]
    public void FewerResultsThanTestsStartedFailsTheGate()
    {
        // Two tests defined, one result: the host died while the second test ran.
        var text = Recorded("one-failed.trx");
        var first = text.IndexOf("<UnitTestResult ", System.StringComparison.Ordinal);
        var end = text.IndexOf("</UnitTestResult>", first, System.StringComparison.Ordinal) + "</UnitTestResult>".Length;
        text = text.Remove(first, end - first)
            .Replace("<ResultSummary outcome=\"Failed\">", "<ResultSummary outcome=\"Completed\">")
            .Replace("passed=\"1\" failed=\"1\"", "passed=\"1\" failed=\"0\"");
        var results = new TestResults();
        results.Read(Write("cut.trx", text));

        var error = Assert.Single(Judge(results).Diagnostics);

        Assert.Equal("RT2017", error.Code);
        Assert.Contains("it records 1 result(s) for 2 test(s) started", error.Message);
    }

    [Fact]
    public void OnlyTheNewestRunOfEachTestProjectCountsAndTheTableSaysHowManyFilesWereRead()
    {
        // TestsB failed yesterday and passes today; TestsA ran once. Both of TestsB's files lie in its TestResults/.
        var failedYesterday = Recorded("one-failed.trx").Replace("2026-11-24T07:00:34", "2026-11-23T07:00:34");
        var passedToday = Recorded("one-failed.trx")
            .Replace("outcome=\"Failed\"", "outcome=\"Passed\"").Replace("<ResultSummary outcome=\"Passed\">", "<ResultSummary outcome=\"Completed\">")
            .Replace("passed=\"1\" failed=\"1\"", "passed=\"2\" failed=\"0\"");
        var results = new TestResults();
        // In either order of the glob, the newer run wins.
        results.Read(Write("b-today.trx", passedToday));
        results.Read(Write("a.trx", Recorded("all-passed.trx")));
        results.Read(Write("b-yesterday.trx", failedYesterday));

        var outcome = Judge(results);

        Assert.True(outcome.Passed, string.Join("\n", outcome.Diagnostics));
        Assert.Equal((3, 0), (results.Passed, results.Failed));
        var row = Assert.Single(outcome.Conditions);
        Assert.Equal("3 passed, 0 failed (3 result file(s) read, 1 older set aside)", row.Actual);
        Assert.Matches(@"^Tests +3 passed, 0 failed \(3 result file\(s\) read, 1 older set aside\) ", GateReport.ConsoleTable(outcome)[2]);
        Assert.Equal("Read: 3 TRX file(s), 1 older run(s) set aside as stale (RT2018)", GateReport.ConsoleTable(outcome)[3]);
        Assert.Contains("\nRead: 3 TRX file(s), 1 older run(s) set aside as stale (RT2018)\n", GateReport.Markdown(outcome));
        Assert.Contains("\"test_result_files\": 3", GateReport.Json(outcome));
        Assert.Contains("\"test_result_files_set_aside\": 1", GateReport.Json(outcome));
        var info = Assert.Single(outcome.Diagnostics);
        Assert.Equal("RT2018", info.Code);
        Assert.Contains("b-yesterday.trx", info.Message);
    }

    [Fact]
    public void AnOlderRunCannotHideTheNewestFailure()
    {
        var passedYesterday = Recorded("one-failed.trx").Replace("2026-11-24T07:00:34", "2026-11-23T07:00:34")
            .Replace("outcome=\"Failed\"", "outcome=\"Passed\"").Replace("<ResultSummary outcome=\"Passed\">", "<ResultSummary outcome=\"Completed\">")
            .Replace("passed=\"1\" failed=\"1\"", "passed=\"2\" failed=\"0\"");
        var results = new TestResults();
        results.Read(Write("b-yesterday.trx", passedYesterday));
        results.Read(Write("b-today.trx", Recorded("one-failed.trx")));

        var outcome = Judge(results);

        Assert.Equal(new[] { "RT2008", "RT2018" }, outcome.Diagnostics.Select(d => d.Code));
        Assert.Equal((1, 1), (results.Passed, results.Failed));
    }
}
