using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ReleaseTasks.Coverage;

/// <summary>
/// Every <see cref="ICoverageFormat"/> of this assembly, found by reflection rather than a hand-kept list, and the
/// recognition of a report's format from its content (never its file name).
/// </summary>
public static class CoverageFormats
{
    public static IReadOnlyList<ICoverageFormat> All { get; } = Implementations.Of<ICoverageFormat>(f => f.Name);

    /// <summary>"Cobertura, coverlet JSON, lcov or OpenCover": for messages and the docs tests.</summary>
    public static string Names(string conjunction = "or")
    {
        var names = All.Select(f => f.Name).ToArray();
        return names.Length == 1 ? names[0] : string.Join(", ", names.Take(names.Length - 1)) + " " + conjunction + " " + names[names.Length - 1];
    }

    /// <summary>The one format that recognises the start of the content; nothing falls through to a default.</summary>
    public static ICoverageFormat Detect(TextReader reader)
    {
        var buffer = new char[4096];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        var head = new string(buffer, 0, read).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.Length == 0) throw new CoverageFormatException("the file is empty");
        var matches = All.Where(f => f.Recognises(head)).ToList();
        if (matches.Count == 1) return matches[0];
        if (matches.Count > 1)
            throw new CoverageFormatException($"the file looks like several formats at once ({string.Join(", ", matches.Select(f => f.Name))})");
        throw new CoverageFormatException("not a coverage report of a known format: expected " +
                                          string.Join("; ", All.Select(f => f.Name + " (" + f.Signature + ")")));
    }
}
