using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Tests.Documentation;

/// <summary>Every diagnostic has its page (the help links point there) and every property is documented.</summary>
public class DocumentationTests
{
    internal static readonly string Root = FindRoot();

    [Fact]
    public void EveryDiagnosticCodeHasADocsPageWithTheFix()
    {
        Assert.NotEmpty(DiagnosticCatalog.AllCodes);
        foreach (var code in DiagnosticCatalog.AllCodes)
        {
            var page = Path.Combine(Root, "docs", "diagnostics", code + ".md");
            Assert.True(File.Exists(page), $"{code} has no page {page}");
            var text = File.ReadAllText(page);
            Assert.StartsWith($"# {code}: ", text);
            Assert.Contains("## How to fix", text);
            Assert.EndsWith("docs/diagnostics/" + code + ".md", DiagnosticCatalog.HelpLink(code));
        }
    }

    [Fact]
    public void CodesAreUniqueAndInTheirRanges()
    {
        Assert.Equal(DiagnosticCatalog.AllCodes.Count, DiagnosticCatalog.AllCodes.Distinct().Count());
        Assert.All(DiagnosticCatalog.AllCodes, c => Assert.Matches("^RT[012345][0-9]{3}$", c));
    }

    [Fact]
    public void EveryPropertyOfThePackageIsInPropertiesMd()
    {
        var props = File.ReadAllText(Path.Combine(Root, "src", "ReleaseTasks.Tasks", "build", "ReleaseTasks.props"));
        // Every targets file of the package (ReleaseTasks.<Area>.targets are imported by ReleaseTasks.targets).
        var targets = string.Concat(Directory.GetFiles(Path.Combine(Root, "src", "ReleaseTasks.Tasks", "build"), "*.targets").Select(File.ReadAllText));
        var docs = File.ReadAllText(Path.Combine(Root, "docs", "properties.md"));
        var names = Regex.Matches(props + targets, @"\$\((ReleaseTasks[A-Za-z]+)\)|<(ReleaseTasks[A-Za-z]+)[ >]|PropertyName=""(ReleaseTasks[A-Za-z]+)""|@\((ReleaseTasks[A-Za-z]+)\)")
            .Select(m => m.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value)
            .Distinct()
            .ToList();

        Assert.NotEmpty(names);
        var missing = names.Where(n => !docs.Contains("`" + n + "`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "Not in docs/properties.md: " + string.Join(", ", missing));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReleaseTasks.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}
