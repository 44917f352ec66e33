using Samples.Widgets;
using Xunit;

namespace Samples.Widgets.Tests;

public class WidgetTests
{
    [Fact]
    public void NamesById() => Assert.Equal("widget-7", Widget.Name(7));

    [Fact]
    public void CarriesTheComputedVersionWithTheCommit() => Assert.Matches(@"^\d+\.\d+\.\d+.*\+[0-9a-f]{40}$", Widget.Version);
}
