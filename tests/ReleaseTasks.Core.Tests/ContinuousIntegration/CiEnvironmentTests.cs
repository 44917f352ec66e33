using System.Collections.Generic;
using System.Linq;
using ReleaseTasks.ContinuousIntegration;

namespace ReleaseTasks.Tests.ContinuousIntegration;

/// <summary>
/// One test per CI system, each with the variables that system really sets on a branch build and on a pull
/// request build (and the variants that trip parsers up). Never reads this process's own environment.
/// </summary>
public class CiEnvironmentTests
{
    private static CiBuildInfo? Detect(params string[] pairs)
    {
        var env = new Dictionary<string, string>();
        for (var i = 0; i < pairs.Length; i += 2) env[pairs[i]] = pairs[i + 1];
        return CiEnvironment.Detect(name => env.TryGetValue(name, out var v) ? v : null);
    }

    [Fact]
    public void NoCiSystem()
    {
        Assert.Null(Detect());
        Assert.Null(Detect("CI", "true", "BRANCH_NAME", "main", "GIT_BRANCH", "main"));
        Assert.Null(Detect("GITHUB_ACTIONS", "false", "GITHUB_REF", "refs/heads/main"));
        Assert.Null(Detect("TF_BUILD", "", "BUILD_SOURCEBRANCH", "refs/heads/main"));
        Assert.Null(Detect("JENKINS_URL", " ", "BRANCH_NAME", "main"));
    }

    [Fact]
    public void EveryProviderReadsOnlyWhatItDeclaresAndIsNotDetectedWithoutItsVariables()
    {
        Assert.NotEmpty(CiEnvironment.Providers);
        foreach (var provider in CiEnvironment.Providers)
        {
            var read = new List<string>();
            Assert.Null(provider.Read(name => { read.Add(name); return null; }));
            Assert.Equal(provider.Variables[0], read[0]);
            Assert.All(read, name => Assert.Contains(name, provider.Variables));
        }
        Assert.Equal(CiEnvironment.Providers.Count, CiEnvironment.Providers.Select(p => p.Variables[0]).Distinct().Count());
    }

    [Fact]
    public void WoodpeckerCi()
    {
        Assert.Equal(new CiBuildInfo("Woodpecker CI", "main", null),
            Detect("CI", "woodpecker", "CI_PIPELINE_EVENT", "push", "CI_COMMIT_BRANCH", "main"));
        // A pull request: CI_COMMIT_BRANCH is the target, the source branch has its own variable.
        Assert.Equal(new CiBuildInfo("Woodpecker CI", "feature/x", 12),
            Detect("CI", "woodpecker", "CI_PIPELINE_EVENT", "pull_request", "CI_COMMIT_BRANCH", "main",
                "CI_COMMIT_SOURCE_BRANCH", "feature/x", "CI_COMMIT_PULL_REQUEST", "12"));
        // CI=true is any CI system, not Woodpecker; GitLab also sets CI_COMMIT_BRANCH, and is GitLab.
        Assert.Null(Detect("CI", "true", "CI_COMMIT_BRANCH", "main"));
        Assert.Equal("GitLab CI", Detect("CI", "true", "GITLAB_CI", "true", "CI_COMMIT_BRANCH", "main")?.System);
    }

    [Fact]
    public void GitHubActions()
    {
        Assert.Equal(new CiBuildInfo("GitHub Actions", "main", null),
            Detect("GITHUB_ACTIONS", "true", "GITHUB_REF", "refs/heads/main", "GITHUB_HEAD_REF", ""));
        Assert.Equal(new CiBuildInfo("GitHub Actions", "release/3.1", null),
            Detect("GITHUB_ACTIONS", "true", "GITHUB_REF", "refs/heads/release/3.1"));
        // pull_request: GITHUB_REF is the merge ref, GITHUB_HEAD_REF the source branch.
        Assert.Equal(new CiBuildInfo("GitHub Actions", "feature/x", 42),
            Detect("GITHUB_ACTIONS", "true", "GITHUB_REF", "refs/pull/42/merge", "GITHUB_HEAD_REF", "feature/x", "GITHUB_BASE_REF", "main"));
        Assert.Equal(new CiBuildInfo("GitHub Actions", "feature/x", 42),
            Detect("GITHUB_ACTIONS", "true", "GITHUB_REF", "refs/pull/42/head", "GITHUB_HEAD_REF", "feature/x"));
        // A tag build has no branch.
        Assert.Equal(new CiBuildInfo("GitHub Actions", null, null),
            Detect("GITHUB_ACTIONS", "true", "GITHUB_REF", "refs/tags/v1.0.0"));
    }

