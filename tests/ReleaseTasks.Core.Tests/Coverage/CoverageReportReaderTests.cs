using System.IO;
using System.Linq;
using ReleaseTasks.Coverage;

namespace ReleaseTasks.Tests.Coverage;

public class CoverageReportReaderTests
{
    // The fixtures were written for /tmp/cov/Lib/Calculator.cs by real tools. Each test gets a checkout of its own
    // (Lib/Lib.csproj and Lib/Calculator.cs under a fresh directory) and copies of the reports that name it, so no
    // test depends on what happens to exist on the machine (lcov finds a file's assembly by its project file).
    private const string RecordedRoot = "/tmp/cov";
    private readonly string Root = CreateCheckout();

    private static string CreateCheckout()
    {
        var root = Path.Combine(Path.GetTempPath(), "rt-cov-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "Lib"));
        File.WriteAllText(Path.Combine(root, "Lib", "Lib.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        File.Copy(Recorded("Calculator.cs.txt"), Path.Combine(root, "Lib", "Calculator.cs"));
        return root;
    }

    private static string Recorded(string name) => Path.Combine(System.AppContext.BaseDirectory, "fixtures", "coverage", name);

    /// <summary>The recorded report, rewritten to name this test's checkout instead of /tmp/cov.</summary>
    private string Fixture(string name)
    {
        var copy = Path.Combine(Root, "reports", name);
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        if (!File.Exists(copy)) File.WriteAllText(copy, File.ReadAllText(Recorded(name))
            .Replace(RecordedRoot, Root)
            // coverlet's Cobertura names the file relative to the source "/".
            .Replace("\"" + RecordedRoot.TrimStart('/') + "/", "\"" + Root.TrimStart('/') + "/"));
        return copy;
    }

    [Theory]
    [InlineData("coverlet.cobertura.xml")]
    [InlineData("coverlet.opencover.xml")]
    [InlineData("coverlet.info")]
    public void EveryFormatOfTheSameRunGivesTheSameFigures(string fixture)
    {
        var (report, errors) = new CoverageReportReader(Root).ReadAll(new[] { Fixture(fixture) });

        Assert.Empty(errors);
        var file = Assert.Single(report.Files);
        Assert.Equal("Lib/Calculator.cs", file.Path);
        Assert.Equal(new CoverageSummary(10, 18, 3, 6), report.ByAssembly()["Lib"] with { });
        // The async state machine's lines fold into the file's own lines.
        Assert.True(file.Lines[22].IsCovered);
    }

    [Fact]
    public void MicrosoftCodeCoverageCoberturaWithByteOrderMarkAndTestAssembly()
    {
        var (report, errors) = new CoverageReportReader(Root).ReadAll(new[] { Fixture("mscodecoverage.cobertura.xml") });

        Assert.Empty(errors);
        Assert.Equal(10, report.ByAssembly()["Lib"].LinesCovered);
        Assert.Equal(18, report.ByAssembly()["Lib"].LinesValid);
        Assert.Contains("Lib.Tests", report.ByAssembly().Keys);
    }

    [Fact]
    public void SameLinesFromSeveralReportsMergeInsteadOfCountingTwice()
    {
        var (report, _) = new CoverageReportReader(Root).ReadAll(new[] { Fixture("coverlet.cobertura.xml"), Fixture("coverlet.info"), Fixture("coverlet.opencover.xml") });

        Assert.Equal(18, report.Total().LinesValid);
        Assert.Equal(10, report.Total().LinesCovered);
        Assert.Equal(3, report.File("Lib/Calculator.cs")!.Lines[5].Hits);
    }

    [Theory]
    [InlineData("coverlet.cobertura.xml")]
    [InlineData("coverlet.opencover.xml")]
    [InlineData("coverlet.info")]
    public void TruncatedReportIsAnErrorNamingTheFileAndAddsNothing(string fixture)
    {
        var text = File.ReadAllText(Fixture(fixture));
        var path = Path.Combine(Path.GetTempPath(), System.Guid.NewGuid().ToString("N") + "-" + fixture);
        File.WriteAllText(path, text.Substring(0, text.Length * 2 / 3));

        var (report, errors) = new CoverageReportReader(Root).ReadAll(new[] { path });
        File.Delete(path);

        var error = Assert.Single(errors);
        Assert.Equal("RT2001", error.Code);
        Assert.Equal(path, error.File);
        Assert.Empty(report.Files);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("<html></html>", "not a coverage report of a known format: expected Cobertura (XML with a <coverage> root)")]
    [InlineData("hello", "not a coverage report")]
    public void UnknownContentIsAnError(string content, string message)
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, content);

        var errors = new CoverageReportReader(Root).ReadAll(new[] { path }).Errors;
        File.Delete(path);

        var error = Assert.Single(errors);

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void DeterministicAndSourceLinkPathsMapIntoTheRepository()
    {
        var repo = Path.Combine(Path.GetTempPath(), "rt-paths-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(repo, "src", "Lib"));
        File.WriteAllText(Path.Combine(repo, "src", "Lib", "A.cs"), "");
        var paths = new CoveragePaths(repo);

        Assert.Equal("src/Lib/A.cs", paths.Normalize("/_/src/Lib/A.cs", new string[0]));
        Assert.Equal("src/Lib/A.cs", paths.Normalize("https://raw.githubusercontent.com/acme/w/0123abc/src/Lib/A.cs", new string[0]));
        Assert.Equal("src/Lib/A.cs", paths.Normalize("Lib/A.cs", new[] { "/elsewhere/", repo + "/src/" }));
        Assert.Equal("src/Lib/A.cs", paths.Normalize(repo + "\\src\\Lib\\..\\Lib\\A.cs", new string[0]));
        Assert.Equal("/outside/B.cs", paths.Normalize("/outside/B.cs", new string[0]));
    }
}
