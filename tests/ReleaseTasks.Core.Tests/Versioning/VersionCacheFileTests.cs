using System;
using System.IO;
using System.Linq;
using System.Text;
using NuGet.Versioning;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

public sealed class VersionCacheFileTests : IDisposable
{
    private readonly string _dir = TempRepository.NewDirectory();

    public void Dispose() => TempRepository.Delete(_dir);

    private string PathOf(string name) => Path.Combine(_dir, name);

    private static VersionResult Sample() => new()
    {
        Version = SemanticVersion.Parse("1.2.3-alpha.4+meta.1"),
        Commit = "0123456789abcdef0123456789abcdef01234567",
        Height = 4,
        Branch = "feature/ünï\\code",
        PreviousTag = "v1.2.2",
        PreviousVersion = SemanticVersion.Parse("1.2.2"),
        AssemblyVersionPrecision = AssemblyVersionPrecision.Patch,
        Explanation = "why\nnot\r\nback\\slash\\n = literal",
        IsSecurityRelease = true,
        Diagnostics = new[]
        {
            new Diagnostic("RT1003", DiagnosticSeverity.Warning, "a|b|c"),
            new Diagnostic("RT1007", DiagnosticSeverity.Detail, "Ignored tags: vfoo\nsecond line"),
        },
    };

    [Fact]
    public void RoundTripsEveryField()
    {
        var path = PathOf("obj/sub/ReleaseTasks.version.cache");
        var written = Sample();
        const string key = "repo=/x\nHEAD=ref: refs/heads/main\\n\nsettings=\u001f";

        VersionCacheFile.Write(path, key, written);
        var read = VersionCacheFile.Read(path, key);

        Assert.NotNull(read);
        Assert.Equal("1.2.3-alpha.4+meta.1", read!.Version.ToFullString());
        Assert.Equal(written.Commit, read.Commit);
        Assert.Equal(4, read.Height);
        Assert.Equal(written.Branch, read.Branch);
        Assert.Equal("v1.2.2", read.PreviousTag);
        Assert.Equal("1.2.2", read.PreviousVersion!.ToFullString());
        Assert.Equal(AssemblyVersionPrecision.Patch, read.AssemblyVersionPrecision);
        Assert.Equal(written.Explanation, read.Explanation);
        Assert.Equal(written.Diagnostics, read.Diagnostics);
        // What the build sets from it is therefore the same too.
        Assert.Equal(written.PackageVersion, read.PackageVersion);
        Assert.Equal(written.InformationalVersion, read.InformationalVersion);
        Assert.Equal(written.AssemblyVersion, read.AssemblyVersion);
        Assert.Equal(written.FileVersion, read.FileVersion);
    }

    [Fact]
    public void RoundTripsAResultWithoutPreviousTagOrDiagnostics()
    {
        var path = PathOf("v.cache");
        var written = new VersionResult { Version = SemanticVersion.Parse("0.1.0-alpha.3"), Commit = "abc", Height = 3, Branch = "main", Explanation = "e" };

        VersionCacheFile.Write(path, "k", written);
        var read = VersionCacheFile.Read(path, "k")!;

        Assert.Equal("0.1.0-alpha.3", read.PackageVersion);
        Assert.Equal("", read.PreviousTag);
        Assert.Null(read.PreviousVersion);
        Assert.Empty(read.Diagnostics);
        Assert.Equal(AssemblyVersionPrecision.Major, read.AssemblyVersionPrecision);
    }

    [Fact]
    public void AnotherKeyIsAMiss()
    {
        var path = PathOf("v.cache");
        VersionCacheFile.Write(path, "HEAD=abc\ntags=1", Sample());

        Assert.Null(VersionCacheFile.Read(path, "HEAD=abd\ntags=1"));
        Assert.Null(VersionCacheFile.Read(path, "HEAD=abc"));
        Assert.Null(VersionCacheFile.Read(path, "HEAD=abc\ntags=1\n"));
        Assert.Null(VersionCacheFile.Read(path, ""));
        Assert.NotNull(VersionCacheFile.Read(path, "HEAD=abc\ntags=1"));
    }

