using System;
using System.Collections.Generic;
using System.Linq;

namespace ReleaseTasks.ContinuousIntegration;

/// <summary>Finds which CI system runs the build, if any, from its environment variables.</summary>
public static class CiEnvironment
{
    /// <summary>Every <see cref="ICiProvider"/> of this assembly, by name: found by reflection, not kept by hand. Their
    /// detection variables differ, so the order only matters when one CI system runs inside another.</summary>
    public static IReadOnlyList<ICiProvider> Providers { get; } = Implementations.Of<ICiProvider>(p => p.Name);

    public static CiBuildInfo? Detect(Func<string, string?> variable)
    {
        foreach (var provider in Providers)
        {
            var info = provider.Read(Declared(provider, variable));
            if (info != null) return info;
        }
        return null;
    }

    /// <summary>
    /// What the CI system running the build is to be handed for <paramref name="publication"/>: null outside CI;
    /// the system's name with no output when it has no mechanism (<see cref="ICiOutputs"/>) for it.
    /// </summary>
    public static (string System, CiOutput? Output)? Publish(CiPublication publication, Func<string, string?> variable)
    {
        foreach (var provider in Providers)
        {
            var declared = Declared(provider, variable);
            if (provider.Read(declared) == null) continue;
            return (provider.Name, provider is ICiOutputs outputs ? outputs.Publish(publication, declared) : null);
        }
        return null;
    }

    /// <summary>A provider reads only the variables it declares, so the lists derived from them (the docs, what the
    /// tests clear) cannot miss one.</summary>
    private static Func<string, string?> Declared(ICiProvider provider, Func<string, string?> variable) => name =>
        provider.Variables.Contains(name, StringComparer.Ordinal)
            ? variable(name)
            : throw new InvalidOperationException($"{provider.GetType().Name} reads {name}, which is not in its Variables.");
}
