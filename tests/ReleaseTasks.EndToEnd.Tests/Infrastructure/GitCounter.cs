using System.IO;
using System.Linq;

namespace ReleaseTasks.EndToEnd.Tests.Infrastructure;

/// <summary>A git wrapper (for ReleaseTasksGitPath) that records every invocation, so tests count the git
/// processes a build really starts.</summary>
public sealed class GitCounter
{
    public GitCounter()
    {
        var dir = TestDirectory.Create("gitcounter");
        LogFile = Path.Combine(dir, "calls.log");
        Executable = Path.Combine(dir, "git");
        File.WriteAllText(Executable, $"#!/bin/sh\necho \"$*\" >> '{LogFile}'\nexec git \"$@\"\n");
        if (!System.OperatingSystem.IsWindows())
            File.SetUnixFileMode(Executable, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public string Executable { get; }

    public string LogFile { get; }

    public string[] Calls => File.Exists(LogFile) ? File.ReadAllLines(LogFile).Where(l => l.Length > 0).ToArray() : new string[0];

    public void Reset()
    {
        if (File.Exists(LogFile)) File.Delete(LogFile);
    }
}
