using System.IO;

namespace ReleaseTasks.EndToEnd.Tests.Infrastructure;

/// <summary>An executable /bin/sh script a test writes for itself: a git that hangs or counts its calls, a git hook.</summary>
public static class ShellScript
{
    /// <summary>Writes <paramref name="body"/> after a shebang line to <paramref name="path"/> and makes it executable.</summary>
    public static string Write(string path, string body)
    {
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!System.OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    /// <summary>A script named git in a fresh directory, for ReleaseTasksGitPath.</summary>
    public static string Git(string body) => Write(Path.Combine(TestDirectory.Create("gitscript"), "git"), body);
}
