using System;
using System.Collections.Generic;
using NuGet.Versioning;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

public class VersionSettingsTests
{
    [Fact]
    public void DefaultsAreThoseOfTheDesign()
    {
        var s = new VersionSettings();

        Assert.Equal("", s.TagPrefix);
        Assert.Equal("0.1.0", s.InitialVersion.ToFullString());
        Assert.Equal("0.1.0-alpha.0", s.FallbackVersion.ToFullString());
        Assert.Equal("pr.{pr}.{h}", s.PullRequestLabel);
        Assert.Equal(AssemblyVersionPrecision.Major, s.AssemblyVersionPrecision);
    }

    [Fact]
    public void EqualSettingsHaveEqualFingerprints()
    {
        VersionSettings Make() => new()
        {
            TagPrefix = "x-", PathFilters = new[] { "src/**" },
            BranchPolicies = new[] { new BranchPolicy("n", "n/*", "n.{h}", CoreVersionRule.Patch) },
        };

        Assert.Equal(Make().Fingerprint(), Make().Fingerprint());
    }

    public static IEnumerable<object[]> OneSettingChanged() => new[]
    {
        new object[] { new VersionSettings { TagPrefix = "lib-v" } },
        new object[] { new VersionSettings { InitialVersion = new SemanticVersion(1, 0, 0) } },
        new object[] { new VersionSettings { FallbackVersion = SemanticVersion.Parse("0.0.0-dev") } },
        new object[] { new VersionSettings { PullRequestLabel = "pull.{pr}.{h}" } },
        new object[] { new VersionSettings { AssemblyVersionPrecision = AssemblyVersionPrecision.Minor } },
        new object[] { new VersionSettings { PathFilters = new[] { "src/**" } } },
        new object[] { new VersionSettings { RequireFullHistory = true } },
        new object[] { new VersionSettings { BranchOverride = "main" } },
        new object[] { new VersionSettings { PullRequestOverride = 1 } },
        new object[] { new VersionSettings { BranchPolicies = new[] { new BranchPolicy("main", "main", "beta.{h}", CoreVersionRule.Bump) } } },
        new object[] { new VersionSettings { BranchPolicies = new[] { new BranchPolicy("main", "main", "alpha.{h}", CoreVersionRule.Patch) } } },
    };

    [Theory]
    [MemberData(nameof(OneSettingChanged))]
    public void EverySettingThatChangesTheResultChangesTheFingerprint(VersionSettings changed) =>
        Assert.NotEqual(new VersionSettings().Fingerprint(), changed.Fingerprint());
}
