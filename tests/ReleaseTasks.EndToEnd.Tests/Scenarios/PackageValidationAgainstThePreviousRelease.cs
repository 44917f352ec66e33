using System;
using System.IO;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// Issue 11 item 8: with EnablePackageValidation=true and no baseline of the project's own, pack validates against the
/// previous stable release, downloaded from the project's feeds; a removed method in a patch release is the SDK's
/// CP0002 with ReleaseTasks' advice beside it.
/// </summary>
public class PackageValidationAgainstThePreviousRelease
{
    private const string Calc = "namespace Lib\n{\n    public static class Calc\n    {\n        public static int Add(int a, int b) => a + b;\n{0}    }\n}\n";
    private const string Subtract = "        public static int Subtract(int a, int b) => a - b;\n";

    [Fact]
    public void ARemovedMethodIsCaughtAgainstThePackageBuiltFromTheTag()
    {
        var id = "RtE2E.Validation." + Guid.NewGuid().ToString("N").Substring(0, 12);
        var releases = TestDirectory.Create("releases");
        var s = Scenario.Create(extraProperties: $"<PackageId>{id}</PackageId><EnablePackageValidation>true</EnablePackageValidation>");
        // The team's feed of published releases, beside the usual sources.
        var config = Path.Combine(s.Repo.Directory, "nuget.config");
        File.WriteAllText(config, File.ReadAllText(config).Replace("<clear />", $"<clear />\n    <add key=\"releases\" value=\"{releases}\" />"));
        File.WriteAllText(Path.Combine(s.Repo.Directory, ".gitignore"), "bin/\nobj/\n");
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "Calc.cs"), Calc.Replace("{0}", Subtract));
        s.Repo.CommitAll("feat: calc");
        s.Repo.Tag("v1.0.0");

        // The release, packed at its tag and published to the feed (no baseline before the first release).
        var release = DotNet.Pack(s.ProjectDirectory, "-o", releases).EnsureSuccess("pack 1.0.0");
        Assert.True(File.Exists(Path.Combine(releases, id + ".1.0.0.nupkg")), release.Output);

        // A patch that keeps the API validates against 1.0.0, fetched from the feed after the version was known.
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "Note.cs"), "namespace Lib\n{\n    internal static class Note { }\n}\n");
        s.Repo.CommitAll("fix: a note");
        var kept = DotNet.Pack(s.ProjectDirectory).EnsureSuccess("pack a patch that keeps the API");
        Assert.Contains("package validation compares 1.0.1-alpha.1 with the previous release 1.0.0", kept.Output);
        Assert.True(File.Exists(Path.Combine(PackageFeed.PackagesFolder, id.ToLowerInvariant(), "1.0.0", id.ToLowerInvariant() + ".1.0.0.nupkg")));

        // Removing a method in a patch: ApiCompat's CP0002 against the release, with the advice.
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "Calc.cs"), Calc.Replace("{0}", ""));
        s.Repo.CommitAll("fix: tidy up");
        var removed = DotNet.Pack(s.ProjectDirectory);
        Assert.NotEqual(0, removed.ExitCode);
        Assert.Contains("CP0002", removed.Output);
        Assert.Contains("Lib.Calc.Subtract", removed.Output);
        Assert.Contains("is a break that was not declared (RT1031)", removed.Output);

        // Declared as a break, the next version is 2.0.0, which may break the API: validated without the baseline.
        s.Repo.Commit("refactor!: drop Subtract");
        var major = DotNet.Pack(s.ProjectDirectory).EnsureSuccess("pack the declared break");
        Assert.DoesNotContain("RT1031", major.Output);
        Assert.Contains("2.0.0-alpha.3 is a major release after 1.0.0", major.Output);
    }
}
