using System.Collections.Generic;
using System.IO;
using System.Xml;

namespace ReleaseTasks.Coverage;

/// <summary>OpenCover: sequence points give the lines (a line ran when any of its points ran), branch points
/// the branches of the line they start on.</summary>
public sealed class OpenCoverReader : ICoverageFormat
{
    public string Name => "OpenCover";

    public string Signature => "XML with a <CoverageSession> root";

    public bool Recognises(string head) => head.StartsWith("<", System.StringComparison.Ordinal) && head.IndexOf("<CoverageSession", System.StringComparison.Ordinal) >= 0;

    public void Read(TextReader text, CoverageReadContext context, CoverageReport into)
    {
        var paths = context.Paths;
        var noSources = new List<string>();
        var files = new Dictionary<string, string>();
        var module = "";
        var skipped = false;
        var lines = new Dictionary<(string File, int Line), LineCoverage>();
        using var xml = XmlReader.Create(text, CoverageXml.Settings);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            switch (xml.LocalName)
            {
                case "Module":
                    Flush(lines, module, into);
                    files.Clear();
                    skipped = xml.GetAttribute("skippedDueTo") != null;
                    break;
                case "ModuleName":
                    module = xml.ReadElementContentAsString().Trim();
                    break;
                case "File" when !skipped:
                    var uid = xml.GetAttribute("uid");
                    var full = xml.GetAttribute("fullPath");
                    if (uid != null && full != null) files[uid] = paths.Normalize(full, noSources);
                    break;
                case "SequencePoint" when !skipped:
                {
                    if (!files.TryGetValue(xml.GetAttribute("fileid") ?? "", out var file)) break;
                    var key = (file, CoverageXml.Int(xml, "sl"));
                    lines.TryGetValue(key, out var line);
                    var visits = CoverageXml.Long(xml, "vc");
                    if (visits > line.Hits) line.Hits = visits;
                    lines[key] = line;
                    break;
                }
                case "BranchPoint" when !skipped:
                {
                    if (!files.TryGetValue(xml.GetAttribute("fileid") ?? "", out var file)) break;
                    var key = (file, CoverageXml.Int(xml, "sl"));
                    lines.TryGetValue(key, out var line);
                    line.BranchesTotal++;
                    if (CoverageXml.Long(xml, "vc") > 0) line.BranchesCovered++;
                    lines[key] = line;
                    break;
                }
            }
        }
        Flush(lines, module, into);
    }

    private static void Flush(Dictionary<(string File, int Line), LineCoverage> lines, string module, CoverageReport into)
    {
        foreach (var pair in lines) into.Add(pair.Key.File, module, pair.Key.Line, pair.Value);
        lines.Clear();
    }
}
