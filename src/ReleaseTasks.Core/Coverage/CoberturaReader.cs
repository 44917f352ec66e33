using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Xml;

namespace ReleaseTasks.Coverage;

/// <summary>
/// Cobertura as coverlet and Microsoft.CodeCoverage write it. Streams the XML (reports reach tens of MB): the
/// &lt;lines&gt; directly under each &lt;class&gt; are read, the per-method copies of them skipped.
/// </summary>
public sealed class CoberturaReader : ICoverageFormat
{
    public string Name => "Cobertura";

    public string Signature => "XML with a <coverage> root";

    public bool Recognises(string head) => head.StartsWith("<", System.StringComparison.Ordinal) && head.IndexOf("<coverage", System.StringComparison.Ordinal) >= 0;

    public void Read(TextReader text, CoverageReadContext context, CoverageReport into)
    {
        var paths = context.Paths;
        var sources = new List<string>();
        string package = "", file = "";
        using var xml = XmlReader.Create(text, CoverageXml.Settings);
        // ReadElementContentAsString and Skip leave the reader on the node after the element: reading again there
        // would pass over it (every second <source> of a multi-root report was lost that way).
        var positioned = false;
        while (positioned || xml.Read())
        {
            positioned = false;
            if (xml.NodeType != XmlNodeType.Element) continue;
            switch (xml.LocalName)
            {
                case "source":
                    sources.Add(xml.ReadElementContentAsString().Trim());
                    positioned = !xml.EOF;
                    break;
                case "package":
                    package = xml.GetAttribute("name") ?? "";
                    break;
                case "class":
                    file = paths.Normalize(xml.GetAttribute("filename") ?? "", sources);
                    break;
                case "methods":
                    xml.Skip();
                    positioned = !xml.EOF;
                    break;
                case "line":
                    var number = CoverageXml.Int(xml, "number");
                    var line = new LineCoverage { Hits = CoverageXml.Long(xml, "hits") };
                    if (xml.GetAttribute("branch") is { } branch && branch.Equals("true", System.StringComparison.OrdinalIgnoreCase))
                        (line.BranchesCovered, line.BranchesTotal) = Conditions(xml.GetAttribute("condition-coverage"));
                    into.Add(file, package, number, line);
                    break;
            }
        }
    }

    /// <summary>"50% (1/2)" → (1, 2).</summary>
    private static (int, int) Conditions(string? text)
    {
        if (text == null) return (0, 0);
        var open = text.IndexOf('(');
        var slash = text.IndexOf('/', open + 1);
        var close = text.IndexOf(')', slash + 1);
        if (open < 0 || slash < 0 || close < 0) return (0, 0);
        var ok1 = int.TryParse(text.Substring(open + 1, slash - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var covered);
        var ok2 = int.TryParse(text.Substring(slash + 1, close - slash - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var total);
        return ok1 && ok2 ? (covered, total) : (0, 0);
    }
}
