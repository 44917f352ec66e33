using System.Collections.Generic;
using System.IO;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// An explicit version wins by where it comes from, never by its value: a global property (<c>-p:Version</c>) or
/// <c>Directory.Build.props</c> is explicit; an environment variable named VERSION, in any case, never is.
/// Every case packs, and the assertions are on the properties, the .nupkg file name and the nuspec version.
/// </summary>
public class ExplicitVersionSource
{
    // v1.0.0 + one fix: the version computed from git is 1.0.1-alpha.1.
    private static Scenario TaggedWithOneFix()
    {
        var s = Scenario.Create();
        s.Repo.Tag("v1.0.0");
        s.Repo.Commit("fix: a");
        return s;
    }

    private static void AssertExplicit(PackedProject p, string version)
    {
        Assert.Equal(version, p["Version"]);
        Assert.Equal(version, p["PackageVersion"]);
        Assert.StartsWith(version + "+", p["InformationalVersion"]);
        Assert.Equal(version, p["ReleaseTasksVersion"]);
        Assert.Equal($"probe.{version}.nupkg", p.PackageFileName);
        Assert.Equal(version, p.NuspecVersion);
        Assert.Contains($"ReleaseTasks: {version} (Version given explicitly; git not read)", p.Output);
    }

    private static void AssertComputed(PackedProject p, Scenario s)
    {
        Assert.Equal("1.0.1-alpha.1", p["Version"]);
        Assert.Equal("1.0.1-alpha.1", p["PackageVersion"]);
        Assert.Equal("1.0.1-alpha.1+" + s.Repo.Head, p["InformationalVersion"]);
        Assert.Equal("probe.1.0.1-alpha.1.nupkg", p.PackageFileName);
        Assert.Equal("1.0.1-alpha.1", p.NuspecVersion);
    }

    [Fact]
    public void CommandLineVersionEqualToTheEnvironmentVariableWins()
    {
        var s = TaggedWithOneFix();

        var p = PackedProject.Pack(s.ProjectDirectory, new Dictionary<string, string?> { ["VERSION"] = "1.2.3" }, "-p:Version=1.2.3");

        AssertExplicit(p, "1.2.3");
    }

    [Fact]
    public void CommandLineVersionWinsOverADifferentEnvironmentVariable()
    {
        var s = TaggedWithOneFix();

        var p = PackedProject.Pack(s.ProjectDirectory, new Dictionary<string, string?> { ["VERSION"] = "9.9.9" }, "-p:Version=1.2.3");

        AssertExplicit(p, "1.2.3");
    }

    [Fact]
    public void CommandLineVersionAloneWins()
    {
        var s = TaggedWithOneFix();

        var p = PackedProject.Pack(s.ProjectDirectory, null, "-p:Version=1.2.3");

        AssertExplicit(p, "1.2.3");
    }

    [Theory]
    [InlineData("VERSION", "9.9.9")]
    [InlineData("Version", "1.2.3")]
    [InlineData("version", "1.0.0")]
    public void EnvironmentVariableAloneIsNeverExplicit(string name, string value)
    {
        var s = TaggedWithOneFix();

        var p = PackedProject.Pack(s.ProjectDirectory, new Dictionary<string, string?> { [name] = value });

        AssertComputed(p, s);
        Assert.Contains($"ReleaseTasks: Version={value} comes from an environment variable, which is never an explicit version", p.Output);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("9.9.9")]
    public void VersionInDirectoryBuildPropsWins(string? environmentVersion)
    {
        var s = TaggedWithOneFix();
        File.WriteAllText(Path.Combine(s.Repo.Directory, "Directory.Build.props"),
            "<Project><PropertyGroup><Version>4.5.6</Version></PropertyGroup></Project>");
        s.Repo.CommitAll("build: version in Directory.Build.props");

        var p = PackedProject.Pack(s.ProjectDirectory, new Dictionary<string, string?> { ["VERSION"] = environmentVersion });

        AssertExplicit(p, "4.5.6");
    }
}