    [Fact]
    public void AzurePipelines()
    {
        Assert.Equal(new CiBuildInfo("Azure Pipelines", "main", null),
            Detect("TF_BUILD", "True", "BUILD_SOURCEBRANCH", "refs/heads/main", "BUILD_SOURCEBRANCHNAME", "main"));
        Assert.Equal(new CiBuildInfo("Azure Pipelines", "release/3.1", null),
            Detect("TF_BUILD", "True", "BUILD_SOURCEBRANCH", "refs/heads/release/3.1", "BUILD_SOURCEBRANCHNAME", "3.1"));
        // Azure Repos pull request: the id, and the source branch as a ref.
        Assert.Equal(new CiBuildInfo("Azure Pipelines", "feature/y", 17),
            Detect("TF_BUILD", "True", "BUILD_SOURCEBRANCH", "refs/pull/17/merge", "SYSTEM_PULLREQUEST_PULLREQUESTID", "17",
                "SYSTEM_PULLREQUEST_SOURCEBRANCH", "refs/heads/feature/y"));
        // GitHub repository built by Azure Pipelines: the number, and the source branch without refs/heads/.
        Assert.Equal(new CiBuildInfo("Azure Pipelines", "feature/z", 9),
            Detect("TF_BUILD", "True", "BUILD_SOURCEBRANCH", "refs/pull/9/merge", "SYSTEM_PULLREQUEST_PULLREQUESTID", "1234567",
                "SYSTEM_PULLREQUEST_PULLREQUESTNUMBER", "9", "SYSTEM_PULLREQUEST_SOURCEBRANCH", "feature/z"));
        // Only the merge ref tells it is a pull request.
        Assert.Equal(new CiBuildInfo("Azure Pipelines", null, 5),
            Detect("TF_BUILD", "True", "BUILD_SOURCEBRANCH", "refs/pull/5/merge"));
    }

    [Fact]
    public void GitLabCi()
    {
        Assert.Equal(new CiBuildInfo("GitLab CI", "develop", null),
            Detect("GITLAB_CI", "true", "CI_COMMIT_BRANCH", "develop", "CI_COMMIT_REF_NAME", "develop"));
        Assert.Equal(new CiBuildInfo("GitLab CI", "feat/z", 8),
            Detect("GITLAB_CI", "true", "CI_COMMIT_REF_NAME", "feat/z", "CI_MERGE_REQUEST_IID", "8",
                "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "feat/z", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main"));
        // A tag pipeline has CI_COMMIT_TAG and no CI_COMMIT_BRANCH.
        Assert.Equal(new CiBuildInfo("GitLab CI", null, null),
            Detect("GITLAB_CI", "true", "CI_COMMIT_TAG", "v1.0.0", "CI_COMMIT_REF_NAME", "v1.0.0"));
    }

    [Fact]
    public void BitbucketPipelines()
    {
        Assert.Equal(new CiBuildInfo("Bitbucket Pipelines", "main", null),
            Detect("BITBUCKET_BUILD_NUMBER", "12", "BITBUCKET_BRANCH", "main"));
        Assert.Equal(new CiBuildInfo("Bitbucket Pipelines", "feature/b", 5),
            Detect("BITBUCKET_BUILD_NUMBER", "13", "BITBUCKET_BRANCH", "feature/b", "BITBUCKET_PR_ID", "5", "BITBUCKET_PR_DESTINATION_BRANCH", "main"));
        Assert.Null(Detect("BITBUCKET_BRANCH", "main"));
    }

    [Fact]
    public void Jenkins()
    {
        // Multibranch pipeline, branch and pull request (BRANCH_NAME is PR-9 then).
        Assert.Equal(new CiBuildInfo("Jenkins", "main", null),
            Detect("JENKINS_URL", "http://j/", "BRANCH_NAME", "main"));
        Assert.Equal(new CiBuildInfo("Jenkins", "feature/a", 9),
            Detect("JENKINS_URL", "http://j/", "BRANCH_NAME", "PR-9", "CHANGE_ID", "9", "CHANGE_BRANCH", "feature/a", "CHANGE_TARGET", "main"));
        // Freestyle job with the Git plugin.
        Assert.Equal(new CiBuildInfo("Jenkins", "main", null), Detect("JENKINS_URL", "http://j/", "GIT_BRANCH", "origin/main"));
        Assert.Equal(new CiBuildInfo("Jenkins", "release/3.1", null), Detect("JENKINS_URL", "http://j/", "GIT_BRANCH", "origin/release/3.1"));
        Assert.Equal(new CiBuildInfo("Jenkins", "dev", null), Detect("JENKINS_URL", "http://j/", "GIT_BRANCH", "refs/remotes/origin/dev"));
        Assert.Equal(new CiBuildInfo("Jenkins", "dev", null), Detect("JENKINS_URL", "http://j/", "GIT_BRANCH", "refs/heads/dev"));
        Assert.Equal(new CiBuildInfo("Jenkins", "local", null),
            Detect("JENKINS_URL", "http://j/", "GIT_LOCAL_BRANCH", "local", "GIT_BRANCH", "origin/other"));
    }

