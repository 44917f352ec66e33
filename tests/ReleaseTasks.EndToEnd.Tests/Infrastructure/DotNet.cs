using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ReleaseTasks.EndToEnd.Tests.Infrastructure;

/// <summary>Runs the dotnet CLI as a user would, isolated from this machine's caches, nodes and CI variables.</summary>
public static class DotNet
{
    /// <summary>
    /// A git configuration for every build the tests start (not for the git commands that set up the repositories):
    /// build/test.sh runs the suite a second time with RELEASETASKS_TEST_GIT_CONFIG naming a hostile one
    /// (tests/fixtures/git/hostile.gitconfig), and every result must stay the same.
    /// </summary>
    public static readonly string? UserGitConfig = System.Environment.GetEnvironmentVariable("RELEASETASKS_TEST_GIT_CONFIG") is { Length: > 0 } path
        ? System.IO.Path.GetFullPath(path)
        : null;

    /// <summary>
    /// Runtime settings for the suite's hundreds of short SDK processes (each one JITs MSBuild afresh under
    /// -nodeReuse:false): no PGO-instrumented tier, and call counting only after a second without new methods, so
    /// a process of a few seconds does not recompile at tier 1 what it is about to stop running. They change how the
    /// JIT compiles MSBuild, never what a build computes (docs/design.md, "CI time"). A value set in the environment
    /// wins, to measure against.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ShortLivedRuntime = new Dictionary<string, string>
    {
        ["DOTNET_TieredPGO"] = "0",
        ["DOTNET_TC_CallCountingDelayMs"] = "1000",
    };

    public static IDictionary<string, string?> BaseEnvironment()
    {
        var env = GitRepository.Environment;
        if (UserGitConfig != null) env["GIT_CONFIG_GLOBAL"] = UserGitConfig;
        env["NUGET_PACKAGES"] = PackageFeed.PackagesFolder;
        env["MSBUILDDISABLENODEREUSE"] = "1";
        env["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        env["DOTNET_NOLOGO"] = "1";
        env["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        env["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        env["MSBuildEnableWorkloadResolver"] = "false";
        // The compiler server, as on a user's machine: some CI images turn it off through the environment, and then
        // every one of the suite's hundreds of builds starts and warms up a compiler of its own.
        env["UseSharedCompilation"] = null;
        foreach (var (name, value) in ShortLivedRuntime)
            if (string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable(name))) env[name] = value;
        return env;
    }

    public static ProcessResult Run(string directory, IEnumerable<string> arguments, IDictionary<string, string?>? environment = null)
    {
        var env = BaseEnvironment();
        if (environment != null)
            foreach (var (k, v) in environment) env[k] = v;
        return ProcessRunner.Run("dotnet", arguments, directory, env);
    }

    public static ProcessResult Build(string directory, params string[] arguments) =>
        Run(directory, new[] { "build", "-nodeReuse:false", "-v:n" }.Concat(arguments));

    public static ProcessResult Pack(string directory, params string[] arguments) =>
        Run(directory, new[] { "pack", "-nodeReuse:false", "-v:n" }.Concat(arguments));

    /// <summary>
    /// Restores, runs GetReleaseVersion and returns the properties MSBuild computed
    /// (<c>dotnet msbuild -t:GetReleaseVersion -getProperty:…</c>).
    /// </summary>
    public static BuildProperties GetReleaseVersion(string directory, IDictionary<string, string?>? environment = null, params string[] extraArguments) =>
        GetReleaseVersionWithVerbosity(directory, environment, "normal", extraArguments);

    /// <summary>-getProperty silences the console logger, so the log MSBuild writes goes to a file and is appended.</summary>
    public static BuildProperties GetReleaseVersionWithVerbosity(string directory, IDictionary<string, string?>? environment, string verbosity, params string[] extraArguments)
    {
        var logFile = System.IO.Path.Combine(TestDirectory.Create("log"), "msbuild.log");
        var names = new[]
        {
            "Version", "PackageVersion", "InformationalVersion", "AssemblyVersion", "FileVersion",
            "ReleaseTasksVersion", "ReleaseTasksMajor", "ReleaseTasksMinor", "ReleaseTasksPatch", "ReleaseTasksPreRelease",
            "ReleaseTasksHeight", "ReleaseTasksCommit", "ReleaseTasksBranch", "ReleaseTasksPreviousVersion",
        };
        var args = new List<string> { "msbuild", "-restore", "-nodeReuse:false", "-t:GetReleaseVersion" };
        args.AddRange(names.Select(n => "-getProperty:" + n));
        args.Add($"-flp:logfile={logFile};verbosity={verbosity}");
        args.AddRange(extraArguments);
        var run = Run(directory, args, environment);
        var log = System.IO.File.Exists(logFile) ? System.IO.File.ReadAllText(logFile) : "";
        return new BuildProperties(run with { Output = run.Output + "\n" + log }, Parse(run));
    }

    private static IReadOnlyDictionary<string, string> Parse(ProcessResult result)
    {
        // Warnings print before the JSON and may hold braces themselves (Label="nightly.{h}"): start at its first key.
        var key = result.Output.IndexOf("\"Properties\"", System.StringComparison.Ordinal);
        var start = key < 0 ? -1 : result.Output.LastIndexOf('{', key);
        var end = result.Output.LastIndexOf('}');
        if (result.ExitCode != 0 || start < 0 || end < start) return new Dictionary<string, string>();
        using var doc = JsonDocument.Parse(result.Output.Substring(start, end - start + 1));
        return doc.RootElement.GetProperty("Properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
    }
}

/// <summary>What MSBuild computed, with the build's output for assertions on messages.</summary>
public sealed record BuildProperties(ProcessResult Result, IReadOnlyDictionary<string, string> Values)
{
    public string this[string name] => Values.TryGetValue(name, out var v)
        ? v
        : throw new Xunit.Sdk.XunitException($"Property {name} not returned; exit code {Result.ExitCode}. Output:\n{Result.Output}");

    public string Output => Result.Output;
}
