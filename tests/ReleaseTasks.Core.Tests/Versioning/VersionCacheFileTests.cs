using System.IO;
using NuGet.Versioning;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

public class VersionCacheFileTests
{
    [Fact]
    public void RoundTripsTheResultForTheSameKeyOnly()
    {
        var path = Path.Combine(Path.GetTempPath(), "rt-cache-" + System.Guid.NewGuid().ToString("N"), "v.cache");
        var result = new VersionResult
        {
            Version = SemanticVersion.Parse("1.2.3-alpha.4+meta"), Commit = "abc", Height = 4, Branch = "main", PreviousTag = "v1.2.2",
            PreviousVersion = SemanticVersion.Parse("1.2.2"), Explanation = "why\nnot", Diagnostics = new[] { new Diagnostic("RT1003", DiagnosticSeverity.Warning, "a|b") },
        };

        VersionCacheFile.Write(path, "key\n1", result);
        var read = VersionCacheFile.Read(path, "key\n1");

        Assert.NotNull(read);
        Assert.Equal("1.2.3-alpha.4+meta", read!.Version.ToFullString());
        Assert.Equal("why\nnot", read.Explanation);
        Assert.Equal("a|b", Assert.Single(read.Diagnostics).Message);
        Assert.Equal("1.2.2", read.PreviousVersion!.ToNormalizedString());
        Assert.Null(VersionCacheFile.Read(path, "other key"));
    }

    [Fact]
    public void CorruptOrMissingFileIsAMiss()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "garbage");
        Assert.Null(VersionCacheFile.Read(path, "k"));
        Assert.Null(VersionCacheFile.Read(path + ".missing", "k"));
    }
}