    [Fact]
    public void TeamCity()
    {
        Assert.Equal(new CiBuildInfo("TeamCity", "main", null), Detect("TEAMCITY_VERSION", "2024.1", "Git_Branch", "refs/heads/main"));
        Assert.Equal(new CiBuildInfo("TeamCity", "feature/t", null), Detect("TEAMCITY_VERSION", "2024.1", "GIT_BRANCH", "feature/t"));
        Assert.Equal(new CiBuildInfo("TeamCity", null, 3), Detect("TEAMCITY_VERSION", "2024.1", "Git_Branch", "refs/pull/3/head"));
        Assert.Equal(new CiBuildInfo("TeamCity", null, 4), Detect("TEAMCITY_VERSION", "2024.1", "Git_Branch", "refs/merge-requests/4/head"));
        // Without the documented env.Git_Branch parameter TeamCity is detected but names no branch.
        Assert.Equal(new CiBuildInfo("TeamCity", null, null), Detect("TEAMCITY_VERSION", "2024.1"));
    }

    [Fact]
    public void CircleCi()
    {
        Assert.Equal(new CiBuildInfo("CircleCI", "main", null), Detect("CIRCLECI", "true", "CIRCLE_BRANCH", "main"));
        Assert.Equal(new CiBuildInfo("CircleCI", "feature/c", 77),
            Detect("CIRCLECI", "true", "CIRCLE_BRANCH", "feature/c", "CIRCLE_PULL_REQUEST", "https://github.com/o/r/pull/77"));
        Assert.Equal(new CiBuildInfo("CircleCI", "feature/c", 78),
            Detect("CIRCLECI", "true", "CIRCLE_BRANCH", "feature/c", "CIRCLE_PULL_REQUEST", "https://github.com/o/r/pull/78/"));
        // Forked pull request: CIRCLE_PR_NUMBER.
        Assert.Equal(new CiBuildInfo("CircleCI", "pull/79", 79),
            Detect("CIRCLECI", "true", "CIRCLE_BRANCH", "pull/79", "CIRCLE_PR_NUMBER", "79", "CIRCLE_PULL_REQUEST", "https://github.com/o/r/pull/79"));
    }

    [Fact]
    public void AppVeyor()
    {
        Assert.Equal(new CiBuildInfo("AppVeyor", "main", null), Detect("APPVEYOR", "True", "APPVEYOR_REPO_BRANCH", "main"));
        // On a pull request APPVEYOR_REPO_BRANCH is the target: the source branch is the head branch.
        Assert.Equal(new CiBuildInfo("AppVeyor", "topic", 4),
            Detect("APPVEYOR", "True", "APPVEYOR_REPO_BRANCH", "main", "APPVEYOR_PULL_REQUEST_NUMBER", "4", "APPVEYOR_PULL_REQUEST_HEAD_REPO_BRANCH", "topic"));
    }

    [Fact]
    public void Buildkite()
    {
        Assert.Equal(new CiBuildInfo("Buildkite", "main", null), Detect("BUILDKITE", "true", "BUILDKITE_BRANCH", "main", "BUILDKITE_PULL_REQUEST", "false"));
        Assert.Equal(new CiBuildInfo("Buildkite", "x", 6), Detect("BUILDKITE", "true", "BUILDKITE_BRANCH", "x", "BUILDKITE_PULL_REQUEST", "6"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("false")]
    [InlineData("")]
    [InlineData("4.5")]
    [InlineData("99999999999")]
    public void ANumberThatIsNotAPositivePullRequestIsNone(string value) =>
        Assert.Null(Detect("BUILDKITE", "true", "BUILDKITE_BRANCH", "main", "BUILDKITE_PULL_REQUEST", value)!.PullRequest);

    [Fact]
    public void ValuesAreTrimmed() =>
        Assert.Equal(new CiBuildInfo("GitLab CI", "feat/z", 8),
            Detect("GITLAB_CI", " TRUE ", "CI_MERGE_REQUEST_IID", " 8 ", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", " feat/z "));
}
