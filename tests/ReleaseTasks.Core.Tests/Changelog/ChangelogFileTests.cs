using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Xunit;
using ReleaseTasks.Changelog;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Tests.Changelog;

public sealed class ChangelogFileTests : IDisposable
{
    private const string V101 = "## 1.0.1\n\n- fixed\n";
    private readonly string _root = TempRepository.NewDirectory();

    public void Dispose() => TempRepository.Delete(_root);

    private string Changelog(byte[] bytes)
    {
        var path = Path.Combine(_root, "CHANGELOG.md");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The file without the generated section of <paramref name="version"/> and the blank line written after it.</summary>
    private static string Without(string text, string version, bool blankAfter = true)
    {
        var begin = text.IndexOf($"<!-- ReleaseTasks: begin {version} -->", StringComparison.Ordinal);
        var endMarker = $"<!-- ReleaseTasks: end {version} -->";
        var end = text.IndexOf(endMarker, StringComparison.Ordinal) + endMarker.Length;
        var ending = Regex.Match(text.Substring(end), @"^(\r?\n)(\r?\n)?");
        end += blankAfter ? ending.Length : ending.Groups[1].Length;
        return text.Substring(0, begin) + text.Substring(end);
    }

    [Fact]
    public void EachLineKeepsItsOwnEndingInAFileOfMixedEndings()
    {
        var original = "# Log\r\n\r\nIntro with LF.\n\n## 1.0.0\r\n\r\n- by hand, CRLF\r\n- by hand, LF\n";
        var path = Changelog(Encoding.UTF8.GetBytes(original));

        var (changed, error) = ChangelogFile.Update(path, "1.0.1", V101);

        Assert.Null(error);
        Assert.True(changed);
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(path));
        Assert.Equal(original, Without(text, "1.0.1"));
    }

