using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReleaseTasks.Git;
using ReleaseTasks.Tests.Git;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

/// <summary>
/// Issue 12: a cold build reads the range from the release packed-refs names while git lists the tags. Git is the
/// oracle twice: the files must say what git says of the tags, and every version must be the one computed without the
/// early read (the same repository before <c>git pack-refs</c>, when its tags are loose and nothing is guessed).
/// </summary>
public class PreviousTagGuessTests
{
    private static GitDirectories Directories(TempRepository repo) => GitDirectories.Locate(repo.Directory)!;

    private static VersionResolution Resolve(TempRepository repo, VersionSettings? settings = null, WatchedHistory? watched = null)
    {
        var request = new VersionRequest(repo.Directory, settings ?? new VersionSettings()) { Environment = _ => null };
        return watched == null ? ReleaseVersionResolver.Resolve(request) : ReleaseVersionResolver.Resolve(request, watched);
    }

    /// <summary>Git, watched: which reads were started early and which ranges were asked for.</summary>
    private sealed class WatchedHistory : ForwardingHistory
    {
        public WatchedHistory(string directory) : base(new GitCliHistory(GitSettings.Default, directory)) { }
        public List<string> Started { get; } = new();
        public List<string> Asked { get; } = new();
        public override IReadOnlyList<GitCommit>? CommitsSinceAncestor(string since, IReadOnlyList<string> pathFilters) { Asked.Add(since); return Git.CommitsSinceAncestor(since, pathFilters); }
        public override IDisposable StartCommitsSinceAncestor(string since) { Started.Add(since); return Git.StartCommitsSinceAncestor(since); }
    }

    private static string Summary(VersionResolution r) => string.Join("\n",
        r.Result.PackageVersion, r.Result.Explanation, r.Result.Height, r.Result.PreviousTag, r.Result.Commit, r.Result.ApiBaselineTag,
        string.Join(",", r.Result.Diagnostics.Select(d => d.Code)));

    [Fact]
    public void PackedTagsAreWhatGitPeelsThemTo()
    {
        using var repo = new TempRepository();
        repo.Commits("feat: a");
        repo.Git("tag", "v1.0.0");
        repo.Commits("fix: b");
        repo.Git("tag", "-a", "v1.1.0", "-m", "annotated");
        // A tag of a tag, a name with a slash, and a tag that names a tree: git peels each to its last object.
        repo.Git("tag", "-a", "v1.1.0-again", "-m", "nested", "v1.1.0");
        repo.Git("tag", "core/v2.0.0");
        repo.Git("tag", "v9.0.0", "HEAD^{tree}");
        repo.Git("pack-refs", "--all");
        repo.Commits("feat: c");
        repo.Git("tag", "v1.2.0-loose");

        var refs = Directories(repo).ReadTagRefs();

        Assert.NotNull(refs);
        var packed = refs.Value.Packed.ToDictionary(t => t.Name, t => t.CommitId);
        Assert.Equal(new[] { "core/v2.0.0", "v1.0.0", "v1.1.0", "v1.1.0-again", "v9.0.0" }, packed.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (name, id) in packed)
            Assert.Equal(repo.Git("rev-parse", "refs/tags/" + name + "^{}"), id);
        Assert.Equal(new[] { "v1.2.0-loose" }, refs.Value.Loose);
    }

    [Fact]
    public void NothingIsGuessedFromAFileThatDoesNotSayItPeeledEveryTag()
    {
        using var repo = new TempRepository();
        repo.Commits("feat: a");
        repo.Git("tag", "-a", "v1.0.0", "-m", "annotated");
        repo.Git("pack-refs", "--all");
        repo.Commits("fix: b");
        var file = Path.Combine(repo.Directory, ".git", "packed-refs");
        var lines = File.ReadAllLines(file).Where(l => !l.StartsWith("^", StringComparison.Ordinal)).ToList();
        lines[0] = "# pack-refs with: sorted ";
        File.WriteAllLines(file, lines);

        Assert.Null(Directories(repo).ReadTagRefs());
        Assert.Null(PreviousTagGuess.CommitOf(Directories(repo), "", repo.Head));
        Assert.Equal("v1.0.0", Resolve(repo).Result.PreviousTag);
    }

