using System.IO;
using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// Issue 14 item 8: the tests of a solution ran twice into the same TestResults/ (two TRX files, two coverage reports).
/// The earlier run is not merged silently: the gate table counts the newest run only, and says how many result files
/// were read and how many were set aside as stale.
/// </summary>
[Collection(WidgetsSolutionCollection.Name)]
public class StaleTestResultsAreShown
{
    private readonly WidgetsSolution _s;

    public StaleTestResultsAreShown(WidgetsSolution solution) => _s = solution;

    [Fact]
    public void TheTableSaysHowManyResultFilesWereReadAndHowManySetAside()
    {
        var result = _s.CheckQualityGates("-m:1", "ReleaseTasksTestResults=**/TestResults/*.trx", "ReleaseTasksChangedLineCoverageThreshold=off",
            "ReleaseTasksLineCoverageThreshold=30");

        result.EnsureSuccess("gates");
        Assert.Contains("1 passed, 0 failed (2 result file(s) read, 1 older set aside)", result.Output);
        const string read = @"Read: \d+ coverage report\(s\)(, \d+ identical copy\(ies\) skipped)?; 2 TRX file\(s\), 1 older run\(s\) set aside as stale \(RT2018\)";
        Assert.Matches("ReleaseTasks: " + read, result.Output);
        // Written by the project that judged (the other scenarios of the collection may have judged in the other one).
        var markdown = File.ReadAllText(Directory.GetFiles(_s.Repo.Directory, "QualityGates.md", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).First());
        Assert.Matches(read, markdown);
    }
}
