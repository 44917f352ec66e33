using System.Reflection;

namespace Samples.Greeting;

public static class Greeter
{
    public static string Greet(string name) => $"Hello, {name}!";

    /// <summary>The version ReleaseTasks computed, as the assembly carries it.</summary>
    public static string Version =>
        typeof(Greeter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
