using System;
using Microsoft.CodeAnalysis;

namespace ReleaseTasks.Analyzers.Versioning;

/// <summary>
/// APIs marked <c>[Experimental("ID")]</c> carry no compatibility promise: PublicApiAnalyzers (5.x) writes their
/// entries with the diagnostic id in front, <c>[ID]Lib.Preview.Try() -> void</c>, and so do we. The id is the one
/// of the symbol itself, else of its property or event (for accessors), else of the nearest containing type; an
/// <c>[assembly: Experimental]</c> does not count, as it does not for PublicApiAnalyzers.
/// </summary>
internal static class ExperimentalApi
{
    private const string AttributeName = "System.Diagnostics.CodeAnalysis.ExperimentalAttribute";

    /// <summary>The prefix of the symbol's entry: "[ID]", or "" for API that is not experimental.</summary>
    public static string PrefixOf(ISymbol symbol)
    {
        for (var current = symbol; current != null; current = Next(current))
        {
            var id = IdOf(current);
            if (id != null) return "[" + id + "]";
        }
        return "";
    }

    /// <summary>Whether a baseline line is an experimental entry, which may go without a major release.</summary>
    public static bool IsExperimentalEntry(string entry) => entry.TrimStart('~').StartsWith("[", StringComparison.Ordinal);

    private static ISymbol? Next(ISymbol symbol) =>
        symbol is IMethodSymbol { AssociatedSymbol: { } associated } ? associated : symbol.ContainingType;

    private static string? IdOf(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() != AttributeName) continue;
            if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string id && id.Length > 0) return id;
        }
        return null;
    }
}
