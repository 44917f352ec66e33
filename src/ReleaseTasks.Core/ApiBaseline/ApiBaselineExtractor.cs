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
    public static bool Extract(string projectDirectory, string tag, IReadOnlyList<string> apiFiles, string outputFile, GitSettings gitSettings)
    {
        var dirs = GitDirectories.Locate(projectDirectory, gitSettings.Environment);
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
        if (relative.Count == 0) return false;
        if (File.Exists(outputFile) && FirstLine(outputFile) == header) return false;

        // All files in one process: cat-file answers each "<tag>:<path>" line with "<id> blob <size>" and the
        // content, or "<tag>:<path> missing" for a file the release did not have (not part of its API).
        var git = new GitProcess(gitSettings, root);
        var sb = new StringBuilder(header).Append('\n');
        var entries = new List<string>();
        foreach (var (path, content) in ReadAtTag(git, tag, relative))
        {
            sb.Append("# file: ").Append(path).Append('\n').Append(content.Replace("\r\n", "\n"));
            if (!content.EndsWith("\n", StringComparison.Ordinal)) sb.Append('\n');
            entries.AddRange(content.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal) && !l.StartsWith("*REMOVED*", StringComparison.Ordinal)));
        }

        // Entries no C# file of the project at the tag mentions: that release did not have them, its API files were
        // stale at the tag, and RT5001 says so with the way out (PublicAPI.Corrections.txt) instead of asking for a major.
        if (entries.Count > 0)
        {
            var projectPath = Path.GetFullPath(projectDirectory).Replace('\\', '/').TrimEnd('/');
            var arguments = new List<string> { "ls-tree", "-r", "-z", "--name-only", tag };
            if (projectPath.StartsWith(root + "/", StringComparison.Ordinal))
                arguments.AddRange(new[] { "--", ":(top,literal)" + projectPath.Substring(root.Length + 1) });
            var listing = git.Run(arguments.ToArray());
            if (listing.ExitCode != 0) throw new GitException("ls-tree", listing.ExitCode, listing.Error);
            var sources = listing.Output.Split('\0').Where(f => f.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)).ToList();
            if (sources.Count > 0)
            {
                var identifiers = ApiEntryNames.IdentifiersOf(ReadAtTag(git, tag, sources).Select(f => f.Content));
                foreach (var entry in ApiEntryNames.Unmentioned(entries.Distinct(StringComparer.Ordinal), identifiers))
                    sb.Append(NotInTheCodeAtTheTag).Append(entry).Append('\n');
            }
        }
        AtomicFile.WriteAllText(outputFile, sb.ToString());
        return true;
    }

    /// <summary>The baseline's line for an entry the code at the tag never mentions (read by the analyzers).</summary>
    public const string NotInTheCodeAtTheTag = "# not in the code at the tag: ";

    private static IEnumerable<(string Path, string Content)> ReadAtTag(GitProcess git, string tag, IReadOnlyList<string> paths)
    {
        var request = string.Concat(paths.Select(p => tag + ":" + p + "\n"));
        var output = git.RunWithInput(request, "cat-file", "--batch");
        if (output.ExitCode != 0) throw new GitException("cat-file --batch", output.ExitCode, output.Error);
        var text = output.Output;
        var position = 0;
        var read = new List<(string, string)>();
        foreach (var path in paths)
        {
            var newline = text.IndexOf('\n', position);
            if (newline < 0) break;
            var answer = text.Substring(position, newline - position).Split(' ');
            position = newline + 1;
            if (answer.Length != 3 || answer[1] != "blob") continue;
            var size = int.Parse(answer[2], System.Globalization.CultureInfo.InvariantCulture);
            var content = Utf8Slice(text, ref position, size);
            position++; // the newline after each object
            read.Add((path, content));
        }
        return read;
    }

    /// <summary>cat-file gives sizes in bytes: take that many UTF-8 bytes' worth of characters.</summary>
    private static string Utf8Slice(string text, ref int position, int bytes)
    {
        var start = position;
        var count = 0;
        while (position < text.Length && count < bytes)
        {
            var c = text[position];
            count += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) ? 4 : 3;
            position += char.IsHighSurrogate(c) ? 2 : 1;
        }
        return text.Substring(start, position - start);
    }

    private static string? FirstLine(string path)
    {
        using var reader = new StreamReader(path);
        return reader.ReadLine();
    }
}
