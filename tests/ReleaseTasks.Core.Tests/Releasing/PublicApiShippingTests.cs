using ReleaseTasks.Releasing;

namespace ReleaseTasks.Tests.Releasing;

/// <summary>Issue 10 item 2: the unshipped entries move into the shipped file as PublicApiAnalyzers' users move them;
/// that the result is accepted by the analyzer itself is proved end to end (ReleasePathOnASolution).</summary>
public sealed class PublicApiShippingTests
{
    [Fact]
    public void AddedLinesAreShippedSortedAndRemovedLinesTakeTheirEntryOut()
    {
        const string shipped = "#nullable enable\nLib.Class1\nLib.Class1.Class1() -> void\nLib.Class1.Old() -> void\n";
        const string unshipped = "#nullable enable\nLib.Class2\n*REMOVED*Lib.Class1.Old() -> void\nLib.Class1.Name.get -> string!\n\nLib.Class2.Class2() -> void\n";

        var (newShipped, newUnshipped) = PublicApiShipping.Ship(shipped, unshipped)!.Value;

        Assert.Equal("#nullable enable\nLib.Class1\nLib.Class1.Class1() -> void\nLib.Class1.Name.get -> string!\nLib.Class2\nLib.Class2.Class2() -> void\n", newShipped);
        Assert.Equal("#nullable enable\n", newUnshipped);
    }

    [Fact]
    public void WindowsLineEndingsAndFilesWithoutHeaderStayAsTheyAre()
    {
        var (shipped, unshipped) = PublicApiShipping.Ship("B\r\n", "A\r\n")!.Value;
        Assert.Equal("A\r\nB\r\n", shipped);
        Assert.Equal("", unshipped);
    }

    [Fact]
    public void AnUnshippedFileWithoutEntriesShipsNothing()
    {
        Assert.Null(PublicApiShipping.Ship("A\n", "#nullable enable\n\n"));
        Assert.Null(PublicApiShipping.Ship("A\n", ""));
    }
}
