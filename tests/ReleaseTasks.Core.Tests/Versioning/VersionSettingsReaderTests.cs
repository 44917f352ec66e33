using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

public class VersionSettingsReaderTests
{
    [Fact]
    public void ValidTextsBecomeSettings()
    {
        var (s, errors) = VersionSettingsReader.Read(new VersionSettingsReader.Texts
        {
            TagPrefix = " liba-v ", InitialVersion = "1.0.0", FallbackVersion = "0.0.1-dev", AssemblyVersionPrecision = "minor",
            PathFilters = new[] { "liba/**", " " }, PullRequest = "42",
            BranchPolicies = new[] { new BranchPolicyItem("nightly", "nightly/*", "nightly.{h}", "Patch") },
        });

        Assert.Empty(errors);
        Assert.Equal("liba-v", s.TagPrefix);
        Assert.Equal("1.0.0", s.InitialVersion.ToNormalizedString());
        Assert.Equal(AssemblyVersionPrecision.Minor, s.AssemblyVersionPrecision);
        Assert.Equal(new[] { "liba/**" }, s.PathFilters);
        Assert.Equal(42, s.PullRequestOverride);
        Assert.Equal(CoreVersionRule.Patch, Assert.Single(s.BranchPolicies).Core);
    }

    [Fact]
    public void EveryWrongValueIsNamed()
    {
        var (_, errors) = VersionSettingsReader.Read(new VersionSettingsReader.Texts
        {
            InitialVersion = "banana", FallbackVersion = "1.2", AssemblyVersionPrecision = "Huge", PullRequest = "-1",
            PullRequestLabel = "pr..{pr}",
            BranchPolicies = new[] { new BranchPolicyItem("x", null, "bad label!", null), new BranchPolicyItem("y", null, null, "Sideways") },
        });

        Assert.Equal(7, errors.Count);
        Assert.All(errors, e => Assert.StartsWith("RT000", e.Code));
        Assert.Contains(errors, e => e.Message.Contains("ReleaseTasksInitialVersion='banana'"));
    }
}
