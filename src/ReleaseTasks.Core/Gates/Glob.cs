using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ReleaseTasks.Gates;

/// <summary>
/// Globs over '/'-separated paths: <c>**</c> any number of directories, <c>*</c> anything but '/', <c>?</c> one
/// character. Absolute patterns match absolute paths; relative ones are relative to a root.
/// </summary>
public static class Glob
{
    private static readonly string[] SkippedDirectories = { ".git", "node_modules" };

    public static Regex ToRegex(string pattern)
    {
        var p = pattern.Replace('\\', '/');
        var sb = new StringBuilder("^");
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            if (c == '*' && i + 1 < p.Length && p[i + 1] == '*')
            {
                var slash = i + 2 < p.Length && p[i + 2] == '/';
                sb.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*') sb.Append("[^/]*");
            else if (c == '?') sb.Append("[^/]");
            else sb.Append(Regex.Escape(c.ToString()));
        }
        return new Regex(sb.Append('$').ToString(), RegexOptions.CultureInvariant);
    }

    public static bool IsMatch(string pattern, string path) => ToRegex(pattern).IsMatch(path.Replace('\\', '/'));

    /// <summary>The files under <paramref name="root"/> that match any of the patterns (sorted, no duplicates).</summary>
    public static IReadOnlyList<string> Expand(string root, IEnumerable<string> patterns)
    {
        var rootFull = Path.GetFullPath(root).Replace('\\', '/').TrimEnd('/');
        var regexes = patterns.Where(p => p.Trim().Length > 0).Select(p =>
        {
            var pattern = p.Trim().Replace('\\', '/');
            return Path.IsPathRooted(pattern) ? ToRegex(pattern) : ToRegex(rootFull + "/" + pattern.TrimStart('/'));
        }).ToList();
        if (regexes.Count == 0 || !Directory.Exists(rootFull)) return Array.Empty<string>();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Walk(rootFull))
            if (regexes.Any(r => r.IsMatch(file))) found.Add(file);
        return found.ToList();
    }

    private static IEnumerable<string> Walk(string directory)
    {
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            string[] files, dirs;
            try
            {
                files = Directory.GetFiles(dir);
                dirs = Directory.GetDirectories(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var f in files) yield return f.Replace('\\', '/');
            foreach (var d in dirs)
                if (!SkippedDirectories.Contains(Path.GetFileName(d))) pending.Push(d);
        }
    }
}
