using System.Collections.Generic;
using System.Linq;
using ReleaseTasks.Diagnostics;
using ReleaseTasks.Versioning;

namespace ReleaseTasks.Tests.Versioning;

public class VersionSettingsReaderTests
{
    private static (VersionSettings Settings, System.Collections.Generic.IReadOnlyList<Diagnostic> Errors) Read(VersionSettingsReader.Texts texts) =>
        VersionSettingsReader.Read(texts);

    [Fact]
    public void NothingSetGivesTheDefaults()
    {
        var (s, errors) = Read(new VersionSettingsReader.Texts());

        Assert.Empty(errors);
        Assert.Equal("", s.TagPrefix);
        Assert.Equal("0.1.0", s.InitialVersion.ToFullString());
        Assert.Equal("0.1.0-alpha.0", s.FallbackVersion.ToFullString());
        Assert.Equal("pr.{pr}.{h}", s.PullRequestLabel);
        Assert.Equal(AssemblyVersionPrecision.Major, s.AssemblyVersionPrecision);
        Assert.Empty(s.PathFilters);
        Assert.Empty(s.BranchPolicies);
        Assert.False(s.RequireFullHistory);
        Assert.Null(s.BranchOverride);
        Assert.Null(s.PullRequestOverride);
        Assert.Equal(new VersionSettings().Fingerprint(), s.Fingerprint());
    }

    [Fact]
    public void BlankTextsAreNotSet()
    {
        var (s, errors) = Read(new VersionSettingsReader.Texts
        {
            TagPrefix = "  ", InitialVersion = " ", FallbackVersion = "", PullRequestLabel = " ", AssemblyVersionPrecision = "\t",
            Branch = " ", PullRequest = "",
        });

        Assert.Empty(errors);
        Assert.Equal(new VersionSettings().Fingerprint(), s.Fingerprint());
    }

    [Fact]
    public void ValidTextsBecomeSettings()
    {
        var (s, errors) = Read(new VersionSettingsReader.Texts
        {
            TagPrefix = " liba-v ", InitialVersion = " 1.0.0 ", FallbackVersion = "0.0.1-dev+local", AssemblyVersionPrecision = "minor",
            PullRequestLabel = "pull.{pr}.build.{h}", PathFilters = new[] { "liba/**", " ", " shared/*.props " }, PullRequest = " 42 ",
            RequireFullHistory = true, Branch = " release/3.1 ",
            BranchPolicies = new[] { new BranchPolicyItem("nightly", "nightly/*", "nightly.{h}", "Patch") },
        });

        Assert.Empty(errors);
        Assert.Equal("liba-v", s.TagPrefix);
        Assert.Equal("1.0.0", s.InitialVersion.ToNormalizedString());
        Assert.Equal("0.0.1-dev+local", s.FallbackVersion.ToFullString());
        Assert.Equal(AssemblyVersionPrecision.Minor, s.AssemblyVersionPrecision);
        Assert.Equal("pull.{pr}.build.{h}", s.PullRequestLabel);
        Assert.Equal(new[] { "liba/**", "shared/*.props" }, s.PathFilters);
        Assert.Equal(42, s.PullRequestOverride);
        Assert.True(s.RequireFullHistory);
        Assert.Equal("release/3.1", s.BranchOverride);
        Assert.Equal(new BranchPolicy("nightly", "nightly/*", "nightly.{h}", CoreVersionRule.Patch), Assert.Single(s.BranchPolicies));
    }

    [Theory]
    [InlineData("Major", AssemblyVersionPrecision.Major)]
    [InlineData("minor", AssemblyVersionPrecision.Minor)]
    [InlineData("PATCH", AssemblyVersionPrecision.Patch)]
    public void PrecisionNamesInAnyCase(string text, AssemblyVersionPrecision expected)
    {
        var (s, errors) = Read(new VersionSettingsReader.Texts { AssemblyVersionPrecision = text });

        Assert.Empty(errors);
        Assert.Equal(expected, s.AssemblyVersionPrecision);
    }

