using System.IO;
using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>Issue 10 item 2: a monorepo of two libraries with their own tag prefixes and path filters; releasing one
/// tags it alone and ships its API files only. An emergency release's reason is in the tag message.</summary>
public class MonorepoRelease
{
    [Fact]
    public void ReleasingOneProjectTagsItsPrefixAndShipsItsApiFilesOnly()
    {
        var repo = GitRepository.Create();
        string Project(string name) =>
            TestProject.Write(repo.Directory, name, name, extraProperties:
                $"<ReleaseTasksTagPrefix>{name.ToLowerInvariant()}-v</ReleaseTasksTagPrefix><ReleaseTasksPathFilter>{name}/**</ReleaseTasksPathFilter>");
        var a = Project("Alpha");
        var b = Project("Beta");
        foreach (var dir in new[] { a, b })
        {
            File.WriteAllText(Path.Combine(dir, "PublicAPI.Shipped.txt"), "");
            var name = Path.GetFileName(dir);
            File.WriteAllText(Path.Combine(dir, "PublicAPI.Unshipped.txt"), $"{name}.Class1\n{name}.Class1.Class1() -> void\n");
        }
        repo.CommitAll("feat: two libraries");
        var betaUnshipped = File.ReadAllText(Path.Combine(b, "PublicAPI.Unshipped.txt"));

        var result = DotNet.Run(a, new[] { "msbuild", "-restore", "-nodeReuse:false", "-t:TagRelease", "-v:n",
            "-p:ReleaseTasksEmergencyRelease=true", "-p:ReleaseTasksEmergencyReason=\"hotfix for a customer\"" });

        result.EnsureSuccess("TagRelease of Alpha");
        Assert.Equal("alpha-v0.1.0", repo.Git("tag", "--list"));
        Assert.Equal(new[] { "Alpha/PublicAPI.Shipped.txt", "Alpha/PublicAPI.Unshipped.txt", "CHANGELOG.md" },
            repo.Git("show", "--name-only", "--format=", "HEAD").Split('\n').OrderBy(l => l, System.StringComparer.Ordinal));
        Assert.Equal("Alpha.Class1\nAlpha.Class1.Class1() -> void\n", File.ReadAllText(Path.Combine(a, "PublicAPI.Shipped.txt")));
        Assert.Equal(betaUnshipped, File.ReadAllText(Path.Combine(b, "PublicAPI.Unshipped.txt")));
        Assert.Contains("alpha-v0.1.0", File.ReadAllText(Path.Combine(repo.Directory, "CHANGELOG.md")));
        Assert.Contains("Emergency release: hotfix for a customer", repo.Git("tag", "-l", "--format=%(contents)", "alpha-v0.1.0"));
        Assert.Equal("", repo.Git("status", "--porcelain"));
    }
}
