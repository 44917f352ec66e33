using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ReleaseTasks.Git;

/// <summary>
/// Runs the git executable with a fixed argument list: no shell, no command line built from user text
/// (on .NET the arguments go through ProcessStartInfo.ArgumentList; on .NET Framework they are quoted by the
/// Windows rules, which is what ArgumentList does too). Every call carries the same pinned configuration, so the
/// user's and the system's git settings never change what is parsed, and every call ends within the timeout.
/// </summary>
public sealed class GitProcess
{
    /// <summary>
    /// Settings that alter output this package parses, each pinned to git's default on every call (command-line
    /// configuration wins over the system, global, repository and GIT_CONFIG_PARAMETERS files and variables).
    /// </summary>
    internal static readonly string[] PinnedConfiguration =
    {
        "core.quotePath=false",
        "core.pager=cat",
        "core.fsmonitor=false",
        "color.ui=never",
        "log.follow=false",
        "log.showSignature=false",
        "log.decorate=false",
        "log.abbrevCommit=false",
        "log.mailmap=false",
        "i18n.logOutputEncoding=UTF-8",
        "diff.mnemonicPrefix=false",
        "diff.noprefix=false",
        "diff.relative=false",
        "diff.renames=true",
        "diff.submodule=short",
        "diff.interHunkContext=0",
        "diff.algorithm=default",
        "diff.indentHeuristic=true",
        // A lazy fetch in a partial clone must never ask anyone anything, nor start maintenance.
        "credential.interactive=false",
        "gc.auto=0",
        "maintenance.auto=false",
    };

    public GitProcess(string executable, string workingDirectory)
        : this(new GitSettings { Executable = executable }, workingDirectory)
    {
    }

    public GitProcess(GitSettings settings, string workingDirectory)
    {
        Settings = string.IsNullOrWhiteSpace(settings.Executable) ? settings with { Executable = "git" } : settings;
        WorkingDirectory = workingDirectory;
    }

    public GitSettings Settings { get; }
    public string Executable => Settings.Executable;
    public string WorkingDirectory { get; }

    /// <summary>How many git processes this instance started; the benchmark and tests read it.</summary>
    public int ProcessCount => _processCount;

    // Two reads may run at once (PreviousTagGuess), each counting its process.
    private int _processCount;

    public GitResult Run(params string[] arguments) => RunWithInput(null, arguments);

    /// <summary>Runs git with <paramref name="input"/> on its standard input (batch commands such as cat-file).</summary>
    public GitResult RunWithInput(string? input, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            CreateNoWindow = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        var all = WithPinnedConfiguration(arguments);
#if NET
        foreach (var argument in all) startInfo.ArgumentList.Add(argument);
#else
        startInfo.Arguments = WindowsCommandLine.Join(all);
#endif
        foreach (var pair in Settings.Environment.Overrides)
        {
            if (pair.Value == null) startInfo.Environment.Remove(pair.Key);
            else startInfo.Environment[pair.Key] = pair.Value;
        }

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new GitException(Describe(arguments), -1, "the process did not start", GitFailure.NotFound);
        }
        catch (Win32Exception e)
        {
            throw new GitException(Describe(arguments), -1, e.Message, GitFailure.NotFound);
        }

        using (process)
        {
            Interlocked.Increment(ref _processCount);
            var limit = Settings.Timeout;
            var clock = Stopwatch.StartNew();
            // Both pipes are drained while git runs (a full pipe would stop it), and the input is written beside
            // them: a git that reads nothing must not block us either.
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            var writer = Task.Run(() =>
            {
                try
                {
                    if (input != null) process.StandardInput.Write(input);
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // git exited before reading everything; its exit code says why.
                }
            });

            if (!process.WaitForExit(Milliseconds(limit)))
            {
                KillTree(process);
                throw TimedOut(arguments, limit);
            }
            // The process is gone; a child it left behind may still hold the pipes open (a hung helper).
            var rest = limit - clock.Elapsed;
            if (!Task.WaitAll(new Task[] { output, error, writer }, Milliseconds(rest < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : rest)))
                throw TimedOut(arguments, limit);
            // No caller can use a repository git refuses: say so, instead of letting "exit code 128" read as "no such ref".
            if (process.ExitCode != 0 && GitException.IsUnsafeRepository(error.Result))
                throw new GitException(Describe(arguments), process.ExitCode, error.Result, GitFailure.UnsafeRepository);
            return new GitResult(process.ExitCode, output.Result, error.Result);
        }
    }

    /// <summary>Runs git and returns its output, or throws <see cref="GitException"/> when it fails.</summary>
    public string RunChecked(params string[] arguments)
    {
        var result = Run(arguments);
        if (result.ExitCode != 0) throw new GitException(Describe(arguments), result.ExitCode, result.Error);
        return result.Output;
    }

    private static string[] WithPinnedConfiguration(string[] arguments)
    {
        var all = new string[1 + PinnedConfiguration.Length * 2 + arguments.Length];
        all[0] = "--no-pager";
        for (var i = 0; i < PinnedConfiguration.Length; i++)
        {
            all[1 + i * 2] = "-c";
            all[2 + i * 2] = PinnedConfiguration[i];
        }
        Array.Copy(arguments, 0, all, 1 + PinnedConfiguration.Length * 2, arguments.Length);
        return all;
    }

    private static int Milliseconds(TimeSpan span) =>
        span.TotalMilliseconds >= int.MaxValue ? int.MaxValue : Math.Max(0, (int)span.TotalMilliseconds);

    private static GitException TimedOut(string[] arguments, TimeSpan limit) =>
        new(Describe(arguments), -1, $"git did not finish within {limit.TotalSeconds:0.###} s and was stopped", GitFailure.TimedOut) { Timeout = limit };

    /// <summary>Kills git and everything it started (ssh, credential helpers, a wrapper script's children).</summary>
    private static void KillTree(Process process)
    {
        try
        {
#if NET
            process.Kill(entireProcessTree: true);
#else
            if (Environment.OSVersion.Platform == PlatformID.Win32NT)
            {
                using var taskkill = Process.Start(new ProcessStartInfo("taskkill", $"/T /F /PID {process.Id}") { UseShellExecute = false, CreateNoWindow = true });
                taskkill?.WaitForExit(10000);
            }
            if (!process.HasExited) process.Kill();
#endif
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    private static string Describe(IEnumerable<string> arguments) => string.Join(" ", arguments);
}

public readonly record struct GitResult(int ExitCode, string Output, string Error);
