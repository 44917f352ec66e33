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
        ShellScript.Write(Executable, $"echo \"$*\" >> '{LogFile}'\nexec git \"$@\"");
    }

    public string Executable { get; }

    public string LogFile { get; }

    /// <summary>Each git command as started, from its subcommand on: the "--no-pager -c …" settings every call
    /// carries (GitProcess.PinnedConfiguration) are left out, so a test reads "log -z …", "cat-file --batch".</summary>
    public string[] Calls => File.Exists(LogFile)
        ? File.ReadAllLines(LogFile).Where(l => l.Length > 0).Select(WithoutPinnedSettings).ToArray()
        : new string[0];

    private static string WithoutPinnedSettings(string call)
    {
        var words = call.Split(' ');
        var i = 0;
        while (i < words.Length && (words[i] == "--no-pager" || (words[i] == "-c" && i + 1 < words.Length)))
            i += words[i] == "-c" ? 2 : 1;
        return string.Join(" ", words.Skip(i));
    }

    public void Reset()
    {
        if (File.Exists(LogFile)) File.Delete(LogFile);
    }
}