    [Fact]
    public void WritingAgainReplacesTheEntryAndLeavesNoTemporaryFile()
    {
        var path = PathOf("v.cache");
        VersionCacheFile.Write(path, "old", Sample());
        VersionCacheFile.Write(path, "new", new VersionResult { Version = SemanticVersion.Parse("2.0.0"), Commit = "def" });

        Assert.Null(VersionCacheFile.Read(path, "old"));
        Assert.Equal("2.0.0", VersionCacheFile.Read(path, "new")!.PackageVersion);
        Assert.Equal(new[] { "v.cache" }, Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void MissingFileIsAMiss() => Assert.Null(VersionCacheFile.Read(PathOf("missing/v.cache"), "k"));

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("ReleaseTasks version cache 1")]
    [InlineData("ReleaseTasks version cache 0\nk\nversion=1.0.0")]
    [InlineData("ReleaseTasks version cache 1\nk")]
    [InlineData("ReleaseTasks version cache 1\nk\nversion=")]
    [InlineData("ReleaseTasks version cache 1\nk\nversion=banana\ncommit=abc")]
    [InlineData("ReleaseTasks version cache 1\nk\ncommit=abc\nheight=3")]
    // A whole file of an older format: the rules changed since (release lines, issue 10), so it is a miss.
    [InlineData("ReleaseTasks version cache 3\nk\nversion=1.0.0\nend")]
    [InlineData("ReleaseTasks version cache 4\nk\nversion=1.0.0")]
    [InlineData("ReleaseTasks version cache 4\nk\nversion=1.0.0\nen")]
    [InlineData("ReleaseTasks version cache 4\nk\nversion=banana\nend")]
    [InlineData("ReleaseTasks version cache 4\nk\nend")]
    [InlineData("ReleaseTasks version cache 4\nend")]
    [InlineData("\0\0\0\u00ff\u00fe binary")]
    public void CorruptFileIsAMiss(string content)
    {
        var path = PathOf("v.cache");
        File.WriteAllText(path, content, Encoding.UTF8);

        Assert.Null(VersionCacheFile.Read(path, "k"));
    }

    [Fact]
    public void TruncatedFileIsAMiss()
    {
        var path = PathOf("v.cache");
        VersionCacheFile.Write(path, "k", Sample());
        var bytes = File.ReadAllBytes(path);

        // Every cut but the final line feed loses something (a digit of the version, of the commit, a diagnostic).
        for (var length = 0; length < bytes.Length - 1; length++)
        {
            File.WriteAllBytes(path, bytes.AsSpan(0, length).ToArray());
            Assert.Null(VersionCacheFile.Read(path, "k"));
        }
        File.WriteAllBytes(path, bytes.AsSpan(0, bytes.Length - 1).ToArray());
        Assert.Equal("1.2.3-alpha.4+meta.1", VersionCacheFile.Read(path, "k")!.Version.ToFullString());
    }

    [Fact]
    public void DamagedLinesAreSkippedAndTheRestRead()
    {
        var path = PathOf("v.cache");
        File.WriteAllText(path, "ReleaseTasks version cache 4\nk\nversion=1.0.0\nno equals sign\n=empty name\ndiagnostic=RT1003|Bogus|unknown severity\ndiagnostic=RT1|Warning\nheight=x\nend\n");

        var read = VersionCacheFile.Read(path, "k")!;

        Assert.Equal("1.0.0", read.PackageVersion);
        Assert.Equal(0, read.Height);
        Assert.Empty(read.Diagnostics);
    }

    [Fact]
    public void AFileThatCannotBeWrittenIsNoError()
    {
        var file = PathOf("a-file");
        File.WriteAllText(file, "x");

        VersionCacheFile.Write(Path.Combine(file, "under", "v.cache"), "k", Sample());

        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void SharedNameIsNamedAfterTheKey()
    {
        var a = VersionCacheFile.SharedName("key a");

        Assert.Equal(a, VersionCacheFile.SharedName("key a"));
        Assert.NotEqual(a, VersionCacheFile.SharedName("key b"));
        Assert.Matches("^[0-9a-f]{32}\\.version\\.cache$", a);
    }
}
