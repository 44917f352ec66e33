using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

public class BranchPolicyMetadataTests
{
    [Theory]
    [InlineData("Label", "PreRelease")]
    [InlineData("suffix", "PreRelease")]
    [InlineData("PreRelase", "PreRelease")]
    [InlineData("Pattern", "Match")]
    [InlineData("Mach", "Match")]
    [InlineData("Bump", "Core")]
    [InlineData("Cores", "Core")]
    [InlineData("Owner", null)]
    public void AMistakenNameSuggestsTheMetadataItMeant(string name, string? expected) =>
        Assert.Equal(expected, BranchPolicyMetadata.Suggest(name));

    [Fact]
    public void KnownAndEmptyMetadataAreNotReported()
    {
        var found = BranchPolicyMetadata.Unknown("nightly", new Dictionary<string, string>
        {
            ["match"] = "nightly/*", ["Prerelease"] = "nightly.{h}", ["CORE"] = "Patch", ["Owner"] = "", ["Bump"] = "Patch",
        }).ToList();

        var d = Assert.Single(found);
        Assert.Equal("RT0006", d.Code);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("The ReleaseTasksBranch item 'nightly' has Bump=\"Patch\", which ReleaseTasks does not read: did you mean Core=\"Patch\"? " +
                     "A branch policy reads only Match, PreRelease and Core.", d.Message);
    }

    [Fact]
    public void TheReservedLabelAttributeIsFoundInTheFileThatDefinesTheItem()
    {
        var dir = TempRepository.NewDirectory();
        var project = Path.Combine(dir, "p.csproj");
        File.WriteAllText(project, """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ReleaseTasksBranch Include="release" Match="release/*" PreRelease="rc.{h}" Label="Ours" />
                <ReleaseTasksBranch Include="nightly" Match="nightly/*"
                                    Label="nightly.{h}" Core="Patch" />
                <ReleaseTasksBranch Include="other" Label="not in this build" />
                <ReleaseTasksBranch Include="$(Name)" Label="x.{h}" />
              </ItemGroup>
            </Project>
            """);

        var found = BranchPolicyMetadata.ReservedLabelAttributes(project, new[] { "release", "Nightly", "computed" });

        Assert.Equal(new[] { 3, 4, 7 }, found.Select(d => d.Line));
        Assert.All(found, d => Assert.Equal(project, d.File));
        Assert.Contains("'nightly' has Label=\"nightly.{h}\"", found[1].Message);
        Assert.Contains("MSBuild reserves the Label attribute", found[1].Message);
        Assert.Contains("did you mean PreRelease=\"nightly.{h}\"?", found[1].Message);
        Assert.Contains("'$(Name)'", found[2].Message);
    }

    [Fact]
    public void AFileThatCannotBeReadIsNoFinding() =>
        Assert.Empty(BranchPolicyMetadata.ReservedLabelAttributes(Path.Combine(TempRepository.NewDirectory(), "missing.csproj"), new[] { "x" }));
}
