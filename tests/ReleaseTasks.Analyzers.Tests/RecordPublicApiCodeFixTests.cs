using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ReleaseTasks.Analyzers.Versioning;

namespace ReleaseTasks.Analyzers.Tests;

public class RecordPublicApiCodeFixTests
{
    private const string Baseline = "# ReleaseTasks API baseline of v1.0.0: probe/PublicAPI.Shipped.txt\n# file: probe/PublicAPI.Shipped.txt\n" +
                                    "Lib.Class1\nLib.Class1.Class1() -> void\n";

    private static CSharpCodeFixTest<ApiVersionAnalyzer, RecordPublicApiCodeFix, DefaultVerifier> Test(string shipped, string unshippedBefore, string unshippedAfter, string source, string fixedSource)
    {
        var test = new CSharpCodeFixTest<ApiVersionAnalyzer, RecordPublicApiCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AnalyzerConfigFiles.Add(("/.globalconfig",
                "is_global = true\nbuild_property.ReleaseTasksVersion = 1.0.1-alpha.1\nbuild_property.ReleaseTasksApiBaselineVersion = 1.0.0\nbuild_property.ReleaseTasksApiBaselineTag = v1.0.0\n"));
            state.AdditionalFiles.Add(("/obj/ReleaseTasks.ApiBaseline.txt", Baseline));
            state.AdditionalFiles.Add(("/PublicAPI.Shipped.txt", shipped));
        }
        test.TestState.AdditionalFiles.Add(("/PublicAPI.Unshipped.txt", unshippedBefore));
        test.FixedState.AdditionalFiles.Add(("/PublicAPI.Unshipped.txt", unshippedAfter));
        return test;
    }

    [Fact]
    public Task RecordsTheNewMemberInPublicApiUnshipped()
    {
        const string source = "namespace Lib { public class Class1 { public int {|RT5002:Mul|}(int a, int b) => a * b; } }";
        var test = Test("Lib.Class1\nLib.Class1.Class1() -> void\n", "", "Lib.Class1.Mul(int a, int b) -> int\n", source, source);
        // After the fix the member is recorded, but the version is still a patch: the warning stays, by design.
        test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.NewApiInPatch).WithSpan(1, 50, 1, 53)
            .WithArguments("Lib.Class1.Mul(int a, int b) -> int", "1.0.1-alpha.1", "v1.0.0"));
        test.NumberOfFixAllIterations = 0;
        return test.RunAsync();
    }

    [Fact]
    public Task UsesTheNullableSpellingWhenTheFilesDo()
    {
        const string source = "#nullable enable\nnamespace Lib { public class Class1 { public string {|RT5002:Name|}(string a) => a; } }";
        var test = Test("#nullable enable\nLib.Class1\nLib.Class1.Class1() -> void\n", "Existing.Line -> void", "Existing.Line -> void\nLib.Class1.Name(string! a) -> string!\n", source, source);
        test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.NewApiInPatch).WithSpan(2, 53, 2, 57)
            .WithArguments("Lib.Class1.Name(string a) -> string", "1.0.1-alpha.1", "v1.0.0"));
        test.NumberOfFixAllIterations = 0;
        return test.RunAsync();
    }
}
