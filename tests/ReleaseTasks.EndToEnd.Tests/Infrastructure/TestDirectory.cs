using System;
using System.IO;

namespace ReleaseTasks.EndToEnd.Tests.Infrastructure;

/// <summary>Fresh directories under one root per test run, outside this repository so its settings never apply.</summary>
public static class TestDirectory
{
    public static readonly string Root = Path.Combine(Path.GetTempPath(), "releasetasks-e2e", DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "-" + Environment.ProcessId);

    public static string Create(string? name = null)
    {
        var path = Path.Combine(Root, (name ?? "t") + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Directory.CreateDirectory(path);
        return path;
    }
}
