using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace ReleaseTasks.EndToEnd.Tests.Infrastructure;

public sealed record ProcessResult(int ExitCode, string Output)
{
    public ProcessResult EnsureSuccess(string what)
    {
        if (ExitCode != 0) throw new InvalidOperationException($"{what} failed with exit code {ExitCode}:\n{Output}");
        return this;
    }
}

/// <summary>Runs a program with an argument list and returns its exit code with stdout and stderr merged.</summary>
public static class ProcessRunner
{
    // Every variable of every CI system the product knows (taken from its providers, so a new one cannot be
    // forgotten here): a test decides for itself which CI it runs in, also when the suite runs in one.
    public static readonly string[] CiDetectionVariables = ReleaseTasks.ContinuousIntegration.CiEnvironment.Providers
        .SelectMany(p => p.Variables)
        // And what a git hook hands down, in case the suite itself runs from one.
        .Concat(new[]
        {
            "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY", "GIT_PREFIX",
            "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT",
        })
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
        foreach (var name in CiDetectionVariables) startInfo.Environment.Remove(name);
        if (environment != null)
            foreach (var (name, value) in environment)
            {
                if (value == null) startInfo.Environment.Remove(name);
                else startInfo.Environment[name] = value;
            }

        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)(timeout ?? TimeSpan.FromMinutes(5)).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(" ", arguments)} did not finish:\n{output}");
        }
        process.WaitForExit();
        LogTime(fileName, arguments, clock.Elapsed);
        lock (output) return new ProcessResult(process.ExitCode, output.ToString());
    }

    // RELEASETASKS_TEST_PROCESS_LOG=<file>: one line per process the suite starts (wall seconds, command),
    // to find where the suite's time goes.
    private static readonly string? ProcessLog = Environment.GetEnvironmentVariable("RELEASETASKS_TEST_PROCESS_LOG");

    private static readonly object ProcessLogLock = new();

    private static void LogTime(string fileName, IEnumerable<string> arguments, TimeSpan elapsed)
    {
        if (string.IsNullOrEmpty(ProcessLog)) return;
        var line = $"{elapsed.TotalSeconds:F2}\t{System.IO.Path.GetFileName(fileName)} {string.Join(" ", arguments.Take(2))}\n";
        lock (ProcessLogLock) System.IO.File.AppendAllText(ProcessLog, line);
    }
}
