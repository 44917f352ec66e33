using System.IO;
using ReleaseTasks.ApiBaseline;

namespace ReleaseTasks.Tests.ApiBaseline;

public class PublicApiFileWriterTests
{
    [Fact]
    public void ReadsTheEntriesOfARealCompilerErrorLogAndWritesTheFiles()
    {
        // Written by csc (SARIF 2.1) in the end-to-end scenario with ReleaseTasksWritePublicApi=true.
        var sarif = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "fixtures", "sarif", "public-api.sarif"));

        var entries = PublicApiFileWriter.EntriesOf(sarif);

        Assert.Equal(new[]
        {
            "probe.Class1", "probe.Class1.Add(int a, int b) -> int", "probe.Class1.Class1() -> void",
            "probe.Class1.Name.get -> string!", "probe.Class1.Name.set -> void",
        }, entries);

        var dir = Path.Combine(Path.GetTempPath(), "rt-api-" + System.Guid.NewGuid().ToString("N"));
        PublicApiFileWriter.Write(dir, entries);
        Assert.StartsWith("#nullable enable\nprobe.Class1\n", File.ReadAllText(Path.Combine(dir, "PublicAPI.Shipped.txt")));
    }

    [Fact]
    public void EscapedCharactersOfGenericsComeBackAsTheyWere()
    {
        const string sarif = "{\"results\":[{\"ruleId\":\"RT5005\",\"level\":\"note\",\"message\":{\"text\":\"Lib.Box\\u003cT\\u003e.Get() -> T\"}}]}";

        Assert.Equal(new[] { "Lib.Box<T>.Get() -> T" }, PublicApiFileWriter.EntriesOf(sarif));
    }
}
