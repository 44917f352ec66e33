using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReleaseTasks.EndToEnd.Tests.Infrastructure;

/// <summary>The fenced code blocks of this repository's README.md, so a test runs exactly what a reader copies.</summary>
public static class Readme
{
    public static string Text => File.ReadAllText(Path.Combine(PackageFeed.RepositoryRoot, "README.md"));

    /// <summary>Every block fenced as <paramref name="language"/> (```xml, ```sh), in order, without the fences.</summary>
    public static IReadOnlyList<string> Blocks(string language) =>
        Regex.Matches(Text.Replace("\r\n", "\n"), "^```" + Regex.Escape(language) + "\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value)
            .ToList();

    /// <summary>The one block of <paramref name="language"/> that holds <paramref name="text"/>.</summary>
    public static string Block(string language, string text)
    {
        var found = Blocks(language).Where(b => b.Contains(text, StringComparison.Ordinal)).ToList();
        if (found.Count != 1)
            throw new Xunit.Sdk.XunitException($"README.md has {found.Count} ```{language} blocks holding '{text}', expected one");
        return found[0];
    }
}
