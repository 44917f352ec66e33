using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Threading;

namespace ReleaseTasks.Git;

/// <summary>
/// Runs the git executable with a fixed argument list: no shell, no command line built from user text
/// (on .NET the arguments go through ProcessStartInfo.ArgumentList; on .NET Framework they are quoted by the
/// Windows rules, which is what ArgumentList does too).
/// </summary>
public sealed class GitProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public GitProcess(string executable, string workingDirectory)
    {
        Executable = string.IsNullOrWhiteSpace(executable) ? "git" : executable;
        WorkingDirectory = workingDirectory;
    }

    public string Executable { get; }
    public string WorkingDirectory { get; }

    /// <summary>How many git processes this instance started; the benchmark and tests read it.</summary>
    public int ProcessCount { get; private set; }

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
#if NET
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
#else
        startInfo.Arguments = WindowsCommandLine.Join(arguments);
#endif
        // Output must be machine-readable whatever the user's configuration or language.
        startInfo.Environment["LC_ALL"] = "C";
        startInfo.Environment["GIT_TERMINAL_PROMPT"] = "0";
        startInfo.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        startInfo.Environment["GIT_PAGER"] = "cat";

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new GitException(Describe(arguments), -1, "the process did not start", true);
        }
        catch (Win32Exception e)
        {
            throw new GitException(Describe(arguments), -1, e.Message, executableNotFound: true);
        }

        using (process)
        {
            ProcessCount++;
            if (input != null) process.StandardInput.Write(input);
            process.StandardInput.Close();
            var error = new StringBuilder();
            var errorReader = new Thread(() => error.Append(process.StandardError.ReadToEnd())) { IsBackground = true };
            errorReader.Start();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
            {
                try { process.Kill(); } catch (InvalidOperationException) { }
                throw new GitException(Describe(arguments), -1, $"git did not finish within {Timeout.TotalSeconds} s");
            }
            errorReader.Join();
            return new GitResult(process.ExitCode, output, error.ToString());
        }
    }

    /// <summary>Runs git and returns its output, or throws <see cref="GitException"/> when it fails.</summary>
    public string RunChecked(params string[] arguments)
    {
        var result = Run(arguments);
        if (result.ExitCode != 0) throw new GitException(Describe(arguments), result.ExitCode, result.Error);
        return result.Output;
    }

    private static string Describe(IEnumerable<string> arguments) => string.Join(" ", arguments);
}

public readonly record struct GitResult(int ExitCode, string Output, string Error);
