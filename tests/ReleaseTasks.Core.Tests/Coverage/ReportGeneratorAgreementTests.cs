using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReleaseTasks.Coverage;

namespace ReleaseTasks.Tests.Coverage;

/// <summary>
/// The totals agree with ReportGenerator, an independent implementation, on real reports: coverlet's Cobertura,
/// OpenCover and lcov, two target frameworks merged, and two CI shards merged. ReportGenerator's figures were
/// recorded once (fixtures/coverage/oracle/README.md gives the command) in reportgenerator.tsv.
/// </summary>
public class ReportGeneratorAgreementTests
{
    private const string RecordedRoot = "/tmp/wt-gates-oracle";
    private static readonly string Oracle = Path.Combine(System.AppContext.BaseDirectory, "fixtures", "coverage", "oracle");

    public static IEnumerable<object[]> Cases() =>
        File.ReadAllLines(Path.Combine(Oracle, "reportgenerator.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith("#"))
            .Select(l => l.Split('\t'))
            .Select(f => new object[] { f[0], f[1], int.Parse(f[2]), int.Parse(f[3]), int.Parse(f[4]), int.Parse(f[5]) });

    [Theory]
    [MemberData(nameof(Cases))]
    public void TotalsEqualReportGenerators(string name, string reports, int coveredLines, int coverableLines, int coveredBranches, int totalBranches)
    {
        // A checkout of the project the reports were written for, under a fresh directory, and the reports rewritten to name it.
        var root = Path.Combine(Path.GetTempPath(), "rt-oracle-" + System.Guid.NewGuid().ToString("N"));
        var project = Directory.CreateDirectory(Path.Combine(root, "src", "Shapes")).FullName;
        File.WriteAllText(Path.Combine(project, "Shapes.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        File.Copy(Path.Combine(Oracle, "Area.cs.txt"), Path.Combine(project, "Area.cs"));
        File.Copy(Path.Combine(Oracle, "Perimeter.cs.txt"), Path.Combine(project, "Perimeter.cs"));
        var files = reports.Split(';').Select((report, i) =>
        {
            var copy = Path.Combine(root, "reports", i + "-" + Path.GetFileName(report));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.WriteAllText(copy, File.ReadAllText(Path.Combine(Oracle, report)).Replace(RecordedRoot, root));
            return copy;
        }).ToList();

        var (coverage, errors) = new CoverageReportReader(root).ReadAll(files);

        Assert.Empty(errors);
        Assert.Equal(new[] { "src/Shapes/Area.cs", "src/Shapes/Perimeter.cs" }, coverage.Files.Select(f => f.Path).OrderBy(p => p));
        Assert.All(coverage.Files, f => Assert.Equal("Shapes", f.Assembly));
        var total = coverage.Total();
        Assert.True(new CoverageSummary(coveredLines, coverableLines, coveredBranches, totalBranches) == total,
            $"{name}: ReportGenerator {coveredLines}/{coverableLines} lines, {coveredBranches}/{totalBranches} branches; ReleaseTasks {total.LinesCovered}/{total.LinesValid} lines, {total.BranchesCovered}/{total.BranchesValid} branches");
    }
}
