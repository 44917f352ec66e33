using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ReleaseTasks.Releasing;

namespace ReleaseTasks.Tests.Releasing;

/// <summary>
/// Reading RT5001/RT5004 back from the compiler's error log. The fixtures are logs Csc wrote in a readiness compile of
/// a library that removed Class1.Add and added IShape.Perimeter() under a fix: (paths renamed to /src/shop): the
/// readiness log (SARIF 2.1) and the same compile with a user's -p:ErrorLog (SARIF 1.0, the compiler's default).
/// </summary>
public sealed class ApiBreakTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "sarif", name));

    private static readonly string ShapeFile = new Uri("file:///src/shop/Lib/Shape.cs").LocalPath;

    [Theory]
    [InlineData("readiness-api-breaks.sarif")]
    [InlineData("readiness-api-breaks-v1.sarif")]
    public void BothSarifVersionsGiveTheRemovedMemberAndTheNewInterfaceMemberWithItsFileAndLine(string fixture)
    {
        var breaks = ApiBreak.FromErrorLog(Fixture(fixture));

        Assert.NotNull(breaks);
        Assert.Equal(new[] { "RT5001", "RT5004" }, breaks!.Select(b => b.Code));
        var removed = breaks[0];
        Assert.StartsWith("'Lib.Class1.Add(int a, int b) -> int' was public API in v1.1.0 and is gone or changed, but 1.1.1-alpha.1 is not a major release.", removed.Message);
        Assert.Contains("Declare the break with a 'feat!:' commit", removed.Message);
        Assert.Equal("", removed.File);
        var added = breaks[1];
        Assert.StartsWith("'Lib.IShape.Perimeter() -> double' is a new abstract or interface member", added.Message);
        Assert.Equal(ShapeFile, added.File);
        Assert.Equal(7, added.Line);
        Assert.Equal($"RT5004: {added.Message.TrimEnd('.')} ({ShapeFile}:7)", added.ToString());
    }

    [Fact]
    public void TheVersionsOfTheLogAgree() =>
        Assert.Equal(ApiBreak.FromErrorLog(Fixture("readiness-api-breaks.sarif")), ApiBreak.FromErrorLog(Fixture("readiness-api-breaks-v1.sarif")));

    [Fact]
    public void ALogWithoutBreaksHasNone() =>
        Assert.Empty(ApiBreak.FromErrorLog(Fixture("public-api.sarif"))!);

    [Fact]
    public void AResultSuppressedInSourceIsNotABreak()
    {
        var log = JsonNode.Parse(Fixture("readiness-api-breaks.sarif"))!;
        var results = log["runs"]![0]!["results"]!.AsArray();
        var removed = results.Single(r => (string?)r!["ruleId"] == "RT5001")!;
        removed["suppressions"] = new JsonArray(new JsonObject { ["kind"] = "inSource" });

        Assert.Equal(new[] { "RT5004" }, ApiBreak.FromErrorLog(log.ToJsonString())!.Select(b => b.Code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"version\": \"2.1.0\"}")]
    public void TextThatIsNotASarifLogIsNull(string text) => Assert.Null(ApiBreak.FromErrorLog(text));
}
