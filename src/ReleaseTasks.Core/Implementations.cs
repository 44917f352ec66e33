using System;
using System.Collections.Generic;
using System.Linq;

namespace ReleaseTasks;

/// <summary>
/// The registries of one-class extensions (CI systems, coverage formats): every concrete class of this assembly that
/// implements the interface, made with its parameterless constructor, in the order of its name. No hand-kept list.
/// </summary>
internal static class Implementations
{
    public static IReadOnlyList<T> Of<T>(Func<T, string> name) where T : class =>
        typeof(T).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(T).IsAssignableFrom(t))
            .Select(t => (T)Activator.CreateInstance(t)!)
            .OrderBy(name, StringComparer.OrdinalIgnoreCase)
            .ToArray();
}
