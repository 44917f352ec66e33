using System;
using System.IO;
using System.Threading.Tasks;
using ReleaseTasks.Gates;
using ReleaseTasks.IO;

namespace ReleaseTasks.Tests.Gates;

/// <summary>Issue 14 item 7: the first project of a build to claim (build, inputs) judges; every later one, in any
/// process, sees the claim; the next build claims afresh.</summary>
public sealed class GateJudgementTests : IDisposable
{
    private readonly string _root = TempRepository.NewDirectory();

    public GateJudgementTests()
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public void Dispose() => TempRepository.Delete(_root);

    private PrivateCacheDirectory Cache => new(Path.Combine(_root, ".cache", "ReleaseTasks"), checkAncestorsUpTo: _root);

    [Fact]
    public void OnlyOneOfManyConcurrentClaimsOfABuildWinsAndTheNextBuildClaimsAgain()
    {
        var name = GateJudgement.ClaimName("build-1", "inputs")!;

        var claims = new bool?[8];
        Parallel.For(0, claims.Length, i => claims[i] = Cache.TryClaim(name));

        Assert.Single(claims, c => c == true);
        Assert.Equal(7, Array.FindAll(claims, c => c == false).Length);
        Assert.True(Cache.TryClaim(GateJudgement.ClaimName("build-2", "inputs")!));
        Assert.True(Cache.TryClaim(GateJudgement.ClaimName("build-1", "other inputs")!));
    }

    [Fact]
    public void WithoutABuildIdThereIsNoClaim() => Assert.Null(GateJudgement.ClaimName(null, "inputs"));

    [Fact]
    public void AnUntrustedDirectoryClaimsNothing()
    {
        if (OperatingSystem.IsWindows()) return;
        Cache.Create();
        File.SetUnixFileMode(Cache.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);

        Assert.Null(Cache.TryClaim(GateJudgement.ClaimName("build-1", "inputs")!));
    }
}
