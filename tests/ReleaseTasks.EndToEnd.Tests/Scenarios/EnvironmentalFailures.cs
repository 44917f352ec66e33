using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// Every fault the environment can cause gets its own code, page and fix; RT0003 ("a bug in ReleaseTasks") is kept
/// for real defects. One row per fault: what the user does, the target run, the code expected.
/// </summary>
public class EnvironmentalFailures
{
    // A Cobertura report of one covered line of probe/Class1.cs, enough for the gates to need git for changed lines.
    private const string Cobertura = """
        <?xml version="1.0" encoding="utf-8"?>
        <coverage line-rate="1" branch-rate="1" version="1.9" timestamp="1" lines-covered="1" lines-valid="1" branches-covered="0" branches-valid="0">
          <sources><source>{root}</source></sources>
          <packages><package name="probe" line-rate="1" branch-rate="1" complexity="1"><classes>
            <class name="probe.Class1" filename="probe/Class1.cs" line-rate="1" branch-rate="1" complexity="1">
              <methods /><lines><line number="3" hits="1" branch="False" /></lines>
            </class>
          </classes></package></packages>
        </coverage>
        """;

    public static IEnumerable<object[]> Faults() => new[]
    {
        new object[] { "the repository belongs to another user", "RT1009" },
        new object[] { "the repository belongs to another user (gates)", "RT1009" },
        new object[] { "git is missing (gates)", "RT1002" },
        new object[] { "git hangs", "RT1008" },
        new object[] { "the notes file cannot be written", "RT0004" },
        new object[] { "the job summary cannot be written", "RT0004" },
        new object[] { "ReleaseTasksGitTimeout is not a number", "RT0001" },
        new object[] { "ReleaseTasksRequireFullHistory is not a boolean", "RT0001" },
        new object[] { "ReleaseTasksUpdateCoverageBaseline is not a boolean", "RT0001" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void EachFaultHasItsOwnCode(string fault, string code)
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("fix: a change", "probe/notes.txt");
        // The tests' own git configuration trusts every directory (safe.directory=*); a user's usually does not.
        var untrusting = Path.Combine(TestDirectory.Create("gitconfig"), "config");
        File.WriteAllText(untrusting, "");
        var otherOwner = new Dictionary<string, string?> { ["GIT_TEST_ASSUME_DIFFERENT_OWNER"] = "1", ["GIT_CONFIG_GLOBAL"] = untrusting };
        var reports = Path.Combine(s.Repo.Directory, "reports");
        Directory.CreateDirectory(reports);
        File.WriteAllText(Path.Combine(reports, "coverage.cobertura.xml"), Cobertura.Replace("{root}", s.Repo.Directory));
        var gates = new[] { "msbuild", "-nodeReuse:false", "-v:n", "-restore", "-t:CheckQualityGates",
            "-p:ReleaseTasksCoverageReports=reports/*.xml", "-p:ReleaseTasksCoverageBaseRef=v1.0.0" };
        var notHere = Path.Combine(s.Repo.Directory, "probe", "Class1.cs", "notes.md");

        var result = fault switch
        {
            "the repository belongs to another user" => Build(s, otherOwner),
            "the repository belongs to another user (gates)" => DotNet.Run(s.ProjectDirectory, gates, otherOwner),
            "git is missing (gates)" => DotNet.Run(s.ProjectDirectory, gates.Append("-p:ReleaseTasksGitPath=/nonexistent/git")),
            "git hangs" => Build(s, null, "-p:ReleaseTasksGitPath=" + ShellScript.Git("sleep 3600"), "-p:ReleaseTasksGitTimeout=2"),
            "the notes file cannot be written" => DotNet.Pack(s.ProjectDirectory, "-o", TestDirectory.Create("out"), "-p:ReleaseTasksReleaseNotesFile=" + notHere),
            "the job summary cannot be written" => DotNet.Run(s.ProjectDirectory, gates, new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = reports }),
            "ReleaseTasksGitTimeout is not a number" => Build(s, null, "-p:ReleaseTasksGitTimeout=soon"),
            "ReleaseTasksRequireFullHistory is not a boolean" => Build(s, null, "-p:ReleaseTasksRequireFullHistory=maybe"),
            "ReleaseTasksUpdateCoverageBaseline is not a boolean" => DotNet.Run(s.ProjectDirectory, gates.Append("-p:ReleaseTasksUpdateCoverageBaseline=yes")),
            _ => throw new ArgumentException(fault),
        };

        Assert.True(result.Output.Contains(code + ":"), $"{fault}: expected {code}, got:\n{result.Output}");
        Assert.DoesNotContain("RT0003", result.Output);
        Assert.DoesNotContain("MSB4018", result.Output);
        Assert.DoesNotContain("MSB4030", result.Output);
        Assert.DoesNotContain("   at ", result.Output);
    }

    private static ProcessResult Build(Scenario s, Dictionary<string, string?>? environment, params string[] arguments) =>
        DotNet.Run(s.ProjectDirectory, new[] { "build", "-nodeReuse:false", "-v:n" }.Concat(arguments), environment);
}
