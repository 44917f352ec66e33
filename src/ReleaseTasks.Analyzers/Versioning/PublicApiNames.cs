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

    /// <summary>Every public API symbol of the assembly's source, with the names a baseline line may use for it.</summary>
    public static IEnumerable<(ISymbol Symbol, string[] Names)> Of(Compilation compilation)
    {
        foreach (var symbol in Walk(compilation.Assembly.GlobalNamespace))
        {
            var plain = Name(symbol, Plain);
            var nullable = Name(symbol, WithNullability);
            yield return (symbol, new[] { plain, nullable, "~" + plain, "~" + nullable });
        }
    }

    private static IEnumerable<ISymbol> Walk(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            switch (member)
            {
                case INamespaceSymbol ns:
                    foreach (var inner in Walk(ns)) yield return inner;
                    break;
                case INamedTypeSymbol type when type.Locations.Any(l => l.IsInSource) && IsPublicApi(type):
                    yield return type;
                    foreach (var inner in Walk(type)) yield return inner;
                    break;
                case IPropertySymbol:
                case INamedTypeSymbol:
                    break;
                case IMethodSymbol method when method.MethodKind is MethodKind.EventAdd or MethodKind.EventRemove:
                    break;
                default:
                    var implicitDefaultConstructor = member is IMethodSymbol { MethodKind: MethodKind.Constructor, Parameters.Length: 0 };
                    if ((!member.IsImplicitlyDeclared || implicitDefaultConstructor || IsAccessorOfDeclaredProperty(member)) && IsPublicApi(member))
                        yield return member;
                    break;
            }
        }
    }

    private static bool IsAccessorOfDeclaredProperty(ISymbol member) =>
        member is IMethodSymbol { AssociatedSymbol: IPropertySymbol property } && !property.IsImplicitlyDeclared;

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
