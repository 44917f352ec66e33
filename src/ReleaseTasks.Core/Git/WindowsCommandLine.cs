using System.Collections.Generic;
using System.Text;

namespace ReleaseTasks.Git;

/// <summary>
/// Quotes arguments by the rules of CommandLineToArgvW, for .NET Framework where ProcessStartInfo has no
/// ArgumentList. Each argument arrives in git exactly as given, spaces, quotes and backslashes included.
/// </summary>
internal static class WindowsCommandLine
{
    public static string Join(IEnumerable<string> arguments)
    {
        var sb = new StringBuilder();
        foreach (var argument in arguments)
        {
            if (sb.Length > 0) sb.Append(' ');
            Append(sb, argument);
        }
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string argument)
    {
        if (argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '\t', '\n', '\v', '"' }) < 0)
        {
            sb.Append(argument);
            return;
        }
        sb.Append('"');
        var backslashes = 0;
        foreach (var c in argument)
        {
            if (c == '\\') { backslashes++; continue; }
            if (c == '"') sb.Append('\\', backslashes * 2 + 1);
            else sb.Append('\\', backslashes);
            backslashes = 0;
            sb.Append(c);
        }
        sb.Append('\\', backslashes * 2);
        sb.Append('"');
    }
}
