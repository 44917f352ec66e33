using System;
using System.Text.Json;
using ReleaseTasks.ReleaseNotes;

namespace ReleaseTasks.Tests.ReleaseNotes;

/// <summary>The release notes' JSON carries the build's release type, channel, LTS and security outputs, and says null
/// when the build computed none (an explicit version).</summary>
public class ReleaseKindJsonTests
{
    private static readonly ReleaseNotesDocument Notes =
        new("1.0.1-rc.2", new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero), "1.0.0", Array.Empty<NoteSection>());

    [Fact]
    public void TheJsonHoldsTheBuildsValues()
    {
        using var json = JsonDocument.Parse(JsonText.Write(ReleaseNotesModel.From(Notes with { Kind = new ReleaseKind("PreRelease", "rc", true, true) })));
        Assert.Equal("PreRelease", json.RootElement.GetProperty("release_type").GetString());
        Assert.Equal("rc", json.RootElement.GetProperty("channel").GetString());
        Assert.True(json.RootElement.GetProperty("is_lts").GetBoolean());
        Assert.True(json.RootElement.GetProperty("is_security_release").GetBoolean());
    }

    [Fact]
    public void WithoutThemTheFieldsAreNull()
    {
        using var json = JsonDocument.Parse(JsonText.Write(ReleaseNotesModel.From(Notes)));
        foreach (var field in new[] { "release_type", "channel", "is_lts", "is_security_release" })
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty(field).ValueKind);
    }
}
