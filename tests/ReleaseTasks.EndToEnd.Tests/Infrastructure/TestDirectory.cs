using System;
using System.Diagnostics;
using System.IO;

namespace ReleaseTasks.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Fresh directories under one root per test run, outside this repository so its settings never apply. A run keeps
/// its directory for inspection after it ends; the next run deletes it (each run holds gigabytes of packed projects).
/// </summary>
public static class TestDirectory
{
    private static readonly string Runs = Path.Combine(Path.GetTempPath(), "releasetasks-e2e");

    public static readonly string Root = NewRoot();

    public static string Create(string? name = null)
    {
        var path = Path.Combine(Root, (name ?? "t") + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string NewRoot()
    {
        DeleteRunsOfEndedProcesses();
        return Path.Combine(Runs, DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "-" + Environment.ProcessId);
    }

    /// <summary>Runs are named yyyyMMddHHmmss-pid; one whose process is gone is deleted, one still running is kept.</summary>
    private static void DeleteRunsOfEndedProcesses()
    {
        if (!Directory.Exists(Runs)) return;
        foreach (var dir in Directory.EnumerateDirectories(Runs))
        {
            var parts = Path.GetFileName(dir).Split('-');
            if (parts.Length != 2 || !int.TryParse(parts[1], out var pid) || IsRunning(pid)) continue;
            try
            {
                foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
                    File.SetAttributes(file, FileAttributes.Normal);
                Directory.Delete(dir, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
