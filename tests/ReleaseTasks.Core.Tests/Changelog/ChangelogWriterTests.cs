using ReleaseTasks.Changelog;

namespace ReleaseTasks.Tests.Changelog;

public class ChangelogWriterTests
{
    private const string V1 = "## 1.0.0\n\n- one\n";
    private const string V2 = "## 1.1.0\n\n- two\n";

    [Fact]
    public void NewFileGetsTheHeaderAndTheSection()
    {
        var (text, error) = ChangelogWriter.Merge(null, "1.0.0", V1, "CHANGELOG.md");

        Assert.Null(error);
        Assert.StartsWith(ChangelogWriter.DefaultHeader + "\n<!-- ReleaseTasks: begin 1.0.0 -->\n## 1.0.0", text);
        Assert.EndsWith("<!-- ReleaseTasks: end 1.0.0 -->\n", text);
    }

    [Fact]
    public void NewVersionGoesAboveTheNewestEvenAHandWrittenOne()
    {
        var existing = "# Log\n\nIntro.\n\n## 0.9.0 (by hand)\n\n- old\n";

        var (text, _) = ChangelogWriter.Merge(existing, "1.0.0", V1, "c");

        Assert.Equal("# Log\n\nIntro.\n\n<!-- ReleaseTasks: begin 1.0.0 -->\n## 1.0.0\n\n- one\n<!-- ReleaseTasks: end 1.0.0 -->\n\n## 0.9.0 (by hand)\n\n- old\n", text);
    }

    [Fact]
    public void RegeneratingReplacesOnlyInsideTheMarkersAndTwiceChangesNothing()
    {
        var (first, _) = ChangelogWriter.Merge(null, "1.0.0", V1, "c");
        var edited = first!.Replace("- one", "- edited by hand inside") + "\nAfter, by hand.\n";

        var (second, _) = ChangelogWriter.Merge(edited, "1.0.0", V1, "c");
        var (third, _) = ChangelogWriter.Merge(second, "1.0.0", V1, "c");

        Assert.Contains("- one", second);
        Assert.EndsWith("\nAfter, by hand.\n", second);
        Assert.Equal(second, third);
    }

    [Fact]
    public void ReleaseReplacesTheUnreleasedSection()
    {
        var (withUnreleased, _) = ChangelogWriter.Merge(ChangelogWriter.DefaultHeader + "\n" + "<!-- ReleaseTasks: begin 1.0.0 -->\n" + V1 + "<!-- ReleaseTasks: end 1.0.0 -->\n",
            "Unreleased", "## Unreleased\n\n- two\n", "c");
        Assert.True(withUnreleased!.IndexOf("begin Unreleased") < withUnreleased.IndexOf("begin 1.0.0"));

        var (released, _) = ChangelogWriter.Merge(withUnreleased, "1.1.0", V2, "c");

        Assert.DoesNotContain("begin Unreleased", released);
        Assert.True(released!.IndexOf("begin 1.1.0") < released.IndexOf("begin 1.0.0"));
    }

    [Theory]
    [InlineData("<!-- ReleaseTasks: begin 1.0.0 -->\nx\n", 1, "never closed")]
    [InlineData("x\n<!-- ReleaseTasks: end 1.0.0 -->\n", 2, "without its 'begin'")]
    [InlineData("<!-- ReleaseTasks: begin 1.0.0 -->\n<!-- ReleaseTasks: begin 1.1.0 -->\n", 2, "before 'end 1.0.0'")]
    [InlineData("<!-- ReleaseTasks: begin 1.0.0 -->\n<!-- ReleaseTasks: end 1.1.0 -->\n", 2, "closes 'begin 1.0.0'")]
    [InlineData("<!-- ReleaseTasks: begin 1.0.0 -->\n<!-- ReleaseTasks: end 1.0.0 -->\n<!-- ReleaseTasks: begin 1.0.0 -->\n<!-- ReleaseTasks: end 1.0.0 -->\n", 3, "second")]
    public void DamagedMarkersAreAnErrorAtTheirLine(string existing, int line, string problem)
    {
        var (text, error) = ChangelogWriter.Merge(existing, "2.0.0", V2, "CHANGELOG.md");

        Assert.Null(text);
        Assert.Equal("RT3001", error!.Code);
        Assert.Equal(line, error.Line);
        Assert.Equal("CHANGELOG.md", error.File);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void WindowsNewlinesStayWindowsNewlines()
    {
        var (text, _) = ChangelogWriter.Merge("# Log\r\n\r\n## 0.9.0\r\n", "1.0.0", V1, "c");

        Assert.DoesNotContain("\n", text!.Replace("\r\n", ""));
    }
}
