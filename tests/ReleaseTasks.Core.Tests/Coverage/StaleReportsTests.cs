using System;
using System.IO;
using ReleaseTasks.Coverage;

namespace ReleaseTasks.Tests.Coverage;

public class StaleReportsTests
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rt-stale-" + Guid.NewGuid().ToString("N"));

    private string Report(string project, DateTime written)
    {
        var path = Path.Combine(_root, project, "TestResults", Guid.NewGuid().ToString(), "coverage.cobertura.xml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "<coverage />");
        File.SetLastWriteTimeUtc(path, written);
        return path;
    }

    [Fact]
    public void AnEarlierRunInTheSameTestResultsDirectoryIsNamedBesideTheNewest()
    {
        var now = DateTime.UtcNow;
        var yesterday = Report("Lib.Tests", now.AddDays(-1));
        var net8 = Report("Lib.Tests", now.AddMinutes(-2));   // one run, two target frameworks
        var net10 = Report("Lib.Tests", now);
        var other = Report("Other.Tests", now.AddDays(-3));   // another project's only run

        var finding = Assert.Single(StaleReports.Find(new[] { yesterday, net8, net10, other }));

        Assert.EndsWith("Lib.Tests/TestResults", finding.TestResultsDirectory);
        Assert.Equal(new[] { yesterday }, finding.Stale);
        Assert.Equal(2, finding.Newest.Count);
    }

    [Fact]
    public void ReportsOutsideTestResultsGuidDirectoriesAreNeverStale()
    {
        var path = Path.Combine(_root, "coverage", "merged.cobertura.xml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "<coverage />");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddDays(-9));

        Assert.Empty(StaleReports.Find(new[] { path, Report("Lib.Tests", DateTime.UtcNow) }));
    }
}
