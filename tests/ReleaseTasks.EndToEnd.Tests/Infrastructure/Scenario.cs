using System.Collections.Generic;

namespace ReleaseTasks.EndToEnd.Tests.Infrastructure;

/// <summary>A git repository holding one consumer project, committed as its first commit.</summary>
public sealed class Scenario
{
    private Scenario(GitRepository repo, string projectDirectory)
    {
        Repo = repo;
        ProjectDirectory = projectDirectory;
    }

    public GitRepository Repo { get; }

    public string ProjectDirectory { get; }

    public static Scenario Create(string firstMessage = "chore: add project", string targetFrameworks = "net10.0",
        string extraProperties = "", string extraItems = "")
    {
        var repo = GitRepository.Create();
        var dir = TestProject.Write(repo.Directory, targetFrameworks: targetFrameworks, extraProperties: extraProperties, extraItems: extraItems);
        repo.CommitAll(firstMessage);
        return new Scenario(repo, dir);
    }

    public BuildProperties Version(IDictionary<string, string?>? environment = null, params string[] arguments) =>
        DotNet.GetReleaseVersion(ProjectDirectory, environment, arguments);
}
