using System.IO;
using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

public class ChangelogUpdates
{
    private static ProcessResult UpdateChangelog(Scenario s, params string[] extra) =>
        DotNet.Run(s.ProjectDirectory, new[] { "msbuild", "-restore", "-nodeReuse:false", "-t:UpdateChangelog", "-v:n" }.Concat(extra));

    private static string ChangelogOf(Scenario s) => Path.Combine(s.Repo.Directory, "CHANGELOG.md");

    [Fact]
    public void CreatesTheChangelogThenPutsEachNewReleaseAboveTheNewestAndKeepsHandWrittenText()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("feat: first feature");
        s.Repo.Tag("v1.1.0");

        UpdateChangelog(s).EnsureSuccess("UpdateChangelog");
        var created = File.ReadAllText(ChangelogOf(s));
        Assert.StartsWith("# Changelog\n", created);
        Assert.Contains("<!-- ReleaseTasks: begin 1.1.0 -->\n## 1.1.0 - ", created);
        Assert.Contains("- first feature (", created);

        // The team edits by hand: the intro, a note under the release, link references at the end.
        var edited = created.Replace("# Changelog\n", "# Changelog of Widgets\n\nHand-written intro, kept as is.  \n")
                     + "\nA note written by hand under 1.1.0.\n\n[1.1.0]: https://example.com/1.1.0\n";
        File.WriteAllText(ChangelogOf(s), edited);

        s.Repo.Commit("fix: a fix");
        s.Repo.Tag("v1.1.1");
        UpdateChangelog(s).EnsureSuccess("UpdateChangelog 1.1.1");
        var updated = File.ReadAllText(ChangelogOf(s));

        Assert.True(updated.IndexOf("begin 1.1.1") < updated.IndexOf("begin 1.1.0"), updated);
        Assert.Contains("Hand-written intro, kept as is.  \n", updated);
        Assert.EndsWith("\nA note written by hand under 1.1.0.\n\n[1.1.0]: https://example.com/1.1.0\n", updated);
        // Everything outside the new block is byte for byte what the team had.
        var begin = updated.IndexOf("<!-- ReleaseTasks: begin 1.1.1 -->");
        var end = updated.IndexOf("<!-- ReleaseTasks: end 1.1.1 -->") + "<!-- ReleaseTasks: end 1.1.1 -->\n\n".Length;
        Assert.Equal(edited, updated.Substring(0, begin) + updated.Substring(end));

        var bytes = File.ReadAllBytes(ChangelogOf(s));
        UpdateChangelog(s).EnsureSuccess("UpdateChangelog again");
        Assert.Equal(bytes, File.ReadAllBytes(ChangelogOf(s)));
    }

    [Fact]
    public void RegeneratingAVersionReplacesOnlyWhatWasGenerated()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("feat: something");
        s.Repo.Tag("v1.1.0");
        UpdateChangelog(s).EnsureSuccess("first");
        var text = File.ReadAllText(ChangelogOf(s));
        // Someone damages the generated lines (not the markers) and adds text after the block.
        text = text.Replace("- something (", "- SOMETHING EDITED (") + "Kept.\n";
        File.WriteAllText(ChangelogOf(s), text);

        UpdateChangelog(s).EnsureSuccess("again");

        var after = File.ReadAllText(ChangelogOf(s));
        Assert.Contains("- something (", after);
        Assert.DoesNotContain("SOMETHING EDITED", after);
        Assert.EndsWith("Kept.\n", after);
    }

    [Fact]
    public void UntaggedBuildWritesUnreleasedWhichTheReleaseReplaces()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("feat: upcoming");
        UpdateChangelog(s).EnsureSuccess("unreleased");
        Assert.Contains("<!-- ReleaseTasks: begin Unreleased -->\n## [Unreleased]", File.ReadAllText(ChangelogOf(s)).Replace("## Unreleased", "## [Unreleased]"));

        s.Repo.Tag("v1.1.0");
        UpdateChangelog(s).EnsureSuccess("release");
        var text = File.ReadAllText(ChangelogOf(s));
        Assert.DoesNotContain("Unreleased", text.Replace("ReleaseTasks generates", ""));
        Assert.Contains("begin 1.1.0", text);
        Assert.Contains("upcoming", text);
    }

    [Fact]
    public void DamagedMarkersAreAnErrorNamingTheLineAndTheFileStaysAsItWas()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        var damaged = "# Changelog\n\n<!-- ReleaseTasks: begin 1.0.0 -->\n## 1.0.0\n\nno end marker here\n";
        File.WriteAllText(ChangelogOf(s), damaged);

        var result = UpdateChangelog(s);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("CHANGELOG.md(3): error RT3001: The ReleaseTasks markers of the changelog are damaged at line 3", result.Output);
        Assert.Equal(damaged, File.ReadAllText(ChangelogOf(s)));
    }

    [Fact]
    public void PlainBuildNeverTouchesItButTheOptInDoesOnReleaseBuilds()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("feat: x");

        DotNet.Build(s.ProjectDirectory).EnsureSuccess("build");
        DotNet.Build(s.ProjectDirectory, "-c", "Release").EnsureSuccess("release build");
        Assert.False(File.Exists(ChangelogOf(s)));

        DotNet.Build(s.ProjectDirectory, "-c", "Release", "-p:ReleaseTasksUpdateChangelog=true").EnsureSuccess("opted-in build");
        Assert.Contains("begin Unreleased", File.ReadAllText(ChangelogOf(s)));
    }

    [Fact]
    public void WindowsLineEndingsAndByteOrderMarkAreKept()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("fix: y");
        s.Repo.Tag("v1.0.1");
        var original = "\uFEFF# Changelog\r\n\r\nIntro.\r\n";
        File.WriteAllText(ChangelogOf(s), original.Substring(1), new System.Text.UTF8Encoding(true));

        UpdateChangelog(s).EnsureSuccess("update");

        var bytes = File.ReadAllBytes(ChangelogOf(s));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("# Changelog\r\n\r\nIntro.\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        Assert.Contains("begin 1.0.1", text);
    }
}
