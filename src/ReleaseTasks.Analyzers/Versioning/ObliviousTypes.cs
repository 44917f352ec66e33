using System.Linq;
using Microsoft.CodeAnalysis;

namespace ReleaseTasks.Analyzers.Versioning;

/// <summary>
/// Whether an API entry uses a reference type without nullability annotation (code under '#nullable disable'):
/// in files that start with '#nullable enable', PublicApiAnalyzers writes such entries with a leading '~'.
/// </summary>
internal static class ObliviousTypes
{
    public static bool Uses(ISymbol symbol) => symbol switch
    {
        // A type's own line only depends on the constraints of its type parameters.
        INamedTypeSymbol type => type.TypeParameters.Any(ConstraintsAreOblivious),
        IMethodSymbol method => IsOblivious(method.ReturnType) || method.Parameters.Any(p => IsOblivious(p.Type)) ||
                                method.TypeParameters.Any(ConstraintsAreOblivious),
        IFieldSymbol field => IsOblivious(field.Type),
        IEventSymbol @event => IsOblivious(@event.Type),
        _ => false,
    };

    private static bool IsOblivious(ITypeSymbol type, bool ignoreTopLevel = false) => type switch
    {
        IArrayTypeSymbol array => array.NullableAnnotation == NullableAnnotation.None || IsOblivious(array.ElementType),
        IPointerTypeSymbol pointer => IsOblivious(pointer.PointedAtType),
        ITypeParameterSymbol parameter => parameter.IsReferenceType && parameter.NullableAnnotation == NullableAnnotation.None,
        INamedTypeSymbol named =>
            !ignoreTopLevel && named.IsReferenceType && named.NullableAnnotation == NullableAnnotation.None
            || named.ContainingType != null && IsOblivious(named.ContainingType, ignoreTopLevel: true)
            || named.TypeArguments.Any(a => IsOblivious(a)),
        _ => false,
    };

    private static bool ConstraintsAreOblivious(ITypeParameterSymbol parameter) =>
        parameter.HasReferenceTypeConstraint && parameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.None
        || parameter.ConstraintTypes.Any(c => IsOblivious(c));
}
