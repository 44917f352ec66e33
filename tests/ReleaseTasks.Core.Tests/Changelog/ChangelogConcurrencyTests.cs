using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ReleaseTasks.Changelog;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.IO;

namespace ReleaseTasks.Tests.Changelog;

public sealed class ChangelogConcurrencyTests : IDisposable
{
    private readonly string _root = TempRepository.NewDirectory();

    public void Dispose() => TempRepository.Delete(_root);

    [Fact]
    public void ParallelUpdatesOfOneFileAllLand()
    {
        var path = Path.Combine(_root, "CHANGELOG.md");
        // A long history written by hand: each update takes long enough for the others to overlap it.
        File.WriteAllText(path, "# Log\n" + string.Concat(Enumerable.Range(0, 20000).Select(i => $"- old entry {i}\n")));

        // Projects of a solution built with -m, each with its own section (a monorepo's prefixes).
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var (_, error) = ChangelogFile.Update(path, $"p{i}-v1.0.0", $"## p{i}-v1.0.0\n\n- project {i}\n");
            Assert.Null(error);
        });

        var text = File.ReadAllText(path);
        Assert.All(Enumerable.Range(0, 16), i => Assert.Contains($"<!-- ReleaseTasks: begin p{i}-v1.0.0 -->", text));
        Assert.StartsWith("# Log\n", text);
    }

    [Fact]
    public void ALockHeldLongerThanTheTimeoutIsAnErrorAndNothingChanges()
    {
        var path = Path.Combine(_root, "CHANGELOG.md");
        File.WriteAllText(path, "# Log\n");
        using var other = FileLock.TryAcquire(path, TimeSpan.Zero);
        Assert.NotNull(other);

        var (changed, error) = ChangelogFile.Update(path, "1.0.0", "## 1.0.0\n", lockTimeout: TimeSpan.FromMilliseconds(300));

        Assert.False(changed);
        Assert.Equal(DiagnosticCatalog.ChangelogBusy, error!.Code);
        Assert.Contains(other!.Path, error.Message);
        Assert.Equal("# Log\n", File.ReadAllText(path));
    }

    [Fact]
    public void TwoProjectsWithTagPrefixesKeepTheirOwnUnreleasedSections()
    {
        var path = Path.Combine(_root, "CHANGELOG.md");
        ChangelogFile.Update(path, "Unreleased (a-v)", "## Unreleased (a-v)\n\n- a\n", unreleased: "Unreleased (a-v)");
        ChangelogFile.Update(path, "Unreleased (b-v)", "## Unreleased (b-v)\n\n- b\n", unreleased: "Unreleased (b-v)");
        var both = File.ReadAllText(path);
        Assert.Contains("- a\n", both);
        Assert.Contains("- b\n", both);

        ChangelogFile.Update(path, "a-v1.1.0", "## a-v1.1.0\n\n- a\n", unreleased: "Unreleased (a-v)");

        var text = File.ReadAllText(path);
        Assert.DoesNotContain("begin Unreleased (a-v)", text);
        Assert.Contains("<!-- ReleaseTasks: begin Unreleased (b-v) -->\n## Unreleased (b-v)\n\n- b\n<!-- ReleaseTasks: end Unreleased (b-v) -->", text);
        Assert.Contains("begin a-v1.1.0", text);
    }

    [Fact]
    public void TheLockLeavesTheUsersCacheDirectoryOwnerOnly()
    {
        if (!OperatingSystem.IsLinux()) return;
        var home = Path.Combine(_root, "home");
        Directory.CreateDirectory(home);
        string? Environment(string name) => name == "HOME" ? home : null;
        var path = Path.Combine(_root, "CHANGELOG.md");

        using (var held = FileLock.TryAcquire(path, TimeSpan.Zero, Environment)) Assert.NotNull(held);

        // The shared version cache refuses a directory open to others: the lock must not create one.
        foreach (var created in new[] { Path.Combine(home, ".cache"), Path.Combine(home, ".cache", "ReleaseTasks"), Path.Combine(home, ".cache", "ReleaseTasks", "locks") })
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(created));
    }
}
