using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ReleaseTasks.Analyzers.ThisAssembly;

namespace ReleaseTasks.Analyzers.Tests;

public class ThisReleaseGeneratorTests
{
    /// <summary>The values as ReleaseTasks.ThisAssembly.targets passes them, before its encoding.</summary>
    private static Dictionary<string, string> Values(Action<Dictionary<string, string>>? change = null)
    {
        var values = new Dictionary<string, string>
        {
            ["Assembly"] = "true",
            ["Class"] = "ThisRelease",
            ["Namespace"] = "Contoso.App",
            ["Version"] = "1.3.0-alpha.5",
            ["InformationalVersion"] = "1.3.0-alpha.5+0123456789abcdef0123456789abcdef01234567",
            ["AssemblyVersion"] = "1.0.0.0",
            ["FileVersion"] = "1.3.0.5",
            ["Major"] = "1",
            ["Minor"] = "3",
            ["Patch"] = "0",
            ["PreRelease"] = "alpha.5",
            ["Height"] = "5",
            ["Commit"] = "0123456789abcdef0123456789abcdef01234567",
            ["CommitDate"] = "2026-11-30T00:01:48Z",
            ["Branch"] = "main",
            ["PreviousVersion"] = "1.2.0",
            ["PreviousTag"] = "v1.2.0",
            ["ReleaseType"] = "PreRelease",
            ["Channel"] = "alpha",
            ["IsLts"] = "false",
            ["IsSecurityRelease"] = "true",
        };
        change?.Invoke(values);
        return values;
    }

    /// <summary>The encoding of ReleaseTasks.ThisAssembly.targets, in the same order: '\' first, then what the
    /// .editorconfig cannot carry.</summary>
    private static string Encode(string value) => value.Replace("\\", "\\5C").Replace("%", "\\25").Replace(";", "\\3B")
        .Replace("#", "\\23").Replace("\r", "\\0D").Replace("\n", "\\0A").Replace(" ", "\\20").Replace("\t", "\\09");

    private static Options OptionsOf(Dictionary<string, string> values) =>
        new(values.ToDictionary(v => "build_property._ReleaseTasksThis" + v.Key, v => Encode(v.Value)));

