using System;
using System.IO;
using System.Linq;

namespace ReleaseTasks.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The package as a user gets it: packed once per test run from this repository into a local feed (or taken
/// from RELEASETASKS_TEST_FEED when a script packed it already), restored into a packages folder of the run's own.
/// </summary>
public static class PackageFeed
{
    private static readonly Lazy<(string Feed, string Version)> Packed = new(Pack);

    public static string Directory => Packed.Value.Feed;

    public static string Version => Packed.Value.Version;

    /// <summary>NuGet's global packages folder for this run: never a stale copy of an earlier package.</summary>
    public static readonly string PackagesFolder = Path.Combine(TestDirectory.Root, "packages");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static (string, string) Pack()
    {
        var feed = System.Environment.GetEnvironmentVariable("RELEASETASKS_TEST_FEED");
        if (string.IsNullOrEmpty(feed) || !System.IO.Directory.EnumerateFiles(feed, "ReleaseTasks.*.nupkg").Any())
        {
            feed = Path.Combine(TestDirectory.Root, "feed");
            ProcessRunner.Run("dotnet",
                new[] { "pack", Path.Combine(RepositoryRoot, "src", "ReleaseTasks", "ReleaseTasks.csproj"), "-c", "Release", "-o", feed, "-nodeReuse:false" },
                // A cold restore into the run's own packages folder and a full build: minutes on a loaded machine.
                RepositoryRoot, DotNet.BaseEnvironment(), TimeSpan.FromMinutes(20)).EnsureSuccess("packing ReleaseTasks");
        }
        var package = System.IO.Directory.EnumerateFiles(feed, "ReleaseTasks.*.nupkg")
            .OrderByDescending(File.GetLastWriteTimeUtc).First();
        var version = Path.GetFileNameWithoutExtension(package).Substring("ReleaseTasks.".Length);
        return (feed, version);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReleaseTasks.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReleaseTasks.sln not found above " + AppContext.BaseDirectory);
    }
}
