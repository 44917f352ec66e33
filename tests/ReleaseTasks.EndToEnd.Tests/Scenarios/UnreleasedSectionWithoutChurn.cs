using System.IO;
using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// Issue 14 item 6: the Unreleased section links the moving range (<c>v1.1.0...HEAD</c>) and has no date, so
/// CHANGELOG.md does not change after a commit that shows nothing; a range with nothing visible has no Unreleased
/// section at all, and one written before is taken out again, every hand-written byte kept.
/// </summary>
public class UnreleasedSectionWithoutChurn
{
    private static ProcessResult UpdateChangelog(Scenario s) =>
        DotNet.Run(s.ProjectDirectory, new[] { "msbuild", "-restore", "-nodeReuse:false", "-t:UpdateChangelog", "-v:n" });

    private static string ChangelogOf(Scenario s) => Path.Combine(s.Repo.Directory, "CHANGELOG.md");

    [Fact]
    public void HeadingLinksTheMovingRangeAndADocsCommitChangesNothing()
    {
        var s = Scenario.Create();
        s.Repo.Git("remote", "add", "origin", "https://github.com/acme/widgets.git");
        s.Repo.Tag("v1.1.0");
        s.Repo.Commit("fix: a visible fix");
        UpdateChangelog(s).EnsureSuccess("unreleased");
        var first = File.ReadAllBytes(ChangelogOf(s));
        var text = File.ReadAllText(ChangelogOf(s));
        Assert.Contains("<!-- ReleaseTasks: begin Unreleased -->\n## [Unreleased](https://github.com/acme/widgets/compare/v1.1.0...HEAD)\n", text);
        Assert.DoesNotContain(s.Repo.Head, text.Split('\n').Single(l => l.StartsWith("## [Unreleased]")));

        s.Repo.Commit("docs: a docs-only commit");
        s.Repo.Commit("chore: and a chore");
        UpdateChangelog(s).EnsureSuccess("after hidden commits");

        Assert.Equal(first, File.ReadAllBytes(ChangelogOf(s)));
    }

    [Fact]
    public void NothingVisibleWritesNoUnreleasedHeadingAndRemovesTheOneWrittenBefore()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.1.0");
        s.Repo.Commit("docs: only docs");
        UpdateChangelog(s).EnsureSuccess("docs only");
        Assert.False(File.Exists(ChangelogOf(s)), "no changelog is created for nothing to show");

        // A team's file with a release written by hand and an Unreleased section an earlier run wrote for a commit
        // that was since reverted away (here: a section of ours whose range now shows nothing).
        var handWritten = "# Changelog of Widgets\n\nWritten by hand.\n\n## 1.1.0 - 2026-01-01\n\n- by hand\n";
        File.WriteAllText(ChangelogOf(s), handWritten.Replace("## 1.1.0",
            "<!-- ReleaseTasks: begin Unreleased -->\n## Unreleased\n\n### Bug Fixes\n\n- gone\n<!-- ReleaseTasks: end Unreleased -->\n\n## 1.1.0"));

        var result = UpdateChangelog(s);

        result.EnsureSuccess("removes the empty section");
        Assert.Contains("nothing to show since v1.1.0", result.Output);
        Assert.Equal(handWritten, File.ReadAllText(ChangelogOf(s)));
    }
}
