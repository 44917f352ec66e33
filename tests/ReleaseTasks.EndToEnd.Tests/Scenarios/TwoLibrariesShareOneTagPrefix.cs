using System;
using System.IO;
using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// Issue 10 item 2, "run on a solution it releases once per tag prefix": two libraries with public API files and a test
/// project in one solution, both released under the same tag prefix (none, or one set for the whole repository).
/// `dotnet msbuild all.sln -t:TagRelease` makes one release: one `chore(release): 1.1.0` commit that ships both
/// libraries' PublicAPI.Unshipped.txt into their Shipped files, and one annotated tag, even when the other library's
/// checklist runs while the release is half-written (a slow hook, parallel nodes). A second run changes nothing.
/// </summary>
public class TwoLibrariesShareOneTagPrefix
{
    private static ProcessResult TagRelease(string root) =>
        DotNet.Run(root, new[] { "msbuild", "all.sln", "-restore", "-nodeReuse:false", "-t:TagRelease", "-v:n" });

    [Theory]
    [InlineData("", "v")]
    [InlineData("shop-v", "shop-v")]
    public void OneCommitShipsBothLibrariesApiFilesAndOneTagIsMadeOnce(string prefix, string tagPrefix)
    {
        var repo = GitRepository.Create();
        var root = repo.Directory;
        if (prefix.Length > 0)
            File.WriteAllText(Path.Combine(root, "Directory.Build.props"),
                $"<Project>\n  <PropertyGroup>\n    <ReleaseTasksTagPrefix>{prefix}</ReleaseTasksTagPrefix>\n  </PropertyGroup>\n</Project>\n");
        foreach (var name in new[] { "Alpha", "Beta" })
        {
            var lib = TestProject.Write(root, name, name);
            File.WriteAllText(Path.Combine(lib, "PublicAPI.Shipped.txt"), $"{name}.Class1\n{name}.Class1.Class1() -> void\n");
            File.WriteAllText(Path.Combine(lib, "PublicAPI.Unshipped.txt"), "");
        }
        XunitTests.Write(root, "Tests", new[] { "../Alpha/Alpha.csproj", "../Beta/Beta.csproj" },
            "namespace Tests\n{\n    public class Tests\n    {\n        [Xunit.Fact] public void Both() { new Alpha.Class1(); new Beta.Class1(); }\n    }\n}\n", releaseTasks: true);
        Solution.Create(root, "all", new[] { "Alpha/Alpha.csproj", "Beta/Beta.csproj", "Tests/Tests.csproj" });
        repo.CommitAll("feat: two libraries");
        repo.AnnotatedTag(tagPrefix + "1.0.0");
        foreach (var name in new[] { "Alpha", "Beta" })
        {
            File.WriteAllText(Path.Combine(root, name, "Class1.cs"), $"namespace {name}\n{{\n    public class Class1\n    {{\n        public int Answer() => 42;\n    }}\n}}\n");
            File.WriteAllText(Path.Combine(root, name, "PublicAPI.Unshipped.txt"), $"{name}.Class1.Answer() -> int\n");
        }
        // Beta's checklist starts two seconds late, so that with two nodes it falls inside Alpha's release (below).
        var beta = Path.Combine(root, "Beta", "Beta.csproj");
        File.WriteAllText(beta, File.ReadAllText(beta).Replace("</Project>",
            "  <Target Name=\"LateChecklist\" BeforeTargets=\"CheckReleaseReadiness\">\n    <Exec Command=\"sleep 2\" />\n  </Target>\n</Project>"));
        repo.CommitAll("feat: the answer, in both libraries");
        var commits = int.Parse(repo.Git("rev-list", "--count", "HEAD"));
        // A slow pre-commit hook holds the release half-written (files changed, not committed) long enough for the other
        // library's checklist, on the other node, to look at the tree then: it must wait for the release, not fail RT4003.
        var hook = Path.Combine(root, ".git", "hooks", "pre-commit");
        File.WriteAllText(hook, "#!/bin/sh\nsleep 6\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(hook, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var released = TagRelease(root);

        released.EnsureSuccess("TagRelease on the solution");
        Assert.Equal(commits + 1, int.Parse(repo.Git("rev-list", "--count", "HEAD")));
        Assert.Equal("chore(release): 1.1.0", repo.Git("log", "-1", "--format=%s"));
        Assert.Equal(new[] { "Alpha/PublicAPI.Shipped.txt", "Alpha/PublicAPI.Unshipped.txt", "Beta/PublicAPI.Shipped.txt", "Beta/PublicAPI.Unshipped.txt", "CHANGELOG.md" },
            repo.Git("show", "--name-only", "--format=", "HEAD").Split('\n').OrderBy(l => l, System.StringComparer.Ordinal));
        foreach (var name in new[] { "Alpha", "Beta" })
        {
            Assert.Equal($"{name}.Class1\n{name}.Class1.Answer() -> int\n{name}.Class1.Class1() -> void\n", File.ReadAllText(Path.Combine(root, name, "PublicAPI.Shipped.txt")));
            Assert.Equal("", File.ReadAllText(Path.Combine(root, name, "PublicAPI.Unshipped.txt")));
        }
        Assert.Equal(new[] { tagPrefix + "1.0.0", tagPrefix + "1.1.0" }, repo.Git("tag", "--list").Split('\n'));
        Assert.Equal("tag", repo.Git("cat-file", "-t", tagPrefix + "1.1.0"));
        Assert.Equal(repo.Head, repo.Git("rev-parse", tagPrefix + "1.1.0^{commit}"));
        Assert.Single(released.Output.Split('\n'), l => l.Contains($"released 1.1.0: tag {tagPrefix}1.1.0 on "));
        Assert.Equal("", repo.Git("status", "--porcelain"));

        var after = RepositoryState.Of(repo);
        var again = TagRelease(root);

        again.EnsureSuccess("TagRelease again");
        Assert.Contains($"RT4020: {tagPrefix}1.1.0 is on HEAD: the release exists, nothing to do.", again.Output);
        Assert.DoesNotContain("released 1.1.0", again.Output);
        Assert.Equal(after, RepositoryState.Of(repo));
    }
}
