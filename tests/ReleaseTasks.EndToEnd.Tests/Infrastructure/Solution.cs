using System.Collections.Generic;
using System.Linq;

namespace ReleaseTasks.EndToEnd.Tests.Infrastructure;

/// <summary>A solution file made by the dotnet CLI, as a user makes one.</summary>
public static class Solution
{
    /// <summary>
    /// <c>dotnet new sln</c> then one <c>dotnet sln add</c> for every project at once (each CLI start costs a second
    /// or two, and the suite makes many solutions). Returns the solution's file name.
    /// </summary>
    public static string Create(string directory, string name, IEnumerable<string> projectFiles)
    {
        DotNet.Run(directory, new[] { "new", "sln", "-n", name, "--format", "sln" }).EnsureSuccess("dotnet new sln");
        var file = name + ".sln";
        DotNet.Run(directory, new[] { "sln", file, "add" }.Concat(projectFiles)).EnsureSuccess("dotnet sln add");
        return file;
    }
}
