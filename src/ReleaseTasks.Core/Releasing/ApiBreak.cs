using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ReleaseTasks.Releasing;

/// <summary>
/// An RT5001 or RT5004 the compile of a readiness build reported (as a warning, so that the checklist is still
/// judged), read back from the compiler's SARIF error log: the code, the analyzer's message (member and fix) and
/// where it was reported (empty for RT5001, which is reported for the whole compilation).
/// </summary>
public sealed record ApiBreak(string Code, string Message, string File, int Line)
{
    /// <summary>The codes that make the public API item fail: API removed or changed, abstract member added.</summary>
    public static readonly IReadOnlyList<string> Codes = new[] { "RT5001", "RT5004" };

    /// <summary>"RT5001: 'Lib.Class1.Add() -> int' was public API …" with the file and line when there is one.</summary>
    public override string ToString()
    {
        var message = Message.TrimEnd().TrimEnd('.');
        return File.Length == 0 ? $"{Code}: {message}" : $"{Code}: {message} ({File}{(Line > 0 ? ":" + Line : "")})";
    }

    /// <summary>
    /// The RT5001/RT5004 results of a SARIF error log as Csc writes it: version 2.1 (message.text,
    /// physicalLocation.artifactLocation) or 1.0, the default of -errorlog (message as a string, resultFile).
    /// Results whose level is "none" (suppressed) are left out. Null when the text is not a SARIF log.
    /// </summary>
    public static IReadOnlyList<ApiBreak>? FromErrorLog(string sarif)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(sarif, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }); }
        catch (JsonException) { return null; }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
                return null;
            var breaks = new List<ApiBreak>();
            foreach (var run in runs.EnumerateArray())
            {
                if (run.ValueKind != JsonValueKind.Object || !run.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array) continue;
                foreach (var result in results.EnumerateArray())
                {
                    var code = Text(result, "ruleId");
                    if (!Codes.Contains(code, StringComparer.Ordinal) || Text(result, "level") == "none" || IsSuppressed(result)) continue;
                    var (file, line) = Where(result);
                    breaks.Add(new ApiBreak(code, MessageOf(result), file, line));
                }
            }
            // A multi-targeted library reports the same break once per framework.
            return breaks.Distinct().OrderBy(b => b.Code, StringComparer.Ordinal).ToList();
        }
    }

    private static string MessageOf(JsonElement result)
    {
        if (!result.TryGetProperty("message", out var message)) return "";
        return message.ValueKind == JsonValueKind.String ? message.GetString() ?? "" : Text(message, "text");
    }

    /// <summary>The first location: SARIF 2.1 physicalLocation.artifactLocation.uri, 1.0 resultFile.uri.</summary>
    private static (string File, int Line) Where(JsonElement result)
    {
        if (!result.TryGetProperty("locations", out var locations) || locations.ValueKind != JsonValueKind.Array) return ("", 0);
        foreach (var location in locations.EnumerateArray())
        {
            JsonElement physical;
            JsonElement artifact;
            if (location.TryGetProperty("physicalLocation", out physical) && physical.TryGetProperty("artifactLocation", out artifact)) { }
            else if (location.TryGetProperty("resultFile", out physical)) artifact = physical;
            else continue;
            var uri = Text(artifact, "uri");
            if (uri.Length == 0) continue;
            var line = physical.TryGetProperty("region", out var region) && region.TryGetProperty("startLine", out var start) && start.TryGetInt32(out var n) ? n : 0;
            return (LocalPath(uri), line);
        }
        return ("", 0);
    }

    private static string LocalPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : Uri.UnescapeDataString(uri);

    /// <summary>A result the user suppressed in source (#pragma, [SuppressMessage]) is not a break to judge.</summary>
    private static bool IsSuppressed(JsonElement result) =>
        result.TryGetProperty("suppressions", out var s) && s.ValueKind == JsonValueKind.Array && s.GetArrayLength() > 0
        || result.TryGetProperty("suppressionStates", out var states) && states.ValueKind == JsonValueKind.Array && states.GetArrayLength() > 0;

    private static string Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
