using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// A library and two xUnit test projects that each cover half of it, tested once with coverlet writing Cobertura,
/// OpenCover, lcov and its own JSON; on a feature branch that adds a file no test covers.
/// </summary>
public sealed class GatesSolution
{
    public GatesSolution()
    {
        Repo = GitRepository.Create();
        var root = Repo.Directory;
        Library = Infrastructure.TestProject.Write(root, "Lib", "Lib");
        File.WriteAllText(Path.Combine(Library, "Class1.cs"), Halves);
        WriteTestProject(root, "TestsA", "FirstHalf", "Assert.Equal(10, Halves.First.Sum(1, 2, 3, 4));");
        WriteTestProject(root, "TestsB", "SecondHalf", "Assert.Equal(24, Halves.Second.Product(1, 2, 3, 4));",
            "[Fact] public void FailsOnRequest() => Assert.True(System.Environment.GetEnvironmentVariable(\"FAIL_ONE\") != \"1\", \"asked to fail\");");
        Solution.Create(root, "all", new[] { "Lib/Lib.csproj", "TestsA/TestsA.csproj", "TestsB/TestsB.csproj" });
        Repo.CommitAll("feat: library and tests");
        Repo.Tag("v1.0.0");

        Repo.Checkout("-b", "feature/extra");
        File.WriteAllText(Path.Combine(Library, "Extra.cs"), "namespace Lib\n{\n    public static class Extra\n    {\n        public static int Twice(int x) => x * 2;\n    }\n}\n");
        Repo.CommitAll("feat: extra");

        DotNet.Run(root, new[] { "test", "all.sln", "-nodeReuse:false", "--collect:XPlat Code Coverage;Format=cobertura,opencover,lcov,json", "--logger", "trx" })
            .EnsureSuccess("dotnet test with coverage");
        DotNet.Run(root, new[] { "test", "TestsB/TestsB.csproj", "-nodeReuse:false", "--logger", "trx", "--results-directory", "FailedRun" },
            new Dictionary<string, string?> { ["FAIL_ONE"] = "1" });
    }

    public GitRepository Repo { get; }

    public string Library { get; }

    public ProcessResult Check(IDictionary<string, string?>? environment = null, params string[] properties) =>
        DotNet.Run(Library, new[] { "msbuild", "-nodeReuse:false", "-t:CheckQualityGates", "-v:n" }.Concat(properties.Select(p => "-p:" + p)), environment);

    private const string Halves = """
        namespace Lib
        {
            public static class Halves
            {
                public static class First
                {
                    public static int Sum(int a, int b, int c, int d)
                    {
                        var total = a;
                        total += b;
                        total += c;
                        total += d;
                        return total;
                    }
                }

                public static class Second
                {
                    public static int Product(int a, int b, int c, int d)
                    {
                        var total = a;
                        total *= b;
                        total *= c;
                        total *= d;
                        return total;
                    }
                }
            }
        }
        """;

    private static void WriteTestProject(string root, string name, string test, string body, string extra = "") =>
        XunitTests.Write(root, name, new[] { "../Lib/Lib.csproj" }, $$"""
            using Lib;
            using Xunit;

            namespace {{name}}
            {
                public class Tests
                {
                    [Fact] public void {{test}}() { {{body}} }
                    {{extra}}
                }
            }
            """, coverlet: true);
}

public class QualityGatesOnASolution : IClassFixture<GatesSolution>
{
    private const string NoChangedLineGate = "ReleaseTasksChangedLineCoverageThreshold=off";
    private readonly GatesSolution _s;

    public QualityGatesOnASolution(GatesSolution solution) => _s = solution;

