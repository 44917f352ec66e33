using System.Collections.Generic;
using System.Text;
using FsCheck.Xunit;
using ReleaseTasks.Git;

namespace ReleaseTasks.Tests.Git;

public class WindowsCommandLineTests
{
    [Theory]
    [InlineData(new[] { "log", "-z" }, "log -z")]
    [InlineData(new[] { "a b" }, "\"a b\"")]
    [InlineData(new[] { "" }, "\"\"")]
    [InlineData(new[] { "say \"hi\"" }, "\"say \\\"hi\\\"\"")]
    [InlineData(new[] { "C:\\dir\\" }, "C:\\dir\\")]
    [InlineData(new[] { "C:\\my dir\\" }, "\"C:\\my dir\\\\\"")]
    [InlineData(new[] { "a\\\"b" }, "\"a\\\\\\\"b\"")]
    [InlineData(new[] { ":(top,glob)src/**" }, ":(top,glob)src/**")]
    public void QuotesByTheRulesOfCommandLineToArgvW(string[] arguments, string expected) =>
        Assert.Equal(expected, WindowsCommandLine.Join(arguments));

    [Property(MaxTest = 500)]
    public void EveryArgumentSurvivesTheRoundTrip(string?[] arguments)
    {
        var args = new List<string>();
        foreach (var a in arguments ?? new string?[0]) args.Add((a ?? "").Replace("\0", ""));

        Assert.Equal(args, Split(WindowsCommandLine.Join(args)));
    }

    /// <summary>CommandLineToArgvW's rules (the ones the C runtime has used since 2008), for arguments after the program name.</summary>
    private static List<string> Split(string line)
    {
        var result = new List<string>();
        var i = 0;
        while (true)
        {
            while (i < line.Length && (line[i] == ' ' || line[i] == '\t')) i++;
            if (i >= line.Length) return result;
            var sb = new StringBuilder();
            var quoted = false;
            while (i < line.Length && (quoted || (line[i] != ' ' && line[i] != '\t')))
            {
                var backslashes = 0;
                while (i < line.Length && line[i] == '\\') { backslashes++; i++; }
                if (i < line.Length && line[i] == '"')
                {
                    sb.Append('\\', backslashes / 2);
                    if (backslashes % 2 == 1) { sb.Append('"'); i++; continue; }
                    if (quoted && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i += 2; continue; }
                    quoted = !quoted;
                    i++;
                    continue;
                }
                sb.Append('\\', backslashes);
                if (i < line.Length && (quoted || (line[i] != ' ' && line[i] != '\t'))) sb.Append(line[i++]);
            }
            result.Add(sb.ToString());
        }
    }
}
