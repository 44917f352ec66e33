using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ReleaseTasks.Analyzers.Versioning;

/// <summary>
/// The public API of a compilation, one line per type and member, in the format of PublicAPI.Shipped.txt
/// (Microsoft.CodeAnalysis.PublicApiAnalyzers), so that teams' existing files are the baseline as they are and the
/// files we write are accepted by that tool. Which symbols are entries follows what that tool writes, checked
/// against it end to end (tests/ReleaseTasks.EndToEnd.Tests/Scenarios/PublicApiAnalyzersAgreement.cs):
/// properties appear as their accessors, events without add/remove, delegates as their type and Invoke, enums
/// without a constructor, compiler-generated members of records and extension blocks as their own entries,
/// experimental API with its diagnostic id in front (<see cref="ExperimentalApi"/>), forwarded types with their
/// assembly after (<see cref="ForwardedTypes"/>).
/// </summary>
internal static class PublicApiNames
{
    private static readonly SymbolDisplayFormat Plain = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.OmittedAsContaining,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeContainingType |
                       SymbolDisplayMemberOptions.IncludeExplicitInterface | SymbolDisplayMemberOptions.IncludeModifiers |
                       SymbolDisplayMemberOptions.IncludeConstantValue,
        parameterOptions: SymbolDisplayParameterOptions.IncludeExtensionThis | SymbolDisplayParameterOptions.IncludeParamsRefOut |
                          SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName |
                          SymbolDisplayParameterOptions.IncludeDefaultValue,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    // Files that start with '#nullable enable' spell reference types with '?' and '!': the second of these flags
    // (non-nullable '!') has no public name in Roslyn, its value is the one the file format was written with.
    private static readonly SymbolDisplayFormat WithNullability = Plain.WithMiscellaneousOptions(
        SymbolDisplayMiscellaneousOptions.UseSpecialTypes |
        SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier |
        (SymbolDisplayMiscellaneousOptions)(1 << 8));

    /// <summary>
    /// The API entries one declared symbol contributes, each with the names a baseline line may use for it (plain,
    /// with nullability, each also with the '~' of oblivious code) and the name a file starting with
    /// '#nullable enable' gives it: a type (with its implicit constructor and the members the compiler generates
    /// for it), a method, field or event, or a property's accessors.
    /// </summary>
    public static IEnumerable<(ISymbol Symbol, string[] Names)> Of(ISymbol declared) => Of(declared, "");

    /// <summary>As <see cref="Of(ISymbol)"/>, each name followed by <paramref name="suffix"/> (a forwarded type's).</summary>
    public static IEnumerable<(ISymbol Symbol, string[] Names)> Of(ISymbol declared, string suffix)
    {
        foreach (var symbol in Entries(declared))
        {
            // '[ID]' of an experimental API comes after the '~' of oblivious code: "~[ID]Lib.C.M(string s) -> string".
            var experimental = ExperimentalApi.PrefixOf(symbol);
            var plain = experimental + Name(symbol, Plain) + suffix;
            var nullable = experimental + Name(symbol, WithNullability) + suffix;
            var annotated = ObliviousTypes.Uses(symbol) ? "~" + nullable : nullable;
            yield return (symbol, new[] { plain, nullable, "~" + plain, "~" + nullable, annotated });
        }
    }

    /// <summary>The index in <see cref="Of"/>'s names of the spelling PublicApiAnalyzers writes under '#nullable enable'.</summary>
    public const int AnnotatedName = 4;

    private static IEnumerable<ISymbol> Entries(ISymbol declared)
    {
        if (declared.IsImplicitlyDeclared) yield break;
        switch (declared)
        {
            case INamedTypeSymbol type:
                if (!IsEntry(type)) yield break;
                yield return type;
                // The compiler's default constructor: PublicApiAnalyzers lists it for a class whose only constructor
                // it is, and for every struct (enums have none in the files).
                IMethodSymbol? implicitConstructor = null;
                if (type.TypeKind == TypeKind.Class && type.InstanceConstructors.Length == 1 || type.TypeKind == TypeKind.Struct)
                {
                    implicitConstructor = type.InstanceConstructors.FirstOrDefault(c => c.IsImplicitlyDeclared);
                    if (implicitConstructor != null && IsEntry(implicitConstructor)) yield return implicitConstructor;
                }
                // Members the compiler generates (a record's Equals, copy constructor, EqualityContract; a delegate's
                // Invoke; an extension block's implementation methods) have no declaration to be called back for.
                foreach (var member in type.GetMembers())
                {
                    if (member is not IMethodSymbol { IsImplicitlyDeclared: true } method || SymbolEqualityComparer.Default.Equals(method, implicitConstructor)) continue;
                    // Accessors of a declared property (a record's positional ones) come with their property.
                    if (method.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet && method.AssociatedSymbol is { IsImplicitlyDeclared: false }) continue;
                    if (IsEntry(method)) yield return method;
                }
                break;
            case IPropertySymbol property:
                // As in PublicAPI files, a property is its accessors.
                foreach (var accessor in new[] { property.GetMethod, property.SetMethod })
                    if (accessor != null && IsEntry(accessor)) yield return accessor;
                break;
            case IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet }:
                break;
            default:
                if (IsEntry(declared)) yield return declared;
                break;
        }
    }

    /// <summary>Whether PublicApiAnalyzers tracks the symbol as public API.</summary>
    private static bool IsEntry(ISymbol symbol)
    {
        if (symbol is IMethodSymbol method)
        {
            if (method.MethodKind is MethodKind.EventAdd or MethodKind.EventRemove) return false;
            if (method.MethodKind == MethodKind.Constructor && method.ContainingType.TypeKind == TypeKind.Enum) return false;
            // A delegate's signature is its Invoke; its constructor, BeginInvoke and EndInvoke are not entries.
            if (method.ContainingType.TypeKind == TypeKind.Delegate && method.MethodKind != MethodKind.DelegateInvoke) return false;
        }
        return IsPublicApi(symbol);
    }

    private static bool IsPublicApi(ISymbol symbol) => symbol.DeclaredAccessibility switch
    {
        Accessibility.Public => symbol.ContainingType == null || IsPublicApi(symbol.ContainingType),
        Accessibility.Protected or Accessibility.ProtectedOrInternal =>
            symbol.ContainingType != null && IsPublicApi(symbol.ContainingType) && CanBeDerivedOutside(symbol.ContainingType),
        _ => false,
    };

    private static bool CanBeDerivedOutside(INamedTypeSymbol type) =>
        !type.IsSealed && type.InstanceConstructors.Any(c =>
            c.DeclaredAccessibility is not (Accessibility.Internal or Accessibility.Private or Accessibility.ProtectedAndInternal));

    private static string Name(ISymbol symbol, SymbolDisplayFormat format)
    {
        var name = symbol.ToDisplayString(format);
        ITypeSymbol? type = symbol switch
        {
            IMethodSymbol m => m.ReturnType,
            IFieldSymbol f => f.Type,
            IEventSymbol e => e.Type,
            _ => null,
        };
        return type == null ? name : name + " -> " + type.ToDisplayString(format);
    }
}
