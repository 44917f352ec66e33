using System.Collections.Generic;
using ReleaseTasks.ContinuousIntegration;

namespace ReleaseTasks.Tests.ContinuousIntegration;

public class CiEnvironmentTests
{
    private static CiBuildInfo? Detect(params string[] pairs)
    {
        var env = new Dictionary<string, string>();
        for (var i = 0; i < pairs.Length; i += 2) env[pairs[i]] = pairs[i + 1];
        return CiEnvironment.Detect(name => env.TryGetValue(name, out var v) ? v : null);
    }

    [Fact] public void NoCi() => Assert.Null(Detect("CI", "true"));

    [Fact]
    public void GitHubActionsPush() =>
        Assert.Equal(new CiBuildInfo("GitHub Actions", "release/3.1", null), Detect("GITHUB_ACTIONS", "true", "GITHUB_REF", "refs/heads/release/3.1"));

    [Fact]
    public void GitHubActionsPullRequest() =>
        Assert.Equal(new CiBuildInfo("GitHub Actions", "feature/x", 42),
            Detect("GITHUB_ACTIONS", "true", "GITHUB_REF", "refs/pull/42/merge", "GITHUB_HEAD_REF", "feature/x"));

    [Fact]
    public void GitHubActionsTagBuildHasNoBranch() =>
        Assert.Equal(new CiBuildInfo("GitHub Actions", null, null), Detect("GITHUB_ACTIONS", "true", "GITHUB_REF", "refs/tags/v1.0.0"));

    [Fact]
    public void AzurePipelinesBranch() =>
        Assert.Equal(new CiBuildInfo("Azure Pipelines", "main", null), Detect("TF_BUILD", "True", "BUILD_SOURCEBRANCH", "refs/heads/main"));

    [Fact]
    public void AzurePipelinesPullRequest() =>
        Assert.Equal(new CiBuildInfo("Azure Pipelines", "feature/y", 17),
            Detect("TF_BUILD", "True", "BUILD_SOURCEBRANCH", "refs/pull/17/merge", "SYSTEM_PULLREQUEST_PULLREQUESTID", "17",
                "SYSTEM_PULLREQUEST_SOURCEBRANCH", "refs/heads/feature/y"));

    [Fact]
    public void GitLabBranchAndMergeRequest()
    {
        Assert.Equal(new CiBuildInfo("GitLab CI", "develop", null), Detect("GITLAB_CI", "true", "CI_COMMIT_BRANCH", "develop"));
        Assert.Equal(new CiBuildInfo("GitLab CI", "feat/z", 8),
            Detect("GITLAB_CI", "true", "CI_MERGE_REQUEST_IID", "8", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "feat/z"));
    }

    [Fact]
    public void Bitbucket() =>
        Assert.Equal(new CiBuildInfo("Bitbucket Pipelines", "main", 5), Detect("BITBUCKET_BUILD_NUMBER", "12", "BITBUCKET_BRANCH", "main", "BITBUCKET_PR_ID", "5"));

    [Fact]
    public void JenkinsMultibranchAndGitPlugin()
    {
        Assert.Equal(new CiBuildInfo("Jenkins", "feature/a", 9),
            Detect("JENKINS_URL", "http://j", "BRANCH_NAME", "PR-9", "CHANGE_ID", "9", "CHANGE_BRANCH", "feature/a"));
        Assert.Equal(new CiBuildInfo("Jenkins", "main", null), Detect("JENKINS_URL", "http://j", "GIT_BRANCH", "origin/main"));
    }

    [Fact]
    public void TeamCityWithGitBranchParameter()
    {
        Assert.Equal(new CiBuildInfo("TeamCity", "main", null), Detect("TEAMCITY_VERSION", "2024.1", "Git_Branch", "refs/heads/main"));
        Assert.Equal(new CiBuildInfo("TeamCity", null, 3), Detect("TEAMCITY_VERSION", "2024.1", "Git_Branch", "refs/pull/3/head"));
    }

    [Fact]
    public void CircleCi() =>
        Assert.Equal(new CiBuildInfo("CircleCI", "feature/c", 77),
            Detect("CIRCLECI", "true", "CIRCLE_BRANCH", "feature/c", "CIRCLE_PULL_REQUEST", "https://github.com/o/r/pull/77"));

    [Fact]
    public void AppVeyorPullRequestUsesTheHeadBranch() =>
        Assert.Equal(new CiBuildInfo("AppVeyor", "topic", 4),
            Detect("APPVEYOR", "True", "APPVEYOR_REPO_BRANCH", "main", "APPVEYOR_PULL_REQUEST_NUMBER", "4", "APPVEYOR_PULL_REQUEST_HEAD_REPO_BRANCH", "topic"));

    [Fact]
    public void BuildkiteFalseIsNoPullRequest()
    {
        Assert.Equal(new CiBuildInfo("Buildkite", "main", null), Detect("BUILDKITE", "true", "BUILDKITE_BRANCH", "main", "BUILDKITE_PULL_REQUEST", "false"));
        Assert.Equal(new CiBuildInfo("Buildkite", "x", 6), Detect("BUILDKITE", "true", "BUILDKITE_BRANCH", "x", "BUILDKITE_PULL_REQUEST", "6"));
    }
}
