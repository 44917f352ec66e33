using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReleaseTasks.Coverage;

/// <summary>
/// coverlet's own format (coverage.json, <c>Format=json</c>): modules ("Lib.dll") → source files → classes → methods,
/// each method with its line hits and its branches (one entry per branch path, with the line it starts on). A class's
/// methods add up per line; classes that share a file (an async state machine, a lambda's closure) merge as the
/// Cobertura classes of the same run do.
/// </summary>
public sealed class CoverletJsonReader : ICoverageFormat
{
    // The first key of the document is a module's file name.
    private static readonly Regex FirstKeyIsAModule = new(@"^\{\s*""[^""]+\.(dll|exe)""\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public string Name => "coverlet JSON";

    public string Signature => "a JSON object of modules such as \"Lib.dll\"";

    public bool Recognises(string head) => FirstKeyIsAModule.IsMatch(head);

    public void Read(TextReader text, CoverageReadContext context, CoverageReport into)
    {
        JsonDocument document;
        try
        {
            // The whole report in memory (it is the size of the file); coverlet writes it as one object, so there is
            // nothing smaller to stream by.
            document = JsonDocument.Parse(text.ReadToEnd(), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new CoverageFormatException("not valid JSON (truncated?): " + e.Message, (int)(e.LineNumber ?? 0) + 1);
        }
        using (document)
        {
            var noSources = new List<string>();
            foreach (var module in Objects(document.RootElement, "the report"))
            {
                var assembly = Path.GetFileNameWithoutExtension(module.Name);
                foreach (var file in Objects(module.Value, module.Name))
                {
                    var path = context.Paths.Normalize(file.Name, noSources);
                    foreach (var type in Objects(file.Value, file.Name))
                    {
                        var lines = new Dictionary<int, LineCoverage>();
                        foreach (var method in Objects(type.Value, type.Name)) AddMethod(method, lines);
                        foreach (var pair in lines) into.Add(path, assembly, pair.Key, pair.Value);
                    }
                }
            }
        }
    }

    private static void AddMethod(JsonProperty method, Dictionary<int, LineCoverage> lines)
    {
        if (method.Value.ValueKind != JsonValueKind.Object) throw Unexpected(method.Name);
        if (method.Value.TryGetProperty("Lines", out var hits))
        {
            foreach (var line in Objects(hits, method.Name + " Lines", allowNumbers: true))
            {
                if (!int.TryParse(line.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || !line.Value.TryGetInt64(out var count))
                    throw new CoverageFormatException($"'{line.Name}: {line.Value}' of {method.Name} is not a line number and a hit count");
                lines.TryGetValue(number, out var coverage);
                coverage.Hits += count;
                lines[number] = coverage;
            }
        }
        if (method.Value.TryGetProperty("Branches", out var branches))
        {
            if (branches.ValueKind != JsonValueKind.Array) throw Unexpected(method.Name + " Branches");
            foreach (var branch in branches.EnumerateArray())
            {
                if (branch.ValueKind != JsonValueKind.Object || !branch.TryGetProperty("Line", out var at) || !at.TryGetInt32(out var number) ||
                    !branch.TryGetProperty("Hits", out var taken) || !taken.TryGetInt64(out var count))
                    throw new CoverageFormatException($"a branch of {method.Name} has no Line or Hits");
                lines.TryGetValue(number, out var coverage);
                coverage.BranchesTotal++;
                if (count > 0) coverage.BranchesCovered++;
                lines[number] = coverage;
            }
        }
    }

    private static IEnumerable<JsonProperty> Objects(JsonElement element, string what, bool allowNumbers = false)
    {
        if (element.ValueKind != JsonValueKind.Object) throw Unexpected(what);
        foreach (var property in element.EnumerateObject())
        {
            if (!allowNumbers && property.Value.ValueKind != JsonValueKind.Object) throw Unexpected(property.Name);
            yield return property;
        }
    }

    private static CoverageFormatException Unexpected(string what) =>
        new($"'{what}' is not what coverlet writes there (modules → files → classes → methods with Lines and Branches)");
}
