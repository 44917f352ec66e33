using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// Issue 14 item 7: a solution (.slnx) whose library and xUnit test project both reference the package — as with a
/// GlobalPackageReference — gets one judgement and one report from
/// <c>dotnet msbuild Widgets.slnx -t:CheckQualityGates</c>, also when the projects build on parallel MSBuild nodes.
/// </summary>
public sealed class WidgetsSolution
{
    public WidgetsSolution()
    {
        Repo = GitRepository.Create();
        var root = Repo.Directory;
        var lib = Infrastructure.TestProject.Write(root, "Widgets", "Widgets");
        File.WriteAllText(Path.Combine(lib, "Calc.cs"), "namespace Widgets\n{\n    public static class Calc\n    {\n        public static int Add(int a, int b) => a + b;\n    }\n}\n");
        Infrastructure.XunitTests.Write(root, "Widgets.Tests", new[] { "../Widgets/Widgets.csproj" },
            "using Xunit;\nnamespace Widgets.Tests\n{\n    public class CalcTests\n    {\n        [Fact] public void Adds() => Assert.Equal(3, Calc.Add(1, 2));\n    }\n}\n",
            "CalcTests.cs", releaseTasks: true, coverlet: true);
        File.WriteAllText(Path.Combine(root, "Widgets.slnx"),
            "<Solution>\n  <Project Path=\"Widgets/Widgets.csproj\" />\n  <Project Path=\"Widgets.Tests/Widgets.Tests.csproj\" />\n</Solution>\n");
        File.WriteAllText(Path.Combine(root, ".gitignore"), "bin/\nobj/\nTestResults/\n");
        Repo.CommitAll("feat: widgets");
        Repo.Tag("v1.0.0");

        // A feature branch adds two lines no test runs: RT2005 and two RT2006 warnings.
        Repo.Checkout("-b", "feature/more");
        File.WriteAllText(Path.Combine(lib, "More.cs"),
            "namespace Widgets\n{\n    public static class More\n    {\n        public static int Twice(int x) => x * 2;\n        public static int Thrice(int x) => x * 3;\n    }\n}\n");
        Repo.CommitAll("feat: more");

        // The team runs the tests twice, as one does: each run adds a TRX file and a coverage report under TestResults/.
        DotNet.Run(root, new[] { "test", "Widgets.slnx", "-nodeReuse:false", "--collect:XPlat Code Coverage", "--logger", "trx" }).EnsureSuccess("dotnet test with coverage");
        DotNet.Run(root, new[] { "test", "Widgets.slnx", "-nodeReuse:false", "--no-build", "--collect:XPlat Code Coverage", "--logger", "trx" }).EnsureSuccess("dotnet test again");
    }

    public GitRepository Repo { get; }

    public ProcessResult CheckQualityGates(string nodes, params string[] properties) =>
        DotNet.Run(Repo.Directory, new[] { "msbuild", "Widgets.slnx", "-nodeReuse:false", "-t:CheckQualityGates", nodes, "-v:n", "-clp:NoSummary" }
            .Concat(properties.Select(p => "-p:" + p)));
}

/// <summary>One Widgets solution (two test runs are its costly part) for the scenarios that judge it, one after another.</summary>
[CollectionDefinition(Name)]
public sealed class WidgetsSolutionCollection : ICollectionFixture<WidgetsSolution>
{
    public const string Name = "Widgets solution";
}

[Collection(WidgetsSolutionCollection.Name)]
public class GatesOncePerSolution
{
    private readonly WidgetsSolution _s;

    public GatesOncePerSolution(WidgetsSolution solution) => _s = solution;

    private static int Count(string output, string pattern) => Regex.Matches(output, pattern).Count;

    [Theory]
    [InlineData("-m:2")]
    [InlineData("-m:1")]
    public void OneJudgementAndOneReportForTheSolution(string nodes)
    {
        var result = _s.CheckQualityGates(nodes);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(1, Count(result.Output, @"ReleaseTasks: Condition\s+Actual\s+Required\s+Result"));
        Assert.Equal(1, Count(result.Output, "error RT2002: Line coverage is"));
        Assert.Equal(1, Count(result.Output, "error RT2005: Coverage of the lines changed since main"));
        Assert.Equal(1, Count(result.Output, @"Widgets/More\.cs\(5\): warning RT2006"));
        Assert.Equal(1, Count(result.Output, @"Widgets/More\.cs\(6\): warning RT2006"));
        Assert.Equal(1, Count(result.Output, "coverage and tests were already judged in this build"));
    }

    [Fact]
    public void EveryBuildJudgesAgain()
    {
        var first = _s.CheckQualityGates("-m:2");
        var second = _s.CheckQualityGates("-m:2");

        Assert.Equal(1, Count(first.Output, "error RT2002: Line coverage is"));
        Assert.Equal(1, Count(second.Output, "error RT2002: Line coverage is"));
    }
}
