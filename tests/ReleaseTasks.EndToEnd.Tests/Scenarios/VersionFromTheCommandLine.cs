using System.Collections.Generic;
using System.IO;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// The README's way to print the version without building, run exactly as written from the root of a repository
/// with a solution: at the root alone MSBuild refuses (MSB1063); naming a project works; a failed run still prints
/// the SDK's 1.0.0 with exit code 1, and the script form prints nothing then.
/// </summary>
public class VersionFromTheCommandLine
{
    [Fact]
    public void TheReadmeCommandsDoWhatTheReadmeSays()
    {
        var repo = GitRepository.Create();
        TestProject.Write(repo.Directory, relativeDirectory: Path.Combine("src", "Widgets"), name: "Widgets");
        File.WriteAllText(Path.Combine(repo.Directory, "Widgets.slnx"), "<Solution>\n  <Project Path=\"src/Widgets/Widgets.csproj\" />\n</Solution>\n");
        repo.CommitAll("feat: widgets");
        repo.Tag("v1.0.0");
        repo.Commit("fix: one");

        var atRoot = DotNet.Run(repo.Directory, new[] { "msbuild", "-t:GetReleaseVersion", "-getProperty:Version" });
        Assert.NotEqual(0, atRoot.ExitCode);
        Assert.Contains("MSB1063", atRoot.Output);
        Assert.Contains("dotnet msbuild -t:GetReleaseVersion -getProperty:Version", Readme.Text);

        var command = Readme.Block("sh", "dotnet msbuild src/Widgets/Widgets.csproj -restore -t:GetReleaseVersion -getProperty:Version\n");
        var script = Readme.Block("sh", "version=$(");

        var printed = Shell(repo.Directory, command);
        Assert.Equal((0, "1.0.1-alpha.1\n"), (printed.ExitCode, printed.Stdout));
        var scripted = Shell(repo.Directory, script);
        Assert.Equal((0, "1.0.1-alpha.1\n"), (scripted.ExitCode, scripted.Stdout));

        // A build that fails (here an RT0001 from the repository's settings).
        File.WriteAllText(Path.Combine(repo.Directory, "Directory.Build.props"),
            "<Project><PropertyGroup><ReleaseTasksGitTimeout>0</ReleaseTasksGitTimeout></PropertyGroup></Project>\n");

        var failed = Shell(repo.Directory, command);
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal("1.0.0\n", failed.Stdout);
        Assert.Contains("error RT0001", failed.Stderr);
        var failedScript = Shell(repo.Directory, script);
        Assert.Equal((1, ""), (failedScript.ExitCode, failedScript.Stdout));
        Assert.Contains("error RT0001", failedScript.Stderr);
    }

    /// <summary>Runs the lines as a POSIX shell script in <paramref name="directory"/>, standard output and error apart.</summary>
    private static (int ExitCode, string Stdout, string Stderr) Shell(string directory, string lines)
    {
        var streams = TestDirectory.Create("streams");
        var stdout = Path.Combine(streams, "stdout");
        var stderr = Path.Combine(streams, "stderr");
        var script = ShellScript.Write(Path.Combine(streams, "readme.sh"), "{\n" + lines + "} >'" + stdout + "' 2>'" + stderr + "'");
        var run = ProcessRunner.Run("sh", new[] { script }, directory, DotNet.BaseEnvironment());
        return (run.ExitCode, File.ReadAllText(stdout), File.ReadAllText(stderr));
    }
}
