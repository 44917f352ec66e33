using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ReleaseTasks.ContinuousIntegration;
using ReleaseTasks.Coverage;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Tests.Documentation;

/// <summary>
/// The lists a user reads (CI systems and their variables, coverage formats, the diagnostics index) are checked
/// against the classes that define them, so a new CI provider, coverage format or code that the docs miss fails here
/// with a message saying where to add it.
/// </summary>
public class RegistryDocumentationTests
{
    private static string Read(string relative) => File.ReadAllText(Path.Combine(DocumentationTests.Root, relative));

    private static readonly string[] UserDocuments =
        new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(DocumentationTests.Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(DocumentationTests.Root, f).Replace('\\', '/'))).ToArray();

    [Fact]
    public void TheCiTableOfPropertiesMdHasARowPerProviderWithEveryVariableItReads()
    {
        var rows = Read("docs/properties.md").Split('\n')
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && CiEnvironment.Providers.Any(p => l.StartsWith("| " + p.Name + " |", StringComparison.Ordinal)))
            .ToList();
        foreach (var provider in CiEnvironment.Providers)
        {
            var row = rows.SingleOrDefault(r => r.StartsWith("| " + provider.Name + " |", StringComparison.Ordinal));
            Assert.True(row != null, $"docs/properties.md: the table under 'CI variables read for the branch and pull request' has no row '| {provider.Name} | …' for {provider.GetType().Name}: add one.");
            var detectedBy = row!.Split('|')[2];
            Assert.True(detectedBy.Contains("`" + provider.Variables[0]), $"docs/properties.md: the row of {provider.Name} must say it is detected by `{provider.Variables[0]}`.");
            foreach (var variable in provider.Variables.Where(v => v != GitHubActions.StepSummary))
                Assert.True(Regex.IsMatch(row, "`" + Regex.Escape(variable) + "[`=]"), $"docs/properties.md: the row of {provider.Name} does not name `{variable}`, which {provider.GetType().Name} reads: add it.");
        }
        // In the order they are detected, which the text above the table promises.
        Assert.Equal(CiEnvironment.Providers.Select(p => p.Name), rows.Select(r => r.Split('|')[1].Trim()));
    }

    [Fact]
    public void EveryListOfCiSystemsNamesThemAll()
    {
        // A line that names at least three CI systems is a list of them (README's "CI with a detached HEAD").
        foreach (var document in UserDocuments)
        {
            var lines = Read(document).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var paragraph = Paragraph(lines, i);
                var named = CiEnvironment.Providers.Count(p => Names(lines[i], ShortName(p.Name)));
                if (named < 3 || lines[i].StartsWith("|", StringComparison.Ordinal)) continue;
                foreach (var provider in CiEnvironment.Providers)
                    Assert.True(Names(paragraph, ShortName(provider.Name)), $"{document}:{i + 1} lists CI systems but not {provider.Name}: add it there.");
            }
        }
    }

    [Fact]
    public void EveryListOfCoverageFormatsNamesThemAll()
    {
        // A line that names at least two coverage formats is a list of them.
        foreach (var document in UserDocuments)
        {
            var lines = Read(document).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var paragraph = Paragraph(lines, i);
                if (CoverageFormats.All.Count(f => Names(lines[i], f.Name)) < 2) continue;
                foreach (var format in CoverageFormats.All)
                    Assert.True(Names(paragraph, format.Name), $"{document}:{i + 1} lists coverage formats but not {format.Name}: add it there.");
            }
        }
    }

    [Fact]
    public void TheDiagnosticsIndexHasARowPerCodeAndNoOther()
    {
        var index = Read("docs/diagnostics/README.md");
        var listed = Regex.Matches(index, @"^\| \[(RT\d{4})\]\(\1\.md\) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        // The analyzers' codes live in their own assembly, which these tests do not load: read them from its source.
        var analyzerCodes = Regex.Matches(Read("src/ReleaseTasks.Analyzers/AnalyzerIds.cs"), "\"(RT5[0-9]{3})\"").Select(m => m.Groups[1].Value);
        var codes = DiagnosticCatalog.AllCodes.Concat(analyzerCodes).ToList();
        foreach (var code in codes)
            Assert.True(listed.Contains(code), $"docs/diagnostics/README.md has no row '| [{code}]({code}.md) | title | severity |' in the table of its range: add one.");
        foreach (var code in listed)
            Assert.True(codes.Contains(code), $"docs/diagnostics/README.md lists {code}, which no code defines: remove the row.");
        Assert.Equal(listed.Count, listed.Distinct().Count());
    }

    /// <summary>"Bitbucket Pipelines" is often just "Bitbucket" in prose.</summary>
    private static string ShortName(string name) => name.Split(' ')[0] switch { "Bitbucket" => "Bitbucket", _ => name };

    private static bool Names(string text, string name) =>
        Regex.IsMatch(text, @"(?<![\w-])" + Regex.Escape(name) + @"(?![\w-])", RegexOptions.IgnoreCase);

    /// <summary>The line with its neighbours up to the blank lines around it: lists wrap over several lines.</summary>
    private static string Paragraph(string[] lines, int at)
    {
        var start = at;
        while (start > 0 && lines[start - 1].Trim().Length > 0) start--;
        var end = at;
        while (end + 1 < lines.Length && lines[end + 1].Trim().Length > 0) end++;
        return string.Join("\n", lines.Skip(start).Take(end - start + 1));
    }
}
