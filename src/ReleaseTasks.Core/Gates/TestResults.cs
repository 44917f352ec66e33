using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;

namespace ReleaseTasks.Gates;

/// <summary>What TRX files (dotnet test --logger trx) say: how many tests ran, passed and failed, and which failed.</summary>
public sealed class TestResults
{
    public int Executed { get; private set; }
    public int Passed { get; private set; }
    public int Failed { get; private set; }
    public List<string> FailedTests { get; } = new();
    public int Files { get; private set; }

    public void Read(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = true };
        using var xml = XmlReader.Create(path, settings);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "Counters")
            {
                Executed += Number(xml, "executed");
                Passed += Number(xml, "passed");
                Failed += Number(xml, "failed") + Number(xml, "error") + Number(xml, "timeout") + Number(xml, "aborted");
            }
            else if (xml.LocalName == "UnitTestResult" && string.Equals(xml.GetAttribute("outcome"), "Failed", StringComparison.OrdinalIgnoreCase))
            {
                FailedTests.Add(xml.GetAttribute("testName") ?? "?");
            }
        }
        Files++;
    }

    private static int Number(XmlReader xml, string name) =>
        int.TryParse(xml.GetAttribute(name), out var n) ? n : 0;
}
