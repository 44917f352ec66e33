using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>
/// The version in code: a console app that references the packed package prints the generated class's constants, and
/// they are what the build computed, what git says, and what the assembly's one informational version attribute holds.
/// </summary>
public class VersionInCode
{
    private const string Program = """
        using System;
        using System.Linq;
        using System.Reflection;

        var attributes = typeof(probe.Class1).Assembly.GetCustomAttributes<AssemblyInformationalVersionAttribute>().ToArray();
        Console.WriteLine("AttributeCount=" + attributes.Length);
        Console.WriteLine("Attribute=" + attributes[0].InformationalVersion);
        Console.WriteLine("Version=" + probe.ThisRelease.Version);
        Console.WriteLine("InformationalVersion=" + probe.ThisRelease.InformationalVersion);
        Console.WriteLine("Major=" + probe.ThisRelease.Major);
        Console.WriteLine("Minor=" + probe.ThisRelease.Minor);
        Console.WriteLine("Patch=" + probe.ThisRelease.Patch);
        Console.WriteLine("Height=" + probe.ThisRelease.Height);
        Console.WriteLine("Commit=" + probe.ThisRelease.Commit);
        Console.WriteLine("CommitDate=" + probe.ThisRelease.CommitDate);
        Console.WriteLine("Branch=" + probe.ThisRelease.Branch);
        Console.WriteLine("PreviousVersion=" + probe.ThisRelease.PreviousVersion);
        Console.WriteLine("ReleaseType=" + probe.ThisRelease.ReleaseType);
        Console.WriteLine("Channel=" + probe.ThisRelease.Channel);
        Console.WriteLine("IsSecurityRelease=" + probe.ThisRelease.IsSecurityRelease);
        """;

    private static Scenario ConsoleApp()
    {
        var s = Scenario.Create(extraProperties: "<OutputType>Exe</OutputType>");
        File.WriteAllText(Path.Combine(s.ProjectDirectory, "Program.cs"), Program);
        s.Repo.CommitAll("chore: print the version");
        return s;
    }

    /// <summary>Builds, runs the app and reads what it printed.</summary>
    private static Dictionary<string, string> BuildAndRun(Scenario s, params string[] arguments)
    {
        DotNet.Build(s.ProjectDirectory, new[] { "-c", "Release" }.Concat(arguments).ToArray()).EnsureSuccess("dotnet build");
        var run = DotNet.Run(s.ProjectDirectory, new[] { Path.Combine(s.ProjectDirectory, "bin", "Release", "net10.0", "probe.dll") })
            .EnsureSuccess("the app");
        return run.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains('='))
            .ToDictionary(l => l.Substring(0, l.IndexOf('=')), l => l.Substring(l.IndexOf('=') + 1));
    }

    [Fact]
    public void TheAppPrintsTheVersionCommitAndBranchItWasBuiltFrom()
    {
        var s = ConsoleApp();
        s.Repo.Tag("v1.2.0");
        // Characters the .editorconfig that carries the values would cut ('#', ';') or C# would end a string at ('"').
        const string branch = "feature/#42;\"quoted\"";
        s.Repo.Checkout("-b", branch);
        s.Repo.CommitDate = "2026-03-04T05:06:07+02:00";
        s.Repo.Commit("feat(security): a thing");

        var printed = BuildAndRun(s);
        var computed = s.Version(null, "-p:Configuration=Release", "-getProperty:ReleaseTasksChannel", "-getProperty:ReleaseTasksReleaseType");

        Assert.Equal("1", printed["AttributeCount"]);
        Assert.Equal(printed["Attribute"], printed["InformationalVersion"]);
        Assert.Equal(computed["Version"], printed["Version"]);
        Assert.Equal(computed["InformationalVersion"], printed["InformationalVersion"]);
        Assert.StartsWith("1.3.0-", printed["Version"]);
        Assert.Equal((computed["ReleaseTasksMajor"], computed["ReleaseTasksMinor"], computed["ReleaseTasksPatch"], computed["ReleaseTasksHeight"]),
            (printed["Major"], printed["Minor"], printed["Patch"], printed["Height"]));
        Assert.Equal(s.Repo.Head, printed["Commit"]);
        Assert.Equal(branch, printed["Branch"]);
        Assert.Equal(computed["ReleaseTasksBranch"], printed["Branch"]);
        Assert.Equal("1.2.0", printed["PreviousVersion"]);
        Assert.Equal((computed["ReleaseTasksReleaseType"], computed["ReleaseTasksChannel"]), (printed["ReleaseType"], printed["Channel"]));
        Assert.Equal("True", printed["IsSecurityRelease"]);
        var gitDate = DateTimeOffset.Parse(s.Repo.Git("log", "-1", "--format=%cI"), CultureInfo.InvariantCulture);
        Assert.Equal(gitDate.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), printed["CommitDate"]);
    }

    [Fact]
    public void ADesignTimeBuildCompilesWithTheFallbackThenTheCachedVersion()
    {
        var s = ConsoleApp();
        s.Repo.Tag("v2.0.0");

        // Before any build: no cache, so a design-time build gets the fallback version, and the code still compiles.
        var fallback = BuildAndRun(s, "-p:DesignTimeBuild=true");
        Assert.Equal("0.1.0-alpha.0", fallback["Version"]);
        Assert.Equal("1", fallback["AttributeCount"]);
        Assert.Equal(fallback["Attribute"], fallback["InformationalVersion"]);

        Assert.Equal("2.0.0", BuildAndRun(s)["Version"]);
        var cached = BuildAndRun(s, "-p:DesignTimeBuild=true");
        Assert.Equal("2.0.0", cached["Version"]);
        Assert.Equal(s.Repo.Head, cached["Commit"]);
    }

    [Fact]
    public void TheSwitchTakesTheClassAway()
    {
        var s = ConsoleApp();
        var off = DotNet.Build(s.ProjectDirectory, "-c", "Release", "-p:ReleaseTasksThisAssembly=false");
        Assert.NotEqual(0, off.ExitCode);
        Assert.Contains("CS0234", off.Output);
        Assert.Contains("ThisRelease", off.Output);
    }
}
