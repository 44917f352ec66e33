using System.IO;
using System.Threading.Tasks;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>Two projects of a monorepo, each with its tag prefix, share the root CHANGELOG.md.</summary>
public class MonorepoChangelog
{
    private static ProcessResult UpdateChangelog(string project) =>
        DotNet.Run(project, new[] { "msbuild", "-restore", "-nodeReuse:false", "-t:UpdateChangelog", "-v:n" });

    [Fact]
    public async Task EachProjectKeepsItsOwnSectionsAndTwoProcessesAtOnceBothLand()
    {
        var repo = GitRepository.Create();
        var liba = TestProject.Write(repo.Directory, "liba", "LibA",
            extraProperties: "<ReleaseTasksTagPrefix>liba-v</ReleaseTasksTagPrefix><ReleaseTasksPathFilter>liba/**</ReleaseTasksPathFilter>");
        var libb = TestProject.Write(repo.Directory, "libb", "LibB",
            extraProperties: "<ReleaseTasksTagPrefix>libb-v</ReleaseTasksTagPrefix><ReleaseTasksPathFilter>libb/**</ReleaseTasksPathFilter>");
        repo.CommitAll("chore: add both libraries");
        repo.Tag("liba-v1.0.0");
        repo.Tag("libb-v1.0.0");
        repo.Commit("feat(liba): search in A", "liba/search.txt");
        repo.Commit("fix(libb): crash in B", "libb/crash.txt");
        var changelog = Path.Combine(repo.Directory, "CHANGELOG.md");

        // Two separate processes at once, as two CI jobs or a script would start them.
        var results = await Task.WhenAll(Task.Run(() => UpdateChangelog(liba)), Task.Run(() => UpdateChangelog(libb)));
        results[0].EnsureSuccess("UpdateChangelog liba");
        results[1].EnsureSuccess("UpdateChangelog libb");

        var both = File.ReadAllText(changelog);
        Assert.Contains("<!-- ReleaseTasks: begin Unreleased (liba-v) -->\n## Unreleased (liba-v)\n", both);
        Assert.Contains("<!-- ReleaseTasks: begin Unreleased (libb-v) -->\n## Unreleased (libb-v)\n", both);
        Assert.Contains("search in A", both);
        Assert.Contains("crash in B", both);

        repo.Tag("liba-v1.1.0");
        UpdateChangelog(liba).EnsureSuccess("UpdateChangelog liba released");

        var text = File.ReadAllText(changelog);
        Assert.DoesNotContain("Unreleased (liba-v)", text);
        Assert.Contains("<!-- ReleaseTasks: begin liba-v1.1.0 -->\n## [liba-v1.1.0]", text.Replace("## liba-v1.1.0", "## [liba-v1.1.0]"));
        var libbSection = both.Substring(both.IndexOf("<!-- ReleaseTasks: begin Unreleased (libb-v)"));
        libbSection = libbSection.Substring(0, libbSection.IndexOf("<!-- ReleaseTasks: end Unreleased (libb-v) -->"));
        Assert.Contains(libbSection, text);
        Assert.Single(text.Split('\n'), l => l.StartsWith("<!-- ReleaseTasks: begin Unreleased (libb-v)", System.StringComparison.Ordinal));
    }
}
