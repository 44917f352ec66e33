namespace ReleaseTasks.ContinuousIntegration;

/// <summary>What a CI system says about the build: its name, the branch, and the pull request number.</summary>
public sealed record CiBuildInfo(string System, string? Branch, int? PullRequest);
