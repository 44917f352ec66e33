using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReleaseTasks.ApiBaseline;

/// <summary>
/// The identifier a PublicAPI entry is declared under in C# (`static Lib.Calculator.Subtract(int a) -> int` →
/// `Subtract`), and the identifiers of a set of C# files: an entry whose identifier no file of a release mentions was
/// not in that release's code, so the API files at its tag were stale.
/// </summary>
public static class ApiEntryNames
{
    private static readonly Regex Identifier = new(@"@?[\p{L}_][\p{L}\p{Nd}_]*", RegexOptions.CultureInvariant);
    private static readonly string[] Modifiers = { "~", "static ", "abstract ", "virtual ", "override ", "sealed ", "const ", "readonly ", "required ", "new " };
    private static readonly HashSet<string> Accessors = new(StringComparer.Ordinal) { "get", "set", "init", "add", "remove" };

    // Members a record gets from the compiler: its source never spells them.
    private static readonly HashSet<string> Generated = new(StringComparer.Ordinal)
        { "Equals", "GetHashCode", "ToString", "Deconstruct", "EqualityContract", "PrintMembers" };

    /// <summary>The identifier, or null when the entry is not one plain name (operators, indexers, generated members).</summary>
    public static string? DeclaredName(string entry)
    {
        var text = entry.Trim();
        // A forwarded type's members are declared in another assembly: this project's sources never spell them.
        if (text.EndsWith(")", StringComparison.Ordinal) && text.Contains(" (forwarded, contained in ")) return null;
        for (var again = true; again;)
        {
            again = false;
            foreach (var m in Modifiers)
                if (text.StartsWith(m, StringComparison.Ordinal)) { text = text.Substring(m.Length); again = true; }
        }
        var end = text.IndexOf(" -> ", StringComparison.Ordinal);
        if (end >= 0) text = text.Substring(0, end);
        var equals = text.IndexOf(" = ", StringComparison.Ordinal);
        if (equals >= 0) text = text.Substring(0, equals);
        var paren = text.IndexOf('(');
        if (paren >= 0) text = text.Substring(0, paren);
        text = StripGenerics(text);
        var parts = text.Split('.');
        var name = parts[parts.Length - 1];
        if (Accessors.Contains(name) && parts.Length > 1) name = parts[parts.Length - 2];
        if (Generated.Contains(name)) return null;
        var match = Identifier.Match(name);
        return match.Success && match.Length == name.Length ? name.TrimStart('@') : null;
    }

    /// <summary>Every identifier in the C# texts (comments and strings included: a mention is enough to make no claim).</summary>
    public static HashSet<string> IdentifiersOf(IEnumerable<string> sources)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
            foreach (Match m in Identifier.Matches(source)) names.Add(m.Value.TrimStart('@'));
        return names;
    }

    /// <summary>The entries whose declared name none of the identifiers is, in order.</summary>
    public static IReadOnlyList<string> Unmentioned(IEnumerable<string> entries, HashSet<string> identifiers) =>
        entries.Where(e => DeclaredName(e) is { } name && !identifiers.Contains(name)).ToList();

    private static string StripGenerics(string text)
    {
        var chars = new System.Text.StringBuilder();
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '<') depth++;
            else if (c == '>') depth = Math.Max(0, depth - 1);
            else if (depth == 0) chars.Append(c);
        }
        return chars.ToString();
    }
}
