using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;

namespace ReleaseTasks.Gates;

/// <summary>
/// One TRX file (dotnet test --logger trx, or Microsoft.Testing.Platform's --report-trx): its counters, the test
/// assemblies it ran, when it finished, and whether the run finished at all.
/// </summary>
public sealed class TestRun
{
    private static readonly string[] FinishedOutcomes = { "Completed", "Passed", "Failed", "Warning" };

    private TestRun(string path) => Path = path;

    public string Path { get; }
    public int Executed { get; private set; }
    public int Passed { get; private set; }
    public int Failed { get; private set; }
    public List<string> FailedTests { get; } = new();

    /// <summary>The test assemblies (with their target framework folder) the run executed: what makes two runs the same project's.</summary>
    public SortedSet<string> Assemblies { get; } = new(StringComparer.OrdinalIgnoreCase);

    public DateTimeOffset Finished { get; private set; }

    /// <summary>Why the run did not finish (aborted, crashed host, fewer results than tests), or null.</summary>
    public string? Incomplete { get; private set; }

    public static TestRun Read(string path)
    {
        var run = new TestRun(path);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = true };
        string? outcome = null;
        var runErrors = new List<string>();
        int results = 0, definitions = 0, unfinished = 0, resultsDepth = -1;
        DateTimeOffset? finish = null, start = null;
        using (var xml = XmlReader.Create(path, settings))
        {
            // ReadInnerXml leaves the reader on the next node: reading again there would pass over a second RunInfo.
            var positioned = false;
            while (positioned || xml.Read())
            {
                positioned = false;
                if (xml.NodeType != XmlNodeType.Element) continue;
                switch (xml.LocalName)
                {
                    case "Times" when xml.Depth == 1:
                        finish = Time(xml.GetAttribute("finish"));
                        start = Time(xml.GetAttribute("start"));
                        break;
                    case "Results" when xml.Depth == 1:
                        resultsDepth = xml.Depth;
                        break;
                    case "UnitTestResult":
                        // Only results directly under <Results> are tests; nested ones are a data-driven test's rows.
                        if (xml.Depth == resultsDepth + 1) results++;
                        if (string.Equals(xml.GetAttribute("outcome"), "Failed", StringComparison.OrdinalIgnoreCase))
                            run.FailedTests.Add(xml.GetAttribute("testName") ?? "?");
                        break;
                    case "UnitTest":
                        definitions++;
                        if (xml.GetAttribute("storage") is { Length: > 0 } storage) run.Assemblies.Add(storage.Replace('\\', '/'));
                        break;
                    case "ResultSummary":
                        outcome = xml.GetAttribute("outcome");
                        break;
                    case "Counters":
                        run.Executed += Number(xml, "executed");
                        run.Passed += Number(xml, "passed");
                        run.Failed += Number(xml, "failed") + Number(xml, "error") + Number(xml, "timeout") + Number(xml, "aborted");
                        unfinished += Number(xml, "inProgress") + Number(xml, "pending");
                        break;
                    case "RunInfo" when string.Equals(xml.GetAttribute("outcome"), "Error", StringComparison.OrdinalIgnoreCase):
                        runErrors.Add(FirstLine(StripTags(xml.ReadInnerXml())));
                        positioned = !xml.EOF;
                        break;
                }
            }
        }
        run.Finished = finish ?? start ?? new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
        run.Incomplete = WhyIncomplete(outcome, run.Failed, results, definitions, unfinished, runErrors);
        return run;
    }

    private static string? WhyIncomplete(string? outcome, int failed, int results, int definitions, int unfinished, List<string> runErrors)
    {
        var errors = runErrors.Count > 0 ? " (" + string.Join("; ", runErrors.Take(2)) + ")" : "";
        // vstest writes a crashed or hang-killed host as outcome Failed with 0 failed tests and an Error RunInfo.
        if (outcome != null && !FinishedOutcomes.Contains(outcome, StringComparer.OrdinalIgnoreCase))
            return $"its run outcome is {outcome}{errors}";
        if (string.Equals(outcome, "Failed", StringComparison.OrdinalIgnoreCase) && failed == 0)
            return $"its run outcome is Failed although no test failed{errors}";
        if (runErrors.Any(e => e.IndexOf("abort", StringComparison.OrdinalIgnoreCase) >= 0 || e.IndexOf("crash", StringComparison.OrdinalIgnoreCase) >= 0))
            return "the run reports" + errors;
        if (results < definitions) return $"it records {results} result(s) for {definitions} test(s) started";
        if (unfinished > 0) return $"{unfinished} test(s) are still in progress or pending";
        return null;
    }

    private static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;

    private static string StripTags(string xml) => System.Text.RegularExpressions.Regex.Replace(xml, "<[^>]*>", " ").Trim();

    private static string FirstLine(string text)
    {
        var line = text.Split('\n')[0].Trim();
        return line.Length > 160 ? line.Substring(0, 160) + "…" : line;
    }

    private static int Number(XmlReader xml, string name) =>
        int.TryParse(xml.GetAttribute(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
