using System.Reflection;

namespace Samples.Widgets;

public static class Widget
{
    public static string Name(int id) => $"widget-{id}";

    /// <summary>The version ReleaseTasks computed, as the assembly carries it.</summary>
    public static string Version =>
        typeof(Widget).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
