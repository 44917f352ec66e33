using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// Plain <c>dotnet build</c> logs at minimal verbosity, which hides the explanation line (a normal message), as the
/// README says; <c>ReleaseTasksExplanationImportance=high</c> shows it there.
/// </summary>
public class ExplanationAtMinimalVerbosity
{
    private const string Line = "ReleaseTasks: 0.1.0-alpha.2 (no version tag; 0.1.0 + 2 commits on main)";

    [Fact]
    public void PlainBuildHidesTheLineAndImportanceHighShowsIt()
    {
        var s = Scenario.Create();
        s.Repo.Commit("fix: one");

        var plain = DotNet.Run(s.ProjectDirectory, new[] { "build", "-nodeReuse:false" }).EnsureSuccess("dotnet build");
        Assert.DoesNotContain("ReleaseTasks: 0.1.0", plain.Output);

        var high = DotNet.Run(s.ProjectDirectory, new[] { "build", "-nodeReuse:false", "-p:ReleaseTasksExplanationImportance=high" })
            .EnsureSuccess("dotnet build -p:ReleaseTasksExplanationImportance=high");
        Assert.Contains(Line, high.Output);

        var explicitVersion = DotNet.Run(s.ProjectDirectory,
            new[] { "build", "-nodeReuse:false", "-p:ReleaseTasksExplanationImportance=High", "-p:Version=1.2.3" })
            .EnsureSuccess("dotnet build -p:Version=1.2.3");
        Assert.Contains("ReleaseTasks: 1.2.3 (Version given explicitly; git not read)", explicitVersion.Output);
    }

    [Fact]
    public void ImportanceSetInTheProjectShowsTheLineAndABadValueIsRT0001()
    {
        var s = Scenario.Create(extraProperties: "<ReleaseTasksExplanationImportance>high</ReleaseTasksExplanationImportance>");
        s.Repo.Commit("fix: one");

        var build = DotNet.Run(s.ProjectDirectory, new[] { "build", "-nodeReuse:false" }).EnsureSuccess("dotnet build");
        Assert.Contains(Line, build.Output);

        var bad = s.Version(null, "-p:ReleaseTasksExplanationImportance=loud");
        Assert.NotEqual(0, bad.Result.ExitCode);
        Assert.Contains("error RT0001: ReleaseTasksExplanationImportance='loud' is not valid: expected high, normal or low.", bad.Output);
    }
}
