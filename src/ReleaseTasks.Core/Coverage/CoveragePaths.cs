using System;
using System.Collections.Generic;
using System.IO;

namespace ReleaseTasks.Coverage;

/// <summary>
/// Turns the paths reports write into one form, so that the same file from several reports, and the paths of
/// git diff, meet: relative paths resolved against the report's &lt;source&gt; roots, deterministic-build paths
/// (/_/…) and SourceLink URLs mapped back into the repository, repository files made repository-relative with '/'.
/// </summary>
public sealed class CoveragePaths
{
    private readonly string? _repositoryRoot;
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);

    public CoveragePaths(string? repositoryRoot)
    {
        _repositoryRoot = repositoryRoot == null ? null : Slashes(Path.GetFullPath(repositoryRoot)).TrimEnd('/');
    }

    public string Normalize(string raw, IReadOnlyList<string> sourceRoots)
    {
        var key = raw + "\n" + string.Join("\n", sourceRoots);
        if (_cache.TryGetValue(key, out var known)) return known;
        var result = Resolve(raw.Trim(), sourceRoots);
        _cache[key] = result;
        return result;
    }

    private string Resolve(string raw, IReadOnlyList<string> sourceRoots)
    {
        if (Uri.TryCreate(raw, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http"))
            return FromUrl(uri) ?? raw;

        var path = Slashes(raw);
        if (path.StartsWith("/_/", StringComparison.Ordinal) && _repositoryRoot != null)
            return Relative(_repositoryRoot + path.Substring(2));

        if (!IsRooted(path))
        {
            string? firstCandidate = null;
            foreach (var root in sourceRoots)
            {
                var candidate = Slashes(root).TrimEnd('/') + "/" + path;
                if (candidate.StartsWith("/_/", StringComparison.Ordinal) && _repositoryRoot != null)
                    candidate = _repositoryRoot + candidate.Substring(2);
                firstCandidate ??= candidate;
                if (File.Exists(candidate)) return Relative(candidate);
            }
            if (firstCandidate != null) return Relative(firstCandidate);
            if (_repositoryRoot != null) return Relative(_repositoryRoot + "/" + path);
            return path;
        }
        return Relative(path);
    }

    /// <summary>A SourceLink URL (…/owner/repo/&lt;commit&gt;/src/File.cs): the longest tail that exists in the repository.</summary>
    private string? FromUrl(Uri uri)
    {
        if (_repositoryRoot == null) return null;
        var segments = uri.AbsolutePath.Trim('/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var tail = string.Join("/", segments, i, segments.Length - i);
            if (File.Exists(_repositoryRoot + "/" + Uri.UnescapeDataString(tail))) return Uri.UnescapeDataString(tail);
        }
        return null;
    }

    private string Relative(string full)
    {
        full = Collapse(Slashes(full));
        if (_repositoryRoot != null && full.StartsWith(_repositoryRoot + "/", StringComparison.Ordinal))
            return full.Substring(_repositoryRoot.Length + 1);
        return full;
    }

    private static bool IsRooted(string path) =>
        path.StartsWith("/", StringComparison.Ordinal) || path.Length > 2 && path[1] == ':' && path[2] == '/';

    private static string Slashes(string path) => path.Replace('\\', '/');

    /// <summary>Removes "." and ".." segments without touching the file system.</summary>
    private static string Collapse(string path)
    {
        if (path.IndexOf("/.", StringComparison.Ordinal) < 0) return path;
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == ".") continue;
            if (part == ".." && parts.Count > 1) { parts.RemoveAt(parts.Count - 1); continue; }
            parts.Add(part);
        }
        return string.Join("/", parts);
    }
}
