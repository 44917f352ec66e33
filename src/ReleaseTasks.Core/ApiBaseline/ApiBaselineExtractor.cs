using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ReleaseTasks.Git;
using ReleaseTasks.IO;

namespace ReleaseTasks.ApiBaseline;

/// <summary>
/// Writes the public API of the previous release for the analyzers: the project's PublicAPI.Shipped.txt and
/// PublicAPI.Unshipped.txt as they were at the release tag, read from git (no step for the user). The first line
/// names the tag and the files, so a build whose previous release has not changed starts no git process.
/// </summary>
public static class ApiBaselineExtractor
{
    /// <summary>Returns true when the file was (re)written.</summary>
    public static bool Extract(string projectDirectory, string tag, IReadOnlyList<string> apiFiles, string outputFile, string gitExecutable)
    {
        var dirs = GitDirectories.Locate(projectDirectory);
        if (dirs == null) return false;
        var root = Path.GetFullPath(dirs.WorkingTree).Replace('\\', '/').TrimEnd('/');
        var relative = apiFiles
            .Select(f => Path.GetFullPath(f).Replace('\\', '/'))
            .Where(f => f.StartsWith(root + "/", StringComparison.Ordinal))
            .Select(f => f.Substring(root.Length + 1))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var header = "# ReleaseTasks API baseline of " + tag + ": " + string.Join(" ", relative);
        if (File.Exists(outputFile) && FirstLine(outputFile) == header) return false;

        var git = new GitProcess(gitExecutable, root);
        var sb = new StringBuilder(header).Append('\n');
        foreach (var path in relative)
        {
            // A file the release did not have is simply not part of its API.
            var result = git.Run("show", tag + ":" + path);
            if (result.ExitCode != 0) continue;
            sb.Append("# file: ").Append(path).Append('\n').Append(result.Output.Replace("\r\n", "\n"));
            if (!result.Output.EndsWith("\n", StringComparison.Ordinal)) sb.Append('\n');
        }
        AtomicFile.WriteAllText(outputFile, sb.ToString());
        return true;
    }

    private static string? FirstLine(string path)
    {
        using var reader = new StreamReader(path);
        return reader.ReadLine();
    }
}
