using System;
using System.Text.RegularExpressions;

namespace ReleaseTasks.ReleaseNotes;

/// <summary>
/// Links to commits, issues, pull requests and the compare view, from the <c>origin</c> remote: GitHub, GitLab,
/// Azure DevOps and Bitbucket, in https and ssh forms. Unknown hosts give no links (never wrong ones).
/// </summary>
public sealed class RepositoryLinks
{
    private enum Host { GitHub, GitLab, AzureDevOps, Bitbucket }

    private readonly Host _host;

    private RepositoryLinks(Host host, string baseUrl, string? workItemsUrl = null)
    {
        _host = host;
        BaseUrl = baseUrl;
        _workItemsUrl = workItemsUrl;
    }

    private readonly string? _workItemsUrl;

    /// <summary>The repository's web address, e.g. https://github.com/acme/widgets.</summary>
    public string BaseUrl { get; }

    // scp-like ssh: git@github.com:acme/widgets.git
    private static readonly Regex ScpLike = new(@"^(?:[^@/]+@)?(?<host>[^:/]+):(?<path>[^/].*)$", RegexOptions.CultureInvariant);

    public static RepositoryLinks? FromRemote(string? remoteUrl)
    {
        if (string.IsNullOrWhiteSpace(remoteUrl)) return null;
        var url = remoteUrl!.Trim();
        string host, path;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" or "ssh" or "git")
        {
            host = uri.Host;
            path = Uri.UnescapeDataString(uri.AbsolutePath).Trim('/');
        }
        else
        {
            var m = ScpLike.Match(url);
            if (!m.Success) return null;
            host = m.Groups["host"].Value;
            path = m.Groups["path"].Value.Trim('/');
        }
        if (path.EndsWith(".git", StringComparison.OrdinalIgnoreCase)) path = path.Substring(0, path.Length - 4);
        host = host.ToLowerInvariant();

        if (host == "github.com" || host.StartsWith("github.", StringComparison.Ordinal))
            return new RepositoryLinks(Host.GitHub, $"https://{host}/{path}");
        if (host == "gitlab.com" || host.StartsWith("gitlab.", StringComparison.Ordinal))
            return new RepositoryLinks(Host.GitLab, $"https://{host}/{path}");
        if (host == "bitbucket.org")
            return new RepositoryLinks(Host.Bitbucket, $"https://bitbucket.org/{path}");
        return AzureDevOps(host, path);
    }

    private static RepositoryLinks? AzureDevOps(string host, string path)
    {
        var parts = path.Split('/');
        // https://dev.azure.com/org/project/_git/repo (sometimes with user@ in front: Uri drops it)
        if (host == "dev.azure.com" && parts.Length >= 4 && parts[2] == "_git")
            return Azure($"https://dev.azure.com/{parts[0]}/{parts[1]}", parts[3]);
        // git@ssh.dev.azure.com:v3/org/project/repo
        if (host == "ssh.dev.azure.com" && parts.Length >= 4 && parts[0] == "v3")
            return Azure($"https://dev.azure.com/{parts[1]}/{parts[2]}", parts[3]);
        // https://org.visualstudio.com/project/_git/repo
        if (host.EndsWith(".visualstudio.com", StringComparison.Ordinal) && parts.Length >= 3 && parts[1] == "_git")
            return Azure($"https://{host}/{parts[0]}", parts[2]);
        return null;
    }

    private static RepositoryLinks Azure(string project, string repo) =>
        new(Host.AzureDevOps, $"{project}/_git/{repo}", $"{project}/_workitems/edit/");

    public string Commit(string id) => _host switch
    {
        Host.GitLab => $"{BaseUrl}/-/commit/{id}",
        Host.Bitbucket => $"{BaseUrl}/commits/{id}",
        _ => $"{BaseUrl}/commit/{id}",
    };

    public string PullRequest(int number) => _host switch
    {
        Host.GitLab => $"{BaseUrl}/-/merge_requests/{number}",
        Host.Bitbucket => $"{BaseUrl}/pull-requests/{number}",
        Host.AzureDevOps => $"{BaseUrl}/pullrequest/{number}",
        _ => $"{BaseUrl}/pull/{number}",
    };

    public string Issue(int number) => _host switch
    {
        Host.GitLab => $"{BaseUrl}/-/issues/{number}",
        Host.AzureDevOps => _workItemsUrl + number,
        _ => $"{BaseUrl}/issues/{number}",
    };

    /// <summary>The changes between two tags.</summary>
    public string Compare(string fromTag, string toRef) => _host switch
    {
        Host.GitLab => $"{BaseUrl}/-/compare/{fromTag}...{toRef}",
        Host.Bitbucket => $"{BaseUrl}/branches/compare/{toRef}%0D{fromTag}",
        Host.AzureDevOps => $"{BaseUrl}/branchCompare?baseVersion=GT{fromTag}&targetVersion=GT{toRef}",
        _ => $"{BaseUrl}/compare/{fromTag}...{toRef}",
    };

    /// <summary>The changes since a tag up to whatever HEAD is when the page is opened (Keep a Changelog's
    /// <c>v1.1.0...HEAD</c>), so that a changelog's Unreleased heading does not change with every commit. Only GitHub
    /// and GitLab resolve <c>HEAD</c> in their compare view; elsewhere there is no such link (null).</summary>
    public string? CompareToHead(string fromTag) => _host switch
    {
        Host.GitLab => $"{BaseUrl}/-/compare/{fromTag}...HEAD",
        Host.GitHub => $"{BaseUrl}/compare/{fromTag}...HEAD",
        _ => null,
    };
}
