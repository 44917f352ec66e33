using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ReleaseTasks.Analyzers.Versioning;

/// <summary>
/// The public API of a compilation, one line per type and member, in the format of PublicAPI.Shipped.txt
/// (Microsoft.CodeAnalysis.PublicApiAnalyzers), so that teams' existing files are the baseline as they are.
/// Properties appear as their accessors, as in those files.
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
    /// The API entries one declared symbol contributes, each with the names a baseline line may use for it:
    /// a type (and its implicit default constructor), a method, field or event, or a property's accessors.
    /// </summary>
    public static IEnumerable<(ISymbol Symbol, string[] Names)> Of(ISymbol declared)
    {
        foreach (var symbol in Entries(declared))
        {
            var plain = Name(symbol, Plain);
            var nullable = Name(symbol, WithNullability);
            yield return (symbol, new[] { plain, nullable, "~" + plain, "~" + nullable });
        }
    }

    private static IEnumerable<ISymbol> Entries(ISymbol declared)
    {
        if (declared.IsImplicitlyDeclared || !IsPublicApi(declared) && declared is not IPropertySymbol) yield break;
        switch (declared)
        {
            case INamedTypeSymbol type:
                yield return type;
                // The compiler's default constructor has no declaration of its own to be called back for.
                foreach (var constructor in type.InstanceConstructors)
                    if (constructor.IsImplicitlyDeclared && IsPublicApi(constructor)) yield return constructor;
                break;
            case IPropertySymbol property:
                // As in PublicAPI files, a property is its accessors.
                foreach (var accessor in new[] { property.GetMethod, property.SetMethod })
                    if (accessor != null && IsPublicApi(accessor)) yield return accessor;
                break;
            case IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove }:
                break;
            default:
                yield return declared;
                break;
        }
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
