using ReleaseTasks.ApiBaseline;

namespace ReleaseTasks.Tests.ApiBaseline;

public class ApiEntryNamesTests
{
    [Theory]
    [InlineData("static Lib.Calculator.Subtract(int a, int b) -> int", "Subtract")]
    [InlineData("Lib.Calculator", "Calculator")]
    [InlineData("Lib.Calculator.Calculator() -> void", "Calculator")]
    [InlineData("Lib.Class1.Name.get -> string!", "Name")]
    [InlineData("~Lib.Class1.Name.set -> void", "Name")]
    [InlineData("Lib.Color.Red = 1 -> Lib.Color", "Red")]
    [InlineData("const Lib.Limits.Max = 10 -> int", "Max")]
    [InlineData("Lib.Box<T>.Map<TResult>(System.Func<T, TResult>! f) -> Lib.Box<TResult>!", "Map")]
    [InlineData("Lib.Outer.Inner", "Inner")]
    [InlineData("Lib.Class1.Changed -> System.EventHandler?", "Changed")]
    [InlineData("Lib.Class1.Changed.add -> void", "Changed")]
    [InlineData("Lib.Disposer.System.IDisposable.Dispose() -> void", "Dispose")]
    [InlineData("Lib.@class.@event() -> void", "event")]
    public void TheDeclaredNameIsTheIdentifierTheSourceSpells(string entry, string name) =>
        Assert.Equal(name, ApiEntryNames.DeclaredName(entry));

    [Theory]
    [InlineData("static Lib.Money.operator +(Lib.Money a, Lib.Money b) -> Lib.Money")]
    [InlineData("Lib.List.this[int index].get -> int")]
    [InlineData("override Lib.Point.Equals(object? obj) -> bool")]
    [InlineData("Lib.Point.Deconstruct(out int X, out int Y) -> void")]
    [InlineData("Lib.Point.<Clone>$() -> Lib.Point!")]
    [InlineData("System.StringComparison.Ordinal = 4 -> System.StringComparison (forwarded, contained in System.Runtime)")]
    public void EntriesTheSourceDoesNotSpellMakeNoClaim(string entry) =>
        Assert.Null(ApiEntryNames.DeclaredName(entry));

    [Fact]
    public void OnlyEntriesNoFileMentionsAreUnmentioned()
    {
        var identifiers = ApiEntryNames.IdentifiersOf(new[]
        {
            "namespace Lib { public static class Calculator { public static int Add(int a, int b) => a + b; } }",
            "// Subtract was removed in 2.0\n",
        });

        var unmentioned = ApiEntryNames.Unmentioned(new[]
        {
            "Lib.Calculator", "static Lib.Calculator.Add(int a, int b) -> int", "static Lib.Calculator.Subtract(int a, int b) -> int",
            "static Lib.Calculator.Multiply(int a, int b) -> int", "static Lib.Money.operator +(Lib.Money a, Lib.Money b) -> Lib.Money",
        }, identifiers);

        Assert.Equal(new[] { "static Lib.Calculator.Multiply(int a, int b) -> int" }, unmentioned);
    }
}
