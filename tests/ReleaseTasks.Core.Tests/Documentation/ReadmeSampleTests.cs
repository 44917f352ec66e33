using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ReleaseTasks.Tests.Documentation;

/// <summary>
/// samples/CentralPackages is the README's "once for every project" setup, word for word: build/sample.sh builds it,
/// and an end-to-end test builds it against the packed package.
/// </summary>
public class ReadmeSampleTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void TheCentralPackagesSampleIsTheReadmesDirectoryPackagesProps()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md")).Replace("\r\n", "\n");
        var blocks = Regex.Matches(readme, "^```xml\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value)
            .Where(b => b.Contains("<GlobalPackageReference", StringComparison.Ordinal))
            .ToList();
        var block = Assert.Single(blocks);
        var sample = File.ReadAllText(Path.Combine(Root, "samples", "CentralPackages", "Directory.Packages.props"))
            .Replace("$(ReleaseTasksSampleVersion)", "x.y.z", StringComparison.Ordinal);

        Assert.Equal(Normalized(block), Normalized(sample));
    }

    [Fact]
    public void TheSamplesProjectsNameNoVersionAndNoReleaseTasks()
    {
        var projects = Directory.GetFiles(Path.Combine(Root, "samples", "CentralPackages"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();
        Assert.Equal(2, projects.Count);
        foreach (var project in projects)
        {
            var references = XDocument.Load(project).Descendants("PackageReference").ToList();
            Assert.All(references, r => Assert.Null(r.Attribute("Version")));
            Assert.DoesNotContain(references, r => (string?)r.Attribute("Include") == "ReleaseTasks");
        }
    }

    [Fact]
    public void TheMainJobBuildsAndTestsTheSample()
    {
        var script = File.ReadAllText(Path.Combine(Root, "build", "sample.sh"));
        Assert.Contains("dotnet build samples/CentralPackages/CentralPackages.slnx", script);
        Assert.Contains("dotnet test samples/CentralPackages/CentralPackages.slnx", script);
    }

    // Comments and layout aside, the same elements, attributes and values in the same order.
    private static string Normalized(string xml)
    {
        var document = XDocument.Parse(xml);
        document.DescendantNodes().OfType<XComment>().ToList().ForEach(c => c.Remove());
        return document.ToString(SaveOptions.DisableFormatting);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReleaseTasks.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}
