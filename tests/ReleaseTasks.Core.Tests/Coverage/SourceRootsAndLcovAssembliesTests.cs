using System.IO;
using System.Linq;
using ReleaseTasks.Coverage;

namespace ReleaseTasks.Tests.Coverage;

/// <summary>Every &lt;source&gt; root of a Cobertura report counts, and lcov files keep their assembly under deterministic paths.</summary>
public class SourceRootsAndLcovAssembliesTests
{
    private readonly string _repo = CreateRepository();

    private static string CreateRepository()
    {
        var repo = Path.Combine(Path.GetTempPath(), "rt-roots-" + System.Guid.NewGuid().ToString("N"));
        foreach (var project in new[] { "Alpha", "Beta", "Gamma" })
        {
            Directory.CreateDirectory(Path.Combine(repo, "src", project));
            File.WriteAllText(Path.Combine(repo, "src", project, project + ".csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
            File.WriteAllText(Path.Combine(repo, "src", project, project + ".cs"), "class C {}\n");
        }
        return repo;
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_repo, "reports", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void EverySourceRootOfAMergedCoberturaReportResolvesItsFiles()
    {
        // A merged report (or coverlet over several projects) lists one root per project; each file exists under one.
        var report = Write("merged.cobertura.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <coverage line-rate="1" branch-rate="1" version="1.9" timestamp="1">
              <sources>
                <source>{_repo}/src/Alpha/</source>
                <source>{_repo}/src/Beta/</source>
                <source>{_repo}/src/Gamma/</source>
              </sources>
              <packages>
                <package name="Alpha"><classes><class name="A" filename="Alpha.cs"><methods /><lines><line number="1" hits="1" /></lines></class></classes></package>
                <package name="Beta"><classes><class name="B" filename="Beta.cs"><methods /><lines><line number="1" hits="1" /></lines></class></classes></package>
                <package name="Gamma"><classes><class name="G" filename="Gamma.cs"><methods /><lines><line number="1" hits="0" /></lines></class></classes></package>
              </packages>
            </coverage>
            """);

        var (coverage, errors) = new CoverageReportReader(_repo).ReadAll(new[] { report });

        Assert.Empty(errors);
        Assert.Equal(new[] { "src/Alpha/Alpha.cs", "src/Beta/Beta.cs", "src/Gamma/Gamma.cs" }, coverage.Files.Select(f => f.Path).OrderBy(p => p));
    }

    [Fact]
    public void LcovFilesWithDeterministicPathsKeepTheirAssembly()
    {
        // ContinuousIntegrationBuild maps the repository to /_/: the raw path exists nowhere on disk.
        var report = Write("coverage.info",
            "TN:\nSF:/_/src/Alpha/Alpha.cs\nDA:1,1\nDA:2,0\nend_of_record\n" +
            "SF:/_/src/Beta/Beta.cs\nDA:1,1\nend_of_record\n");

        var (coverage, errors) = new CoverageReportReader(_repo).ReadAll(new[] { report });

        Assert.Empty(errors);
        Assert.Equal("Alpha", coverage.File("src/Alpha/Alpha.cs")!.Assembly);
        Assert.Equal("Beta", coverage.File("src/Beta/Beta.cs")!.Assembly);
        Assert.Equal(new[] { "Alpha", "Beta" }, coverage.ByAssembly().Keys.OrderBy(k => k));
    }

    [Fact]
    public void LcovFilesWithRepositoryRelativePathsKeepTheirAssemblyFromAnyWorkingDirectory()
    {
        var report = Write("relative.info", "SF:src/Gamma/Gamma.cs\nDA:1,1\nend_of_record\n");

        var (coverage, _) = new CoverageReportReader(_repo).ReadAll(new[] { report });

        Assert.Equal("Gamma", coverage.File("src/Gamma/Gamma.cs")!.Assembly);
    }
}