    private static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create("App",
        sources.Select(s => CSharpSyntaxTree.ParseText(s)),
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static GeneratorDriver Driver(Options options) => CSharpGeneratorDriver.Create(
        new[] { new ThisReleaseGenerator().AsSourceGenerator() }, optionsProvider: new OptionsProvider(options),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator, compiles its output with the code, loads the assembly and reads the class's constants.</summary>
    private static Dictionary<string, object?> Constants(Dictionary<string, string> values, string typeName)
    {
        Driver(OptionsOf(values)).RunGeneratorsAndUpdateCompilation(Compilation("class Code { }"), out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        using var stream = new MemoryStream();
        var emitted = output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var type = Assembly.Load(stream.ToArray()).GetType(typeName, throwOnError: true)!;
        Assert.True(type.IsAbstract && type.IsSealed && !type.IsPublic, "an internal static class");
        return type.GetFields(BindingFlags.Static | BindingFlags.NonPublic).Where(f => f.IsLiteral)
            .ToDictionary(f => f.Name, f => f.GetRawConstantValue());
    }

    [Fact]
    public void EveryValueIsAConstantOfTheGeneratedClass()
    {
        var c = Constants(Values(), "Contoso.App.ThisRelease");

        Assert.Equal("1.3.0-alpha.5", c["Version"]);
        Assert.Equal("1.3.0-alpha.5+0123456789abcdef0123456789abcdef01234567", c["InformationalVersion"]);
        Assert.Equal("1.0.0.0", c["AssemblyVersion"]);
        Assert.Equal("1.3.0.5", c["FileVersion"]);
        Assert.Equal(1, c["Major"]);
        Assert.Equal(3, c["Minor"]);
        Assert.Equal(0, c["Patch"]);
        Assert.Equal("alpha.5", c["PreRelease"]);
        Assert.Equal(5, c["Height"]);
        Assert.Equal("0123456789abcdef0123456789abcdef01234567", c["Commit"]);
        Assert.Equal("2026-11-30T00:01:48Z", c["CommitDate"]);
        Assert.Equal("main", c["Branch"]);
        Assert.Equal("1.2.0", c["PreviousVersion"]);
        Assert.Equal("v1.2.0", c["PreviousTag"]);
        Assert.Equal("PreRelease", c["ReleaseType"]);
        Assert.Equal("alpha", c["Channel"]);
        Assert.Equal(true, c["IsPreRelease"]);
        Assert.Equal(false, c["IsLts"]);
        Assert.Equal(true, c["IsSecurityRelease"]);
    }

    [Theory]
    [InlineData("feature/\"quoted\"")]
    [InlineData("back\\slash\\")]
    [InlineData("fix/#42;x")]
    [InlineData("line\nbreak\r\nand\ttab")]
    [InlineData("  edge spaces  ")]
    [InlineData("*/ } class X { /*")]
    [InlineData("\\0A\\23 looks encoded")]
    [InlineData("{0} %3B %(Identity) $(Version) @(Compile)")]
    [InlineData("ünïcødé/分支/\u0000nul")]
    public void AHostileBranchNameIsOneStringConstantExactly(string branch)
    {
        var c = Constants(Values(v => { v["Branch"] = branch; v["PreviousTag"] = branch; }), "Contoso.App.ThisRelease");

        Assert.Equal(branch, c["Branch"]);
        Assert.Equal(branch, c["PreviousTag"]);
        Assert.Equal("1.3.0-alpha.5", c["Version"]);
    }

    [Fact]
    public Task TheClassIsExactlyThisSourceAndAddsNoAssemblyAttribute()
    {
        var version = typeof(ThisReleaseGenerator).Assembly.GetName().Version!.ToString();
        var test = new CSharpSourceGeneratorTest<ThisReleaseGenerator, DefaultVerifier>
        {
            TestCode = "class Code { }",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + string.Join("\n",
            OptionsOf(Values(v => { v["Namespace"] = ""; v["Branch"] = "a\"b\\c"; })).Values.Select(o => o.Key + " = " + o.Value))));
        test.TestState.GeneratedSources.Add((typeof(ThisReleaseGenerator), ThisReleaseGenerator.HintName, $$"""
            // <auto-generated>
            //     Generated by ReleaseTasks from the version of this build; ReleaseTasksThisAssembly=false turns it off.
            // </auto-generated>
            /// <summary>The version of this build as ReleaseTasks computed it, and where it came from in git.</summary>
            [global::System.CodeDom.Compiler.GeneratedCode("ReleaseTasks", "{{version}}")]
            internal static partial class ThisRelease
            {
                /// <summary>The version (SemVer 2.0, no build metadata): Version and PackageVersion.</summary>
                internal const string Version = "1.3.0-alpha.5";
                /// <summary>The assembly's informational version: the version, '+' and the commit id.</summary>
                internal const string InformationalVersion = "1.3.0-alpha.5+0123456789abcdef0123456789abcdef01234567";
                /// <summary>The assembly version.</summary>
                internal const string AssemblyVersion = "1.0.0.0";
                /// <summary>The file version.</summary>
                internal const string FileVersion = "1.3.0.5";
                /// <summary>The major version.</summary>
                internal const int Major = 1;
                /// <summary>The minor version.</summary>
                internal const int Minor = 3;
                /// <summary>The patch version.</summary>
                internal const int Patch = 0;
                /// <summary>The pre-release label (alpha.5), empty for a release.</summary>
                internal const string PreRelease = "alpha.5";
                /// <summary>Commits since the previous version tag.</summary>
                internal const int Height = 5;
                /// <summary>The full id of the commit built; empty when git was not read.</summary>
                internal const string Commit = "0123456789abcdef0123456789abcdef01234567";
                /// <summary>That commit's committer date in UTC, ISO 8601 (2026-01-31T12:00:00Z); empty when unknown.</summary>
                internal const string CommitDate = "2026-11-30T00:01:48Z";
                /// <summary>The branch built (from git or the CI's variables).</summary>
                internal const string Branch = "a\"b\\c";
                /// <summary>The version of the tag this version was computed from; empty when none.</summary>
                internal const string PreviousVersion = "1.2.0";
                /// <summary>That tag; empty when none.</summary>
                internal const string PreviousTag = "v1.2.0";
                /// <summary>Stable or PreRelease.</summary>
                internal const string ReleaseType = "PreRelease";
                /// <summary>alpha, beta, rc, stable, or a branch policy's own label.</summary>
                internal const string Channel = "alpha";
                /// <summary>Whether this is a pre-release.</summary>
                internal const bool IsPreRelease = true;
                /// <summary>Whether this is a long-term support line (an lts/* or support/* branch, or ReleaseTasksLts=true).</summary>
                internal const bool IsLts = false;
                /// <summary>Whether this release holds a security change.</summary>
                internal const bool IsSecurityRelease = true;
            }

            """.Replace("\r\n", "\n")));
        return test.RunAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    public void NothingIsGeneratedWhenTheBuildDoesNotAskForIt(string? switchValue)
    {
        var values = Values();
        if (switchValue == null) values.Remove("Assembly");
        else values["Assembly"] = switchValue;

        var result = Driver(OptionsOf(values)).RunGenerators(Compilation("class Code { }")).GetRunResult();

        Assert.Empty(result.GeneratedTrees);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void AClassNameThatIsNoIdentifierIsReportedAndTheDefaultNameUsed()
    {
        var result = Driver(OptionsOf(Values(v => v["Class"] = "This-Release"))).RunGenerators(Compilation("class Code { }")).GetRunResult();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RT5010", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("'This-Release'", diagnostic.GetMessage());
        Assert.Contains("static partial class ThisRelease", Assert.Single(result.GeneratedTrees).ToString());
    }

    [Fact]
    public void TheClassNameAndNamespaceAreConfigurable()
    {
        var c = Constants(Values(v => { v["Class"] = "BuildInfo"; v["Namespace"] = "Other.Place"; }), "Other.Place.BuildInfo");
        Assert.Equal("1.3.0-alpha.5", c["Version"]);
    }

    [Theory]
    [InlineData("my-app", "my_app")]
    [InlineData("1st.class.App", "_1st.@class.App")]
    [InlineData("global", "")]
    [InlineData("", "")]
    [InlineData(" Contoso . App ", "Contoso.App")]
    public void ARootNamespaceNoNamespaceMayHoldIsMadeValid(string rootNamespace, string expected)
    {
        Assert.Equal(expected, ThisReleaseSource.Namespace(rootNamespace));
        var c = Constants(Values(v => v["Namespace"] = rootNamespace), expected.Length == 0 ? "ThisRelease" : expected.Replace("@", "") + ".ThisRelease");
        Assert.Equal("main", c["Branch"]);
    }

    [Fact]
    public void AnExplicitVersionStillGivesMajorMinorAndPatch()
    {
        var c = Constants(Values(v =>
        {
            v["Version"] = "4.5.6-preview.1";
            foreach (var name in new[] { "Major", "Minor", "Patch", "Height", "Commit", "CommitDate", "ReleaseType", "Channel", "IsLts", "IsSecurityRelease" }) v[name] = "";
        }), "Contoso.App.ThisRelease");

        Assert.Equal(4, c["Major"]);
        Assert.Equal(5, c["Minor"]);
        Assert.Equal(6, c["Patch"]);
        Assert.Equal("", c["Commit"]);
        Assert.Equal(false, c["IsSecurityRelease"]);
    }

    [Fact]
    public void AnEditToTheCodeReusesEveryCachedStep()
    {
        var options = OptionsOf(Values());
        var driver = Driver(options).RunGenerators(Compilation("class Code { }"));

        var result = driver.RunGenerators(Compilation("class Code { int Edited; }")).GetRunResult().Results.Single();

        Assert.Single(result.GeneratedSources);
        foreach (var step in new[] { ThisReleaseGenerator.ValuesStep, ThisReleaseGenerator.SourceStep })
            Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void EqualOptionsInANewProviderAreUnchangedAndANewVersionIsModified()
    {
        var compilation = Compilation("class Code { }");
        var driver = Driver(OptionsOf(Values())).RunGenerators(compilation);

        var same = driver.WithUpdatedAnalyzerConfigOptions(new OptionsProvider(OptionsOf(Values()))).RunGenerators(compilation);
        var sameResult = same.GetRunResult().Results.Single();
        Assert.All(sameResult.TrackedSteps[ThisReleaseGenerator.ValuesStep].SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(sameResult.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        var bumped = same.WithUpdatedAnalyzerConfigOptions(new OptionsProvider(OptionsOf(Values(v => v["Version"] = "1.3.0-alpha.6"))))
            .RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.All(bumped.TrackedSteps[ThisReleaseGenerator.SourceStep].SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.Contains("\"1.3.0-alpha.6\"", Assert.Single(bumped.GeneratedSources).SourceText.ToString());
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\\3Bb\\23c\\20d\\0A", "a;b#c d\n")]
    [InlineData("lone\\ and \\4", "lone\\ and \\4")]
    [InlineData("\\5C3B", "\\3B")]
    public void DecodeUndoesTheTargetsEncodingOnly(string encoded, string decoded) =>
        Assert.Equal(decoded, ThisReleaseValues.Decode(encoded));

    internal sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public Dictionary<string, string> Values { get; } = values;

        public override bool TryGetValue(string key, out string value) => Values.TryGetValue(key, out value!);

        public override IEnumerable<string> Keys => Values.Keys;
    }

    private sealed class OptionsProvider(Options global) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Empty = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }
}