    [Theory]
    [InlineData("# Log\n\n## 1.0.0\n\n- old")]
    [InlineData("# Log\n\nIntro without a version and without a final newline")]
    [InlineData("# Log\r\n\r\nIntro, CRLF, no final newline")]
    public void AFileWithoutAFinalNewlineStaysWithoutOne(string original)
    {
        var path = Changelog(Encoding.UTF8.GetBytes(original));

        ChangelogFile.Update(path, "1.0.1", V101);
        var once = File.ReadAllText(path);
        ChangelogFile.Update(path, "1.0.1", "## 1.0.1\n\n- regenerated\n");
        var text = File.ReadAllText(path);

        Assert.Contains("- regenerated", text);
        Assert.False(text.EndsWith("\n", StringComparison.Ordinal), text);
        // Appended at the end, the section is separated by a line ending given to the last hand-written line.
        var restored = Without(text, "1.0.1", blankAfter: original.Contains("## 1.0.0"));
        Assert.Equal(original, restored.TrimEnd('\r', '\n'));
        Assert.StartsWith(original.Contains("## 1.0.0") ? original.Substring(0, original.IndexOf("## 1.0.0")) : original, once);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Utf16WithAByteOrderMarkIsKept(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var original = "# Changelog\r\n\r\nWritten by Windows PowerShell 5 — naïve ✓\r\n";
        var path = Changelog(encoding.GetPreamble().Concat(encoding.GetBytes(original)).ToArray());

        var (_, error) = ChangelogFile.Update(path, "1.0.1", V101);

        Assert.Null(error);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(encoding.GetPreamble(), bytes.Take(2).ToArray());
        var text = encoding.GetString(bytes, 2, bytes.Length - 2);
        Assert.StartsWith(original, text);
        Assert.Contains("<!-- ReleaseTasks: begin 1.0.1 -->\r\n## 1.0.1\r\n", text);
    }

    [Theory]
    [InlineData(new byte[] { 0x23, 0x20, 0x43, 0x61, 0x66, 0xE9, 0x0A }, "not valid UTF-8")] // "# Café" in Latin-1
    [InlineData(new byte[] { 0x23, 0x00, 0x20, 0x00, 0x41, 0x00, 0x0A, 0x00 }, "NUL byte")] // UTF-16 LE without a BOM
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x0A }, "not valid UTF-8 with BOM")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0xD8, 0x0A, 0x00 }, "not valid UTF-16 LE")] // a lone surrogate
    public void BytesThatCannotBeRoundTrippedAreRefusedAndLeftAlone(byte[] original, string problem)
    {
        var path = Changelog(original);

        var (changed, error) = ChangelogFile.Update(path, "1.0.1", V101);

        Assert.False(changed);
        Assert.Equal(DiagnosticCatalog.ChangelogEncoding, error!.Code);
        Assert.Contains(problem, error.Message);
        Assert.Equal(path, error.File);
        Assert.Equal(original, File.ReadAllBytes(path));
    }

    [Fact]
    public void ASymbolicLinkIsUpdatedThroughAndStaysALink()
    {
        if (OperatingSystem.IsWindows()) return; // creating links needs a privilege there
        var real = Path.Combine(_root, "docs", "CHANGELOG.md");
        Directory.CreateDirectory(Path.GetDirectoryName(real)!);
        File.WriteAllText(real, "# Log\n");
        var link = Path.Combine(_root, "CHANGELOG.md");
        File.CreateSymbolicLink(link, Path.Combine("docs", "CHANGELOG.md"));

        var (changed, error) = ChangelogFile.Update(link, "1.0.1", V101);

        Assert.Null(error);
        Assert.True(changed);
        Assert.Equal(Path.Combine("docs", "CHANGELOG.md"), new FileInfo(link).LinkTarget);
        Assert.Contains("begin 1.0.1", File.ReadAllText(real));
    }

    [Fact]
    public void TheFileModeIsKept()
    {
        if (OperatingSystem.IsWindows()) return;
        var path = Changelog(Encoding.UTF8.GetBytes("# Log\n"));
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite;
        File.SetUnixFileMode(path, mode);

        ChangelogFile.Update(path, "1.0.1", V101);

        Assert.Contains("begin 1.0.1", File.ReadAllText(path));
        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [Fact]
    public void AReadOnlyFileIsAnErrorAndLeftAlone()
    {
        var path = Changelog(Encoding.UTF8.GetBytes("# Log\n"));
        File.SetAttributes(path, FileAttributes.ReadOnly);
        try
        {
            var (changed, error) = ChangelogFile.Update(path, "1.0.1", V101);

            Assert.False(changed);
            Assert.Equal(DiagnosticCatalog.ChangelogNotWritable, error!.Code);
            Assert.Equal("# Log\n", File.ReadAllText(path));
        }
        finally
        {
            File.SetAttributes(path, FileAttributes.Normal);
        }
    }

    /// <summary>Hand-written lines: any text without line feeds (lone carriage returns included) and without markers.</summary>
    private static string HandLine(string? raw) =>
        new string((raw ?? "").Where(c => c != '\n' && c != '\0' && !char.IsSurrogate(c)).ToArray()).Replace("<!--", "<!-");

    [Property(MaxTest = 150)]
    public void HandWrittenContentSurvivesAnyNumberOfUpdates(string[] hand, bool[] crlf, bool finalNewline, bool unreleased, byte encoding, byte[] updates)
    {
        hand ??= Array.Empty<string>();
        crlf = crlf is { Length: > 0 } ? crlf : new[] { false };
        var ending = 0;
        string Line(string text) => text + (crlf[ending++ % crlf.Length] ? "\r\n" : "\n");
        string Block(string version, string body) => Line($"<!-- ReleaseTasks: begin {version} -->") + Line($"## {version}") + Line(body) + Line($"<!-- ReleaseTasks: end {version} -->");
        var parts = new[] { new StringBuilder(), new StringBuilder(), new StringBuilder() };
        for (var i = 0; i < hand.Length; i++) parts[i % 3].Append(Line(HandLine(hand[i])));
        var original = parts[0] + Block("1.1.0", "- generated") + parts[1] + Block("1.0.0", "- older") + parts[2];
        if (!finalNewline) original = original.TrimEnd('\r', '\n');
        var enc = (encoding % 4) switch
        {
            0 => new UTF8Encoding(false),
            1 => new UTF8Encoding(true),
            2 => (Encoding)new UnicodeEncoding(false, true),
            _ => new UnicodeEncoding(true, true),
        };
        var path = Changelog(enc.GetPreamble().Concat(enc.GetBytes(original)).ToArray());

        foreach (var update in updates ?? Array.Empty<byte>())
        {
            var version = (update % 3) switch { 0 => "1.1.0", 1 => "1.0.0", _ => unreleased ? "Unreleased" : "1.1.0" };
            var (_, error) = ChangelogFile.Update(path, version, $"## {version}\n\n- change {update}\n");
            Assert.Null(error);
        }

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(enc.GetPreamble(), bytes.Take(enc.GetPreamble().Length).ToArray());
        var text = enc.GetString(bytes, enc.GetPreamble().Length, bytes.Length - enc.GetPreamble().Length);
        Assert.Equal(Strip(original), Strip(text.Contains("begin Unreleased") ? Without(text, "Unreleased") : text));
    }

    /// <summary>The text with every generated section (markers included) taken out: what the team wrote.</summary>
    private static string Strip(string text)
    {
        var kept = new StringBuilder();
        var inside = false;
        foreach (var line in Regex.Split(text, "(?<=\n)"))
        {
            if (line.StartsWith("<!-- ReleaseTasks: begin", StringComparison.Ordinal)) inside = true;
            if (!inside) kept.Append(line);
            if (line.StartsWith("<!-- ReleaseTasks: end", StringComparison.Ordinal)) inside = false;
        }
        return kept.ToString();
    }
}
