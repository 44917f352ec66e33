using Samples.Greeting;
using Xunit;

namespace Samples.Greeting.Tests;

public class GreeterTests
{
    [Fact]
    public void GreetsByName() => Assert.Equal("Hello, Ada!", Greeter.Greet("Ada"));

    [Fact]
    public void CarriesTheComputedVersionWithTheCommit() => Assert.Matches(@"^\d+\.\d+\.\d+.*\+[0-9a-f]{40}$", Greeter.Version);
}
