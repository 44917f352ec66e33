using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseTasks.Analyzers.ThisAssembly;

/// <summary>
/// What the generated class holds, as the build passed it (build_property._ReleaseTasksThis*). Compared by value, so
/// equal options give an equal object and the generator's later steps are served from its cache. (A class, not a
/// record: netstandard2.0 has no init accessors.)
/// </summary>
internal sealed class ThisReleaseValues : IEquatable<ThisReleaseValues>
{
    private readonly string[] _values;

    public ThisReleaseValues(params string[] values)
    {
        if (values.Length != 20) throw new ArgumentException("20 values expected", nameof(values));
        _values = values;
    }

    public string ClassName => _values[0];
    public string Namespace => _values[1];
    public string Version => _values[2];
    public string InformationalVersion => _values[3];
    public string AssemblyVersion => _values[4];
    public string FileVersion => _values[5];
    public string Major => _values[6];
    public string Minor => _values[7];
    public string Patch => _values[8];
    public string PreRelease => _values[9];
    public string Height => _values[10];
    public string Commit => _values[11];
    public string CommitDate => _values[12];
    public string Branch => _values[13];
    public string PreviousVersion => _values[14];
    public string PreviousTag => _values[15];
    public string ReleaseType => _values[16];
    public string Channel => _values[17];
    public string IsLts => _values[18];
    public string IsSecurityRelease => _values[19];

    public bool Equals(ThisReleaseValues? other) =>
        other != null && _values.AsEnumerable().SequenceEqual(other._values, StringComparer.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ThisReleaseValues);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var value in _values) hash = hash * 31 + StringComparer.Ordinal.GetHashCode(value);
        return hash;
    }

    private const string Prefix = "build_property._ReleaseTasksThis";

    /// <summary>The values, or null when the build did not ask for the class (off, ReleaseTasksSkip, not our targets).</summary>
    public static ThisReleaseValues? From(AnalyzerConfigOptions options)
    {
        if (!string.Equals(Get(options, "Assembly"), "true", StringComparison.OrdinalIgnoreCase)) return null;
        return new ThisReleaseValues(
            Get(options, "Class"), Get(options, "Namespace"), Get(options, "Version"), Get(options, "InformationalVersion"),
            Get(options, "AssemblyVersion"), Get(options, "FileVersion"), Get(options, "Major"), Get(options, "Minor"),
            Get(options, "Patch"), Get(options, "PreRelease"), Get(options, "Height"), Get(options, "Commit"),
            Get(options, "CommitDate"), Get(options, "Branch"), Get(options, "PreviousVersion"), Get(options, "PreviousTag"),
            Get(options, "ReleaseType"), Get(options, "Channel"), Get(options, "IsLts"), Get(options, "IsSecurityRelease"));
    }

    private static string Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Prefix + name, out var value) ? Decode(value) : string.Empty;

    /// <summary>Undoes the targets' encoding: '\' and two hex digits stand for that character (the .editorconfig
    /// cannot carry '#', ';', line breaks or edge spaces). Anything else, a lone '\' included, is kept as it is.</summary>
    public static string Decode(string value)
    {
        if (value.IndexOf('\\') < 0) return value;
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 2 < value.Length && Hex(value[i + 1]) is { } high && Hex(value[i + 2]) is { } low)
            {
                sb.Append((char)(high * 16 + low));
                i += 2;
            }
            else sb.Append(value[i]);
        }
        return sb.ToString();
    }

    private static int? Hex(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : null;
}
