using System.IO;
using ReleaseTasks.Gates;

namespace ReleaseTasks.Tests.Gates;

public class GlobTests
{
    [Theory]
    [InlineData("**/TestResults/**/*.cobertura.xml", "a/TestResults/x/coverage.cobertura.xml", true)]
    [InlineData("**/TestResults/**/*.cobertura.xml", "TestResults/coverage.cobertura.xml", true)]
    [InlineData("**/TestResults/**/*.cobertura.xml", "a/TestResults/x/coverage.opencover.xml", false)]
    [InlineData("src/*.cs", "src/a/b.cs", false)]
    [InlineData("src/**", "src/a/b.cs", true)]
    [InlineData("*.Tests", "Lib.Tests", true)]
    [InlineData("file?.txt", "file1.txt", true)]
    public void Matches(string pattern, string path, bool expected) => Assert.Equal(expected, Glob.IsMatch(pattern, path));

    [Fact]
    public void ExpandsUnderARootSkippingGit()
    {
        var root = Path.Combine(Path.GetTempPath(), "rt-glob-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "a", "TestResults", "g"));
        Directory.CreateDirectory(Path.Combine(root, ".git", "TestResults"));
        File.WriteAllText(Path.Combine(root, "a", "TestResults", "g", "coverage.cobertura.xml"), "");
        File.WriteAllText(Path.Combine(root, ".git", "TestResults", "x.cobertura.xml"), "");

        var found = Glob.Expand(root, new[] { "**/TestResults/**/*.cobertura.xml" });

        Assert.Equal(Path.Combine(root, "a", "TestResults", "g", "coverage.cobertura.xml").Replace('\\', '/'), Assert.Single(found));
    }
}
