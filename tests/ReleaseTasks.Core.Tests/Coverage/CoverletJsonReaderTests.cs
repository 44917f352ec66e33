using System;
using System.IO;
using System.Linq;
using ReleaseTasks.Coverage;

namespace ReleaseTasks.Tests.Coverage;

/// <summary>
/// coverlet's native coverage.json against the Cobertura, OpenCover and lcov files coverlet wrote in the same run
/// (tests/fixtures/coverage/coverlet-json, recorded at /tmp/cj with the command in ../README.md): same lines, same
/// branches. Each test copies the reports into a checkout of its own, rewritten to name it.
/// </summary>
public class CoverletJsonReaderTests
{
    private const string RecordedRoot = "/tmp/cj";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rt-cj-" + Guid.NewGuid().ToString("N"));

    public CoverletJsonReaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "Lib"));
        File.WriteAllText(Path.Combine(_root, "Lib", "Lib.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        File.Copy(Recorded("Calc.cs.txt"), Path.Combine(_root, "Lib", "Calc.cs"));
    }

    private static string Recorded(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "coverage", "coverlet-json", name);

    private string Fixture(string name, Func<string, string>? edit = null)
    {
        var copy = Path.Combine(_root, "reports", name);
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        var text = File.ReadAllText(Recorded(name)).Replace(RecordedRoot, _root)
            .Replace("\"" + RecordedRoot.TrimStart('/') + "/", "\"" + _root.TrimStart('/') + "/");
        File.WriteAllText(copy, edit == null ? text : edit(text));
        return copy;
    }

    private (CoverageReport Report, System.Collections.Generic.IReadOnlyList<Diagnostics.Diagnostic> Errors) Read(string path) =>
        new CoverageReportReader(_root).ReadAll(new[] { path });

    [Theory]
    [InlineData("coverage.cobertura.xml")]
    [InlineData("coverage.opencover.xml")]
    [InlineData("coverage.info")]
    public void CoverletJsonGivesTheFiguresOfEveryOtherFormatOfTheSameRun(string other)
    {
        var (json, jsonErrors) = Read(Fixture("coverage.json"));
        var (expected, errors) = Read(Fixture(other));

        Assert.Empty(jsonErrors);
        Assert.Empty(errors);
        Assert.Equal(expected.ByAssembly()["Lib"], json.ByAssembly()["Lib"]);
        var file = Assert.Single(json.Files);
        Assert.Equal("Lib/Calc.cs", file.Path);
        Assert.Equal(Assert.Single(expected.Files).Lines.Select(l => (l.Key, l.Value.IsCovered, l.Value.BranchesCovered, l.Value.BranchesTotal)),
            file.Lines.Select(l => (l.Key, l.Value.IsCovered, l.Value.BranchesCovered, l.Value.BranchesTotal)));
    }

    [Fact]
    public void TheFiguresAreCoverletsOwn()
    {
        var (json, _) = Read(Fixture("coverage.json"));

        // coverlet's Cobertura of the same run: lines-covered="4" lines-valid="5" branches-covered="7" branches-valid="16".
        Assert.Equal(new CoverageSummary(4, 5, 7, 16), json.ByAssembly()["Lib"]);
    }

    [Fact]
    public void ATruncatedReportIsAnErrorNamingTheFileAndAddsNothing()
    {
        var path = Fixture("coverage.json", text => text.Substring(0, text.Length / 2));

        var (report, errors) = Read(path);

        var error = Assert.Single(errors);
        Assert.Equal("RT2001", error.Code);
        Assert.Equal(path, error.File);
        Assert.Contains("not valid JSON", error.Message);
        Assert.Empty(report.Files);
    }

    [Fact]
    public void JsonThatIsNotCoverletsIsNotReadAsAnotherFormat()
    {
        var path = Path.Combine(_root, "other.json");
        File.WriteAllText(path, "{ \"name\": \"package.json\", \"version\": \"1.0.0\" }");

        var error = Assert.Single(Read(path).Errors);

        Assert.Contains("not a coverage report of a known format", error.Message);
        foreach (var format in CoverageFormats.All) Assert.Contains(format.Name, error.Message);
    }
}
