using ReleaseTasks.Commits;

namespace ReleaseTasks.Tests.Commits;

public class SecurityChangeTests
{
    [Theory]
    [InlineData("security: escape user input", true)]
    [InlineData("fix(security): escape user input", true)]
    [InlineData("fix(Security)!: drop the unsafe overload", true)]
    [InlineData("fix: escape user input\n\nCVE: CVE-2026-1234", true)]
    [InlineData("fix: escape user input\n\nSecurity: reported by a user", true)]
    [InlineData("fix: escape user input\n\nThis closes a security hole.", false)]
    [InlineData("fix(securityx): not the word", false)]
    [InlineData("feat: a security dashboard", false)]
    [InlineData("Security fix for login", false)]
    public void ASecurityChangeIsSaidByTheGrammarNotByProse(string message, bool expected) =>
        Assert.Equal(expected, SecurityChange.Is(ConventionalCommitParser.Parse(message)));
}