    [Fact]
    public void TheGuessIsTheHighestPackedVersionOfThePrefixAndNeverAHeadTagOrALooseOne()
    {
        using var repo = new TempRepository();
        repo.Commits("feat: a");
        repo.Git("tag", "v1.0.0");
        var first = repo.Head;
        repo.Commits("feat: b");
        repo.Git("tag", "-a", "v1.10.0", "-m", "annotated");
        var tenth = repo.Head;
        repo.Git("tag", "core-v3.0.0");
        repo.Git("tag", "v1.9.0", first);
        repo.Git("pack-refs", "--all");
        repo.Commits("fix: c");

        Assert.Equal(tenth, PreviousTagGuess.CommitOf(Directories(repo), "", repo.Head));
        Assert.Equal(tenth, PreviousTagGuess.CommitOf(Directories(repo), "core-v", repo.Head));
        Assert.Null(PreviousTagGuess.CommitOf(Directories(repo), "lib-v", repo.Head));
        // HEAD tagged: the version is the tag and no range from an earlier release is read first.
        Assert.Null(PreviousTagGuess.CommitOf(Directories(repo), "", tenth));

        // A tag made since the clone is a loose ref whose commit the guess does not read: nothing is guessed.
        repo.Git("tag", "-a", "v1.11.0", "-m", "made here");
        Assert.Null(PreviousTagGuess.CommitOf(Directories(repo), "", repo.Head));
    }

    public static IEnumerable<object[]> Shapes() => new[]
    {
        new object[] { "lightweight" }, new object[] { "annotated" }, new object[] { "maintenance" },
        new object[] { "tree" }, new object[] { "tagged head" }, new object[] { "prefix" }, new object[] { "merges" },
    };

    /// <summary>The same repository with loose tags (nothing guessed) and packed (guessed): the same version, explanation,
    /// range and diagnostics, and no more git processes, except where the files name a release git does not list.</summary>
    [Theory]
    [MemberData(nameof(Shapes))]
    public void PackedTagsGiveTheVersionLooseTagsGive(string shape)
    {
        using var repo = new TempRepository();
        var settings = shape == "prefix" ? new VersionSettings { TagPrefix = "core-v" } : new VersionSettings();
        var prefix = shape == "prefix" ? "core-v" : "v";
        repo.Commits("feat: a", "fix: b");
        repo.Git("tag", shape == "annotated" ? "-a" : "-f", prefix + "1.0.0", "-m", "one");
        repo.Commits("feat: c");
        repo.Git("tag", "-a", prefix + "1.1.0", "-m", "two");
        if (shape == "prefix") repo.Git("tag", "v5.0.0");
        if (shape == "maintenance")
        {
            // The highest release sits on a branch HEAD does not contain: the early read answers "not an ancestor".
            repo.Git("checkout", "-q", "-b", "release/1.1");
            repo.Commits("fix: on the line");
            repo.Git("tag", "v1.1.1");
            repo.Git("checkout", "-q", "main");
        }
        if (shape == "merges")
        {
            repo.Git("checkout", "-q", "-b", "topic");
            repo.Commits("feat!: topic");
            repo.Git("checkout", "-q", "main");
            repo.Commits("fix: main");
            repo.Git("merge", "-q", "--no-ff", "--no-edit", "topic");
        }
        repo.Commits("fix: d", "feat: e");
        if (shape == "tree") repo.Git("tag", "v9.0.0", "HEAD^{tree}");
        if (shape == "tagged head") repo.Git("tag", "v1.2.0");

        var loose = Resolve(repo, settings);
        repo.Git("pack-refs", "--all");
        Assert.Empty(Directories(repo).ReadTagRefs()!.Value.Loose);
        var watched = new WatchedHistory(repo.Directory);
        var packed = Resolve(repo, settings, watched);

        Assert.Equal(Summary(loose), Summary(packed));
        // The early read is the range the version asks for first, except on a tagged HEAD (no range is read at all) and
        // where the files name a tag git drops (a tree).
        if (shape == "tagged head") Assert.Empty(watched.Started);
        else Assert.Single(watched.Started);
        if (shape != "tree" && shape != "tagged head") Assert.Equal(watched.Started[0], watched.Asked[0]);
        // A tag naming a tree is no release to git: the range read from it was for nothing (and failed quietly).
        Assert.Equal(loose.GitProcesses + (shape == "tree" ? 1 : 0), packed.GitProcesses);
    }
}
