using ReleaseTasks.ReleaseNotes;

namespace ReleaseTasks.Tests.ReleaseNotes;

public class RepositoryLinksTests
{
    [Theory]
    [InlineData("git@github.com:acme/widgets.git", "https://github.com/acme/widgets")]
    [InlineData("https://github.com/acme/widgets.git", "https://github.com/acme/widgets")]
    [InlineData("https://user@github.com/acme/widgets", "https://github.com/acme/widgets")]
    [InlineData("ssh://git@github.com/acme/widgets.git", "https://github.com/acme/widgets")]
    [InlineData("git@gitlab.com:group/sub/widgets.git", "https://gitlab.com/group/sub/widgets")]
    [InlineData("https://bitbucket.org/acme/widgets.git", "https://bitbucket.org/acme/widgets")]
    [InlineData("git@bitbucket.org:acme/widgets.git", "https://bitbucket.org/acme/widgets")]
    [InlineData("https://acme@dev.azure.com/acme/Shop/_git/widgets", "https://dev.azure.com/acme/Shop/_git/widgets")]
    [InlineData("git@ssh.dev.azure.com:v3/acme/Shop/widgets", "https://dev.azure.com/acme/Shop/_git/widgets")]
    [InlineData("https://acme.visualstudio.com/Shop/_git/widgets", "https://acme.visualstudio.com/Shop/_git/widgets")]
    public void KnownHostsInHttpsAndSshForms(string remote, string baseUrl) =>
        Assert.Equal(baseUrl, RepositoryLinks.FromRemote(remote)!.BaseUrl);

    [Theory]
    [InlineData("https://example.com/acme/widgets.git")]
    [InlineData("/srv/git/widgets.git")]
    [InlineData("")]
    [InlineData(null)]
    public void UnknownHostsGiveNoLinks(string? remote) => Assert.Null(RepositoryLinks.FromRemote(remote));

    [Fact]
    public void LinkShapesPerHost()
    {
        var gh = RepositoryLinks.FromRemote("git@github.com:acme/widgets.git")!;
        Assert.Equal("https://github.com/acme/widgets/commit/abc", gh.Commit("abc"));
        Assert.Equal("https://github.com/acme/widgets/pull/12", gh.PullRequest(12));
        Assert.Equal("https://github.com/acme/widgets/issues/3", gh.Issue(3));
        Assert.Equal("https://github.com/acme/widgets/compare/v1.0.0...v2.0.0", gh.Compare("v1.0.0", "v2.0.0"));

        var gl = RepositoryLinks.FromRemote("https://gitlab.com/g/w.git")!;
        Assert.Equal("https://gitlab.com/g/w/-/merge_requests/12", gl.PullRequest(12));
        Assert.Equal("https://gitlab.com/g/w/-/compare/v1...v2", gl.Compare("v1", "v2"));

        var az = RepositoryLinks.FromRemote("https://dev.azure.com/acme/Shop/_git/widgets")!;
        Assert.Equal("https://dev.azure.com/acme/Shop/_git/widgets/pullrequest/12", az.PullRequest(12));
        Assert.Equal("https://dev.azure.com/acme/Shop/_workitems/edit/3", az.Issue(3));
        Assert.Equal("https://dev.azure.com/acme/Shop/_git/widgets/branchCompare?baseVersion=GTv1&targetVersion=GTv2", az.Compare("v1", "v2"));

        var bb = RepositoryLinks.FromRemote("git@bitbucket.org:acme/widgets.git")!;
        Assert.Equal("https://bitbucket.org/acme/widgets/commits/abc", bb.Commit("abc"));
        Assert.Equal("https://bitbucket.org/acme/widgets/pull-requests/12", bb.PullRequest(12));
    }
}
