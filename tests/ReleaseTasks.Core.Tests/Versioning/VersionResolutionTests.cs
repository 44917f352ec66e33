using ReleaseTasks.Diagnostics;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

public class VersionResolutionTests
{
    [Theory]
    [InlineData(DiagnosticCatalog.GitNotFound, false)]
    [InlineData(DiagnosticCatalog.GitFailed, false)]
    [InlineData(DiagnosticCatalog.ShallowCloneHidesTags, true)]
    [InlineData(DiagnosticCatalog.NoCommits, true)]
    public void FailuresOfGitAreNeverCached(string code, bool cacheable)
    {
        var resolution = new VersionResolution(
            new VersionResult { Diagnostics = new[] { new Diagnostic(code, DiagnosticSeverity.Warning, "m") } }, false, 0);

        Assert.Equal(cacheable, resolution.Cacheable);
    }
}