    [Theory]
    [InlineData("coverage.cobertura.xml")]
    [InlineData("coverage.opencover.xml")]
    [InlineData("coverage.info")]
    [InlineData("coverage.json")]
    public void OneTestProjectCoversAboutHalfAndFailsEightyButPassesForty(string format)
    {
        var onlyA = "ReleaseTasksCoverageReports=TestsA/TestResults/**/" + format;

        var failed = _s.Check(null, onlyA, NoChangedLineGate);
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("error RT2002: Line coverage is 46.7 % (7 of 15), below the required 80 %. Least covered: Lib 46.7 % (7/15)", failed.Output);

        var passed = _s.Check(null, onlyA, NoChangedLineGate, "ReleaseTasksLineCoverageThreshold=40");
        Assert.Equal(0, passed.ExitCode);
        Assert.Contains("Line coverage", passed.Output);
        Assert.Contains("passed", passed.Output);
    }

    [Theory]
    [InlineData("coverage.cobertura.xml")]
    [InlineData("coverage.opencover.xml")]
    [InlineData("coverage.info")]
    [InlineData("coverage.json")]
    public void BothTestProjectsMergedPassEighty(string format)
    {
        var result = _s.Check(null, "ReleaseTasksCoverageReports=**/TestResults/**/" + format, NoChangedLineGate);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Line coverage", result.Output);
        Assert.Contains("93.3 %", result.Output);
        Assert.DoesNotContain("error RT", result.Output);
    }

    [Fact]
    public void NewUncoveredFileFailsTheChangedLineGateAndIsNamedWithFileAndLine()
    {
        var result = _s.Check(null, "ReleaseTasksCoverageReports=**/TestResults/**/coverage.cobertura.xml");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error RT2005: Coverage of the lines changed since main (", result.Output);
        Assert.Contains("is 0 % (0 of 1 lines), below the required 80 %", result.Output);
        Assert.Contains("Lib/Extra.cs(5): warning RT2006", result.Output);
    }

    [Fact]
    public void FailedTestInTheTrxFails()
    {
        var result = _s.Check(null, "ReleaseTasksTestResults=FailedRun/*.trx", "ReleaseTasksLineCoverageThreshold=off", NoChangedLineGate);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error RT2008: 1 test(s) failed: TestsB.Tests.FailsOnRequest", result.Output);

        var none = _s.Check(null, "ReleaseTasksTestResults=nothing-here/*.trx", "ReleaseTasksLineCoverageThreshold=off", NoChangedLineGate);
        Assert.Contains("error RT2009", none.Output);
    }

    [Fact]
    public void CorruptReportIsAClearErrorNamingTheFile()
    {
        var good = Directory.GetFiles(Path.Combine(_s.Repo.Directory, "TestsA", "TestResults"), "coverage.cobertura.xml", SearchOption.AllDirectories)[0];
        var corrupt = Path.Combine(_s.Repo.Directory, "corrupt", "coverage.cobertura.xml");
        Directory.CreateDirectory(Path.GetDirectoryName(corrupt)!);
        var text = File.ReadAllText(good);
        File.WriteAllText(corrupt, text.Substring(0, text.Length / 2));

        var result = _s.Check(null, "ReleaseTasksCoverageReports=corrupt/*.xml", NoChangedLineGate);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("corrupt/coverage.cobertura.xml(", result.Output);
        Assert.Contains("error RT2001: The coverage report cannot be read", result.Output);
        Assert.DoesNotContain("   at ", result.Output);
    }

    [Fact]
    public void GitHubStepSummaryReceivesAMarkdownTable()
    {
        var summary = Path.Combine(TestDirectory.Create("summary"), "summary.md");

        _s.Check(new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary }, "ReleaseTasksCoverageReports=**/TestResults/**/coverage.cobertura.xml", NoChangedLineGate)
            .EnsureSuccess("gates");

        var text = File.ReadAllText(summary);
        Assert.Contains("## Release gates: passed", text);
        Assert.Contains("| Condition | Actual | Required | Result |", text);
        Assert.Contains("| Line coverage | 93.3 % | ≥ 80 % | ✅ passed |", text);
        Assert.Contains("| Lib | 14/15 |", text);
    }
}
