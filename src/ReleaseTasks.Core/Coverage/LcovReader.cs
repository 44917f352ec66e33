using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace ReleaseTasks.Coverage;

/// <summary>
/// lcov tracefiles (SF/DA/BRDA records). lcov names no assembly, so a file's assembly is the project (.csproj)
/// nearest above it, when it can be found: looked for from the normalised path (deterministic /_/ paths mapped
/// into the repository), never from the raw path, which on a deterministic or container build exists nowhere here.
/// </summary>
public sealed class LcovReader : ICoverageFormat
{
    public string Name => "lcov";

    public string Signature => "tracefile records starting with TN: or SF:";

    public bool Recognises(string head)
    {
        var newline = head.IndexOf('\n');
        var first = (newline < 0 ? head : head.Substring(0, newline)).Trim();
        return first.StartsWith("TN:", StringComparison.Ordinal) || first.StartsWith("SF:", StringComparison.Ordinal);
    }

    public void Read(TextReader text, CoverageReadContext context, CoverageReport into)
    {
        var paths = context.Paths;
        var assemblyOf = context.AssemblyOf;
        var noSources = new List<string>();
        string? file = null, rawFile = null;
        var assembly = "";
        var lines = new Dictionary<int, LineCoverage>();
        var number = 0;
        string? row;
        while ((row = text.ReadLine()) != null)
        {
            number++;
            row = row.Trim();
            if (row.Length == 0) continue;
            if (row.StartsWith("SF:", StringComparison.Ordinal))
            {
                rawFile = row.Substring(3);
                file = paths.Normalize(rawFile, noSources);
                assembly = assemblyOf(file);
                lines.Clear();
            }
            else if (row.StartsWith("DA:", StringComparison.Ordinal))
            {
                var parts = Fields(row, 3, 2, number);
                lines.TryGetValue(Number(parts[0], number), out var line);
                line.Hits += Number(parts[1], number);
                lines[Number(parts[0], number)] = line;
            }
            else if (row.StartsWith("BRDA:", StringComparison.Ordinal))
            {
                var parts = Fields(row, 5, 4, number);
                var at = Number(parts[0], number);
                lines.TryGetValue(at, out var line);
                line.BranchesTotal++;
                if (parts[3] != "-" && Number(parts[3], number) > 0) line.BranchesCovered++;
                lines[at] = line;
            }
            else if (row == "end_of_record")
            {
                if (file == null) throw new CoverageFormatException("end_of_record without SF", number);
                foreach (var pair in lines) into.Add(file, assembly, pair.Key, pair.Value);
                lines.Clear();
                file = null;
            }
        }
        if (file != null) throw new CoverageFormatException($"the record of {rawFile} has no end_of_record: the file looks truncated", number);
    }

    private static string[] Fields(string row, int prefix, int count, int lineNumber)
    {
        var parts = row.Substring(prefix).Split(',');
        if (parts.Length < count) throw new CoverageFormatException($"'{row}' has too few fields", lineNumber);
        return parts;
    }

    private static int Number(string text, int lineNumber) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new CoverageFormatException($"'{text}' is not a number", lineNumber);
}
