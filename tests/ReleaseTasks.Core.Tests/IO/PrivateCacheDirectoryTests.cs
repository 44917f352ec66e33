using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NuGet.Versioning;
using ReleaseTasks.IO;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.IO;

/// <summary>
/// The user's cache directory, as another local user would attack it: files planted for the exact key, FIFOs,
/// links, open permissions. Every case is a miss (never a forged version, never a hang). The tests check the
/// permissions of the directories they create themselves, never those of the system's temporary directory.
/// These are Unix permissions: on Windows the tests return at once (the profile's ACL guards %LOCALAPPDATA%).
/// </summary>
public sealed class PrivateCacheDirectoryTests : IDisposable
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyDirectory = OwnerOnlyFile | UnixFileMode.UserExecute;
    private const string Key = "repo=/src/app\nHEAD=ref: refs/heads/main\nref=0123456789abcdef0123456789abcdef01234567";

    private readonly string _root = TempRepository.NewDirectory();

    public PrivateCacheDirectoryTests()
    {
        // Stands in for a home directory: writable by its owner only.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_root, OwnerOnlyDirectory | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    public void Dispose() => TempRepository.Delete(_root);

    private string CachePath => Path.Combine(_root, "home", ".cache", "ReleaseTasks");

    private PrivateCacheDirectory Cache => new(CachePath, checkAncestorsUpTo: _root);

    private string FileForKey => Path.Combine(CachePath, VersionCacheFile.SharedName(Key));

    private static VersionResult Computed(string version) => new()
    {
        Version = SemanticVersion.Parse(version),
        Commit = "0123456789abcdef0123456789abcdef01234567",
        Height = 3,
        Branch = "main",
        Explanation = version + " (v1.2.0 + 3 commits on main; fix → patch)",
    };

    /// <summary>What an attacker would plant: the exact format and key, with a version of their choosing.</summary>
    private void PlantForgedFileWithOurWriter(string path)
    {
        var elsewhere = new PrivateCacheDirectory(Path.Combine(_root, "forger"), checkAncestorsUpTo: _root);
        VersionCacheFile.WriteShared(elsewhere, Key, Computed("9.9.9"));
        File.Copy(Path.Combine(elsewhere.Path, VersionCacheFile.SharedName(Key)), path, overwrite: true);
    }

    private VersionResult? ReadShared() => VersionCacheFile.ReadShared(Cache, Key, out _);

    [Fact]
    public void WhatABuildWroteTheNextBuildReads()
    {
        VersionCacheFile.WriteShared(Cache, Key, Computed("1.2.1-alpha.3"));

        Assert.Equal("1.2.1-alpha.3", ReadShared()!.PackageVersion);
    }

    [Fact]
    public void TheDirectoryAndEveryMissingParentAreCreatedOwnerOnlyAndTheFileIsOwnerOnly()
    {
        if (OperatingSystem.IsWindows()) return;

        VersionCacheFile.WriteShared(Cache, Key, Computed("1.2.1-alpha.3"));

        Assert.Equal(OwnerOnlyDirectory, File.GetUnixFileMode(Path.Combine(_root, "home")));
        Assert.Equal(OwnerOnlyDirectory, File.GetUnixFileMode(Path.Combine(_root, "home", ".cache")));
        Assert.Equal(OwnerOnlyDirectory, File.GetUnixFileMode(CachePath));
        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(FileForKey));
        // Written through a temporary file and a rename: nothing else is left behind.
        Assert.Equal(new[] { FileForKey }, Directory.GetFileSystemEntries(CachePath));
    }

    [Theory]
    [InlineData(UnixFileMode.OtherRead)]
    [InlineData(UnixFileMode.OtherWrite)]
    [InlineData(UnixFileMode.GroupRead)]
    [InlineData(UnixFileMode.GroupWrite)]
    public void AFileForTheExactKeyWithAForgedVersionIsIgnoredWhenOthersHaveAnyPermission(UnixFileMode extra)
    {
        if (OperatingSystem.IsWindows()) return;
        VersionCacheFile.WriteShared(Cache, Key, Computed("1.2.1-alpha.3"));
        PlantForgedFileWithOurWriter(FileForKey);

        // The same bytes with owner-only permissions are read: the permissions alone decide.
        File.SetUnixFileMode(FileForKey, OwnerOnlyFile);
        Assert.Equal("9.9.9", ReadShared()!.PackageVersion);

        File.SetUnixFileMode(FileForKey, OwnerOnlyFile | extra);
        Assert.Null(VersionCacheFile.ReadShared(Cache, Key, out var refusal));
        Assert.Contains("open to other users", refusal);
    }

    [Fact]
    public async Task AFifoForTheExactKeyIsAMissAtOnceNotAWait()
    {
        if (OperatingSystem.IsWindows()) return;
        VersionCacheFile.WriteShared(Cache, Key, Computed("1.2.1-alpha.3"));
        File.Delete(FileForKey);
        Run("mkfifo", "-m", "600", FileForKey);

        // Opening a FIFO for reading waits for a writer that never comes: the read must not open it at all.
        var read = Task.Run(ReadShared);
        Assert.True(read == await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(10))), "reading a FIFO in the cache directory hung");
        Assert.Null(await read);

        // And the next computed version replaces it.
        VersionCacheFile.WriteShared(Cache, Key, Computed("1.2.1-alpha.3"));
        Assert.Equal("1.2.1-alpha.3", ReadShared()!.PackageVersion);
    }

    [Fact]
    public void ASymbolicLinkForTheExactKeyIsIgnoredEvenToAnOwnerOnlyFile()
    {
        if (OperatingSystem.IsWindows()) return;
        VersionCacheFile.WriteShared(Cache, Key, Computed("1.2.1-alpha.3"));
        var forged = Path.Combine(_root, "forged.version.cache");
        PlantForgedFileWithOurWriter(forged);
        File.SetUnixFileMode(forged, OwnerOnlyFile);
        File.Delete(FileForKey);
        File.CreateSymbolicLink(FileForKey, forged);

        Assert.Null(VersionCacheFile.ReadShared(Cache, Key, out var refusal));
        Assert.Contains("is a link", refusal);
    }

    [Fact]
    public void ATruncatedFileIsIgnored()
    {
        VersionCacheFile.WriteShared(Cache, Key, Computed("1.2.1-alpha.3"));
        var bytes = File.ReadAllBytes(FileForKey);

        foreach (var length in new[] { 0, 1, bytes.Length / 2, bytes.Length - 5 })
        {
            using (var stream = new FileStream(FileForKey, FileMode.Open, FileAccess.Write)) stream.SetLength(length);
            Assert.Null(ReadShared());
        }
    }

    [Fact]
    public void AFileLargerThanTheCapIsIgnoredAndNeverWritten()
    {
        if (OperatingSystem.IsWindows()) return;
        VersionCacheFile.WriteShared(Cache, Key, Computed("1.2.1-alpha.3"));
        // A valid file for the key, owner-only, made large by a long explanation: refused for its size alone.
        var padding = new string('x', PrivateCacheDirectory.MaxFileBytes);
        File.WriteAllText(FileForKey, File.ReadAllText(FileForKey).Replace("explanation=", "explanation=" + padding));
        File.SetUnixFileMode(FileForKey, OwnerOnlyFile);

        Assert.Null(VersionCacheFile.ReadShared(Cache, Key, out var refusal));
        Assert.Contains("is not a regular file of 1 to", refusal);

        File.Delete(FileForKey);
        VersionCacheFile.WriteShared(Cache, Key, Computed("1.2.1-alpha.3") with { Explanation = padding });
        Assert.False(File.Exists(FileForKey));
    }

    [Theory]
    [InlineData("755")]
    [InlineData("750")]
    [InlineData("701")]
    [InlineData("777")]
    public void ADirectoryOpenToOthersIsNeitherReadNorWritten(string mode)
    {
        if (OperatingSystem.IsWindows()) return;
        VersionCacheFile.WriteShared(Cache, Key, Computed("1.2.1-alpha.3"));
        File.SetUnixFileMode(CachePath, (UnixFileMode)Convert.ToInt32(mode, 8));

        Assert.Null(VersionCacheFile.ReadShared(Cache, Key, out var refusal));
        Assert.Contains("open to other users", refusal);

        File.Delete(FileForKey);
        VersionCacheFile.WriteShared(Cache, Key, Computed("1.2.1-alpha.3"));
        Assert.False(File.Exists(FileForKey));
    }

    [Theory]
    [InlineData("home", "777")]
    [InlineData("home", "1777")] // sticky, like /tmp: others still create the .cache that holds our directory
    [InlineData(".cache", "775")]
    [InlineData(".cache", "757")]
    public void AnAncestorOthersCanWriteMakesTheDirectoryUntrusted(string ancestor, string mode)
    {
        if (OperatingSystem.IsWindows()) return;
        VersionCacheFile.WriteShared(Cache, Key, Computed("1.2.1-alpha.3"));
        var path = ancestor == "home" ? Path.Combine(_root, "home") : Path.Combine(_root, "home", ".cache");
        File.SetUnixFileMode(path, (UnixFileMode)Convert.ToInt32(mode, 8));

        Assert.Null(VersionCacheFile.ReadShared(Cache, Key, out var refusal));
        Assert.Contains(path + " is writable by other users", refusal);
    }

    [Fact]
    public void TheCacheDirectoryBeingALinkIsAMissEvenToAPrivateDirectory()
    {
        if (OperatingSystem.IsWindows()) return;
        var real = new PrivateCacheDirectory(Path.Combine(_root, "elsewhere"), checkAncestorsUpTo: _root);
        VersionCacheFile.WriteShared(real, Key, Computed("9.9.9"));
        Directory.CreateDirectory(Path.GetDirectoryName(CachePath)!);
        Directory.CreateSymbolicLink(CachePath, real.Path);

        Assert.Null(VersionCacheFile.ReadShared(Cache, Key, out var refusal));
        Assert.Contains("is a link", refusal);
        VersionCacheFile.WriteShared(Cache, Key, Computed("1.2.1-alpha.3"));
        Assert.Equal("9.9.9", VersionCacheFile.ReadShared(real, Key, out _)!.PackageVersion);
    }

    [Fact]
    public void AMissingDirectoryIsAPlainMiss()
    {
        Assert.Null(VersionCacheFile.ReadShared(Cache, Key, out var refusal));
        Assert.Null(refusal);
        Assert.False(Directory.Exists(CachePath));
    }

    [Fact]
    public void FilesNotRewrittenForAMonthAreRemovedOnTheNextWrite()
    {
        VersionCacheFile.WriteShared(Cache, "old key", Computed("1.0.0"));
        VersionCacheFile.WriteShared(Cache, "recent key", Computed("1.1.0"));
        var old = Path.Combine(CachePath, VersionCacheFile.SharedName("old key"));
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow - PrivateCacheDirectory.MaxAge - TimeSpan.FromDays(1));

        VersionCacheFile.WriteShared(Cache, Key, Computed("1.2.1-alpha.3"));

        Assert.False(File.Exists(old));
        Assert.Equal("1.1.0", VersionCacheFile.ReadShared(Cache, "recent key", out _)!.PackageVersion);
    }

    [Fact]
    public void TheDefaultLocationIsTheUsersCacheHome()
    {
        if (!OperatingSystem.IsLinux()) return;
        string? Env(string name, string? xdg, string? home) => name switch { "XDG_CACHE_HOME" => xdg, "HOME" => home, _ => null };

        Assert.Equal("/xdg/cache/ReleaseTasks", PrivateCacheDirectory.DefaultPath(n => Env(n, "/xdg/cache", "/home/u")));
        Assert.Equal("/home/u/.cache/ReleaseTasks", PrivateCacheDirectory.DefaultPath(n => Env(n, null, "/home/u")));
        // A relative XDG_CACHE_HOME is invalid (XDG spec); no absolute home: no shared cache rather than one in /tmp.
        Assert.Equal("/home/u/.cache/ReleaseTasks", PrivateCacheDirectory.DefaultPath(n => Env(n, "cache", "/home/u")));
        Assert.Null(PrivateCacheDirectory.DefaultPath(n => Env(n, null, null)));
        Assert.Null(PrivateCacheDirectory.DefaultPath(n => Env(n, null, "home")));
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
