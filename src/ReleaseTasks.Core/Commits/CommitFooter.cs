namespace ReleaseTasks.Commits;

/// <summary>A git-trailer style footer: <c>Token: value</c> or <c>Token #value</c>; the value may span lines.</summary>
public sealed record CommitFooter(string Token, string Value)
{
    /// <summary><c>BREAKING CHANGE</c> (upper case only) or its synonym <c>BREAKING-CHANGE</c> (any case).</summary>
    public bool IsBreakingChange =>
        Token == "BREAKING CHANGE" || string.Equals(Token, "BREAKING-CHANGE", System.StringComparison.OrdinalIgnoreCase);
}
