using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using NuGet.Versioning;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.IO;

namespace ReleaseTasks.Versioning;

/// <summary>
/// The last computed version of a project, on disk under obj/ with the key it was computed for (HEAD, refs,
/// settings, CI variables). A build whose key matches reads this file instead of starting git.
/// </summary>
public static class VersionCacheFile
{
    private const string Format = "ReleaseTasks version cache 4";

    // The last line: a file cut short (disk full, a damaged copy of obj/) is a miss, never a wrong version such as
    // "1.2.3-alp" read from half a line.
    private const string End = "end";

    /// <summary>
    /// The name of the cache file shared by every project and MSBuild node of the user, named after the key: in a
    /// parallel build each node keeps its own memory, and this file lets the second node skip git too.
    /// </summary>
    public static string SharedName(string key) => PrivateCacheDirectory.FileNameFor(key, ".version.cache");

    /// <summary>The result cached for the key in the user's cache directory, or null (a miss, or a file the
    /// directory's checks refuse: <paramref name="refusal"/> says why).</summary>
    public static VersionResult? ReadShared(PrivateCacheDirectory directory, string key, out string? refusal) =>
        directory.ReadText(SharedName(key), out refusal) is { } text ? Parse(Lines(text), key) : null;

    public static void WriteShared(PrivateCacheDirectory directory, string key, VersionResult result) =>
        directory.WriteText(SharedName(key), Content(key, result));

    public static VersionResult? Read(string path, string key)
    {
        try
        {
            if (!File.Exists(path)) return null;
            return Parse(File.ReadAllLines(path, Encoding.UTF8), key);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static VersionResult? Parse(string[] lines, string key)
    {
        if (lines.Length < 3 || lines[0] != Format || lines[lines.Length - 1] != End || Unescape(lines[1]) != key) return null;
        var values = new Dictionary<string, string>();
        var diagnostics = new List<Diagnostic>();
        var freezeBreaks = new List<string>();
        for (var i = 2; i < lines.Length - 1; i++)
        {
            var eq = lines[i].IndexOf('=');
            if (eq <= 0) continue;
            var name = lines[i].Substring(0, eq);
            var value = Unescape(lines[i].Substring(eq + 1));
            if (name == "freezeBreak") freezeBreaks.Add(value);
            else if (name == "diagnostic")
            {
                var parts = value.Split(new[] { '|' }, 3);
                if (parts.Length == 3 && Enum.TryParse<DiagnosticSeverity>(parts[1], out var severity))
                    diagnostics.Add(new Diagnostic(parts[0], severity, parts[2]));
            }
            else values[name] = value;
        }
        if (!SemanticVersion.TryParse(Get(values, "version"), out var version)) return null;
        SemanticVersion.TryParse(Get(values, "previousVersion"), out var previousVersion);
        SemanticVersion.TryParse(Get(values, "apiBaselineVersion"), out var apiBaselineVersion);
        Enum.TryParse<AssemblyVersionPrecision>(Get(values, "precision"), out var precision);
        return new VersionResult
        {
            Version = version,
            Commit = Get(values, "commit"),
            Height = int.TryParse(Get(values, "height"), out var h) ? h : 0,
            CommitDate = DateTimeOffset.TryParse(Get(values, "commitDate"), System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var date) ? date : null,
            Branch = Get(values, "branch"),
            PreviousTag = Get(values, "previousTag"),
            PreviousVersion = previousVersion,
            ApiBaselineTag = Get(values, "apiBaselineTag"),
            ApiBaselineVersion = apiBaselineVersion,
            AssemblyVersionPrecision = precision,
            Explanation = Get(values, "explanation"),
            IsSecurityRelease = Get(values, "security") == "true",
            FeatureFreezeJudged = Get(values, "freezeJudged") == "true",
            FeatureFreezeBase = Get(values, "freezeBase"),
            FeatureFreezeBreaks = freezeBreaks,
            OnLtsBranch = Get(values, "ltsBranch") == "true",
            Diagnostics = diagnostics,
        };
    }

    // The lines as File.ReadAllLines splits them (a last line feed ends the last line, it starts no empty one).
    private static string[] Lines(string text)
    {
        var lines = new List<string>();
        using var reader = new StringReader(text);
        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine()) lines.Add(line);
        return lines.ToArray();
    }

    /// <summary>Writes through a temporary file and a rename, so parallel builds of target frameworks never
    /// read half a file. A cache that cannot be written only costs the next build a git call.</summary>
    public static void Write(string path, string key, VersionResult result)
    {
        try
        {
            AtomicFile.WriteAllText(path, Content(key, result), durable: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static string Content(string key, VersionResult result)
    {
        var sb = new StringBuilder();
        sb.Append(Format).Append('\n').Append(Escape(key)).Append('\n');
        void Add(string name, string value) => sb.Append(name).Append('=').Append(Escape(value)).Append('\n');
        Add("version", result.Version.ToFullString());
        Add("commit", result.Commit);
        Add("height", result.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("commitDate", result.CommitDate?.ToString("o", System.Globalization.CultureInfo.InvariantCulture) ?? "");
        Add("branch", result.Branch);
        Add("previousTag", result.PreviousTag);
        Add("previousVersion", result.PreviousVersion?.ToFullString() ?? "");
        Add("apiBaselineTag", result.ApiBaselineTag);
        Add("apiBaselineVersion", result.ApiBaselineVersion?.ToFullString() ?? "");
        Add("precision", result.AssemblyVersionPrecision.ToString());
        Add("explanation", result.Explanation);
        Add("security", result.IsSecurityRelease ? "true" : "false");
        Add("freezeJudged", result.FeatureFreezeJudged ? "true" : "false");
        Add("freezeBase", result.FeatureFreezeBase);
        foreach (var b in result.FeatureFreezeBreaks) Add("freezeBreak", b);
        Add("ltsBranch", result.OnLtsBranch ? "true" : "false");
        foreach (var d in result.Diagnostics) Add("diagnostic", $"{d.Code}|{d.Severity}|{d.Message}");
        sb.Append(End).Append('\n');
        return sb.ToString();
    }

    private static string Get(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var v) ? v : string.Empty;

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r");

    private static string Unescape(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                sb.Append(value[i] switch { 'n' => '\n', 'r' => '\r', _ => value[i] });
            }
            else sb.Append(value[i]);
        }
        return sb.ToString();
    }
}
