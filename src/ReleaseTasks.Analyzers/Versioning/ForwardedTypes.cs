using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ReleaseTasks.Analyzers.Versioning;

/// <summary>
/// Types an assembly forwards (<c>[assembly: TypeForwardedTo(typeof(T))]</c>) stay part of its public API: callers
/// compiled against the older assembly still resolve them through it. PublicApiAnalyzers lists every public member of
/// a forwarded type, nested types included, with the suffix " (forwarded, contained in &lt;assembly&gt;)".
/// </summary>
internal static class ForwardedTypes
{
    private const string AttributeName = "System.Runtime.CompilerServices.TypeForwardedToAttribute";

    /// <summary>The API entries of every type the compilation forwards, each with the attribute that forwards it.</summary>
    public static IReadOnlyList<(ISymbol Symbol, string[] Names, Location Location)> Of(Compilation compilation)
    {
        var entries = new List<(ISymbol, string[], Location)>();
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() != AttributeName) continue;
            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol type) continue;
            // typeof(KeyValuePair<,>) is an unbound generic type; its entries are written with the type parameters.
            if (type.IsUnboundGenericType) type = type.ConstructedFrom;
            var location = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? Location.None;
            var seen = new HashSet<string>();
            foreach (var (symbol, names) in Visit(type, " (forwarded, contained in " + type.ContainingAssembly?.Name + ")"))
                if (seen.Add(names[0])) entries.Add((symbol, names, location));
        }
        return entries;
    }

    private static IEnumerable<(ISymbol, string[])> Visit(INamedTypeSymbol type, string suffix)
    {
        // The type, its implicit constructor and the members the compiler generates for it.
        foreach (var entry in PublicApiNames.Of(type, suffix)) yield return entry;
        foreach (var member in type.GetMembers().Where(m => m is not INamedTypeSymbol && !m.IsImplicitlyDeclared))
            foreach (var entry in PublicApiNames.Of(member, suffix)) yield return entry;
        foreach (var nested in type.GetTypeMembers())
            foreach (var entry in Visit(nested, suffix)) yield return entry;
    }
}