    [Fact]
    public void BranchPolicyItemsDefaultTheirMatchLabelAndCore()
    {
        var (s, errors) = Read(new VersionSettingsReader.Texts
        {
            BranchPolicies = new[]
            {
                new BranchPolicyItem("develop", null, null, null),
                new BranchPolicyItem("stable", " stable/* ", "", " branchname "),
            },
        });

        Assert.Empty(errors);
        Assert.Equal(new BranchPolicy("develop", "develop", "alpha.{slug}.{h}", CoreVersionRule.Bump), s.BranchPolicies[0]);
        // An empty label is allowed: that branch builds versions without a pre-release label.
        Assert.Equal(new BranchPolicy("stable", "stable/*", "", CoreVersionRule.BranchName), s.BranchPolicies[1]);
    }

    [Theory]
    [InlineData("ReleaseTasksInitialVersion", "banana")]
    [InlineData("ReleaseTasksInitialVersion", "1.0")]
    [InlineData("ReleaseTasksInitialVersion", "1.0.0-alpha")]
    [InlineData("ReleaseTasksInitialVersion", "1.0.0+meta")]
    [InlineData("ReleaseTasksInitialVersion", "01.0.0")]
    [InlineData("ReleaseTasksFallbackVersion", "1.2")]
    [InlineData("ReleaseTasksFallbackVersion", "1.2.3-")]
    [InlineData("ReleaseTasksFallbackVersion", "latest")]
    [InlineData("ReleaseTasksPullRequestLabel", "pr..{pr}")]
    [InlineData("ReleaseTasksPullRequestLabel", "pr.{pr}.{h}!")]
    [InlineData("ReleaseTasksPullRequestLabel", "pr_{pr}")]
    [InlineData("ReleaseTasksAssemblyVersionPrecision", "Huge")]
    [InlineData("ReleaseTasksAssemblyVersionPrecision", "1")]
    [InlineData("ReleaseTasksAssemblyVersionPrecision", "7")]
    [InlineData("ReleaseTasksAssemblyVersionPrecision", "Major, Patch")]
    [InlineData("ReleaseTasksPullRequest", "-1")]
    [InlineData("ReleaseTasksPullRequest", "0")]
    [InlineData("ReleaseTasksPullRequest", "+5")]
    [InlineData("ReleaseTasksPullRequest", "abc")]
    [InlineData("ReleaseTasksPullRequest", "99999999999")]
    public void EachWrongValueIsAnRT0001ThatNamesPropertyAndValue(string property, string value)
    {
        var texts = property switch
        {
            "ReleaseTasksInitialVersion" => new VersionSettingsReader.Texts { InitialVersion = value },
            "ReleaseTasksFallbackVersion" => new VersionSettingsReader.Texts { FallbackVersion = value },
            "ReleaseTasksPullRequestLabel" => new VersionSettingsReader.Texts { PullRequestLabel = value },
            "ReleaseTasksAssemblyVersionPrecision" => new VersionSettingsReader.Texts { AssemblyVersionPrecision = value },
            _ => new VersionSettingsReader.Texts { PullRequest = value },
        };

        var (s, errors) = Read(texts);

        var error = Assert.Single(errors);
        Assert.Equal(DiagnosticCatalog.InvalidProperty, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains($"{property}='{value}'", error.Message);
        // The setting keeps its default: a wrong value never becomes a silently wrong version.
        Assert.Equal(new VersionSettings().Fingerprint(), s.Fingerprint());
    }

    [Theory]
    [InlineData("bad label!", null, "PreRelease='bad label!'")]
    [InlineData("alpha..{h}", null, "PreRelease='alpha..{h}'")]
    [InlineData(null, "Sideways", "Core='Sideways'")]
    [InlineData(null, "2", "Core='2'")]
    public void EachWrongBranchItemIsAnRT0002ThatNamesTheItem(string? label, string? core, string named)
    {
        var (s, errors) = Read(new VersionSettingsReader.Texts
        {
            BranchPolicies = new[] { new BranchPolicyItem("broken", null, label, core), new BranchPolicyItem("fine", null, null, null) },
        });

        var error = Assert.Single(errors);
        Assert.Equal(DiagnosticCatalog.InvalidBranchPolicy, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("'broken'", error.Message);
        Assert.Contains(named, error.Message);
        Assert.Equal("fine", Assert.Single(s.BranchPolicies).Name);
    }

    [Theory]
    [InlineData("nightly.{date}", "{date}")]
    [InlineData("nightly.{H}", "{H}")]
    [InlineData("{slug}.{build}.{h}", "{build}")]
    public void AnUnknownPlaceholderIsNamedWithTheKnownOnes(string label, string unknown)
    {
        var (s, errors) = Read(new VersionSettingsReader.Texts { BranchPolicies = new[] { new BranchPolicyItem("nightly", "nightly/*", label, null) } });

        var error = Assert.Single(errors);
        Assert.Equal("RT0002", error.Code);
        Assert.Equal($"The ReleaseTasksBranch item 'nightly' is not valid: PreRelease='{label}' uses {unknown}, which is not a placeholder; the placeholders are " +
                     "{h} (commits since the tag), {slug} (the branch name as an identifier) and {pr} (the pull request number).", error.Message);
        Assert.Empty(s.BranchPolicies);
    }

    [Fact]
    public void AnUnknownPlaceholderInThePullRequestLabelIsNamed()
    {
        var (_, errors) = Read(new VersionSettingsReader.Texts { PullRequestLabel = "pr.{number}.{h}" });

        var error = Assert.Single(errors);
        Assert.Equal("RT0001", error.Code);
        Assert.Contains("{number} is not a placeholder", error.Message);
        Assert.Contains("{pr}", error.Message);
    }

    [Fact]
    public void UnknownMetadataIsAWarningAndThePolicyStillCounts()
    {
        var (s, diagnostics) = Read(new VersionSettingsReader.Texts
        {
            BranchPolicies = new[]
            {
                new BranchPolicyItem("nightly", "nightly/*", null, null)
                {
                    OtherMetadata = new Dictionary<string, string> { ["Label"] = "nightly.{h}" },
                },
            },
        });

        var warning = Assert.Single(diagnostics);
        Assert.Equal("RT0006", warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("did you mean PreRelease=\"nightly.{h}\"?", warning.Message);
        Assert.Equal("alpha.{slug}.{h}", Assert.Single(s.BranchPolicies).Label);
    }

    [Fact]
    public void EveryWrongValueIsNamedAtOnce()
    {
        var (_, errors) = Read(new VersionSettingsReader.Texts
        {
            InitialVersion = "banana", FallbackVersion = "1.2", AssemblyVersionPrecision = "Huge", PullRequest = "-1",
            PullRequestLabel = "pr..{pr}",
            BranchPolicies = new[] { new BranchPolicyItem("x", null, "bad label!", null), new BranchPolicyItem("y", null, null, "Sideways") },
        });

        Assert.Equal(7, errors.Count);
        Assert.Equal(5, errors.Count(e => e.Code == "RT0001"));
        Assert.Equal(2, errors.Count(e => e.Code == "RT0002"));
        Assert.Contains(errors, e => e.Message.Contains("ReleaseTasksInitialVersion='banana'"));
    }

    [Theory]
    [InlineData("alpha.{h}", true)]
    [InlineData("alpha.{slug}.{h}", true)]
    [InlineData("pr.{pr}.{h}", true)]
    [InlineData("nightly", true)]
    [InlineData("{h}", true)]
    [InlineData("alpha-{slug}", true)]
    [InlineData("", false)]
    [InlineData("alpha.", false)]
    [InlineData(".alpha", false)]
    [InlineData("alpha beta", false)]
    [InlineData("alpha+meta", false)]
    [InlineData("01", false)]
    [InlineData("{unknown}", false)]
    public void LabelTemplates(string template, bool valid) =>
        Assert.Equal(valid, VersionSettingsReader.IsValidLabelTemplate(template));
}
