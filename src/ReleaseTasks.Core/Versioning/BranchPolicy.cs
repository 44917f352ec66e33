using System;
using System.Collections.Generic;
using System.Text;

namespace ReleaseTasks.Versioning;

/// <summary>
/// Which pre-release label and core rule a branch gets. <see cref="Match"/> is a <see cref="BranchPattern"/> glob over the
/// branch name: <c>*</c> matches any run of characters, <c>/</c> included, <c>?</c> one, and case counts (as in git).
/// The label may use <c>{h}</c> (height), <c>{slug}</c> (the branch slug) and <c>{pr}</c> (pull request number).
/// </summary>
public sealed record BranchPolicy(string Name, string Match, string Label, CoreVersionRule Core)
{
    public const string PullRequestPolicyName = "pull-request";

    /// <summary>The defaults of DESIGN.md's branch policy table, tried after the user's own items.</summary>
    public static IReadOnlyList<BranchPolicy> Defaults { get; } = new[]
    {
        new BranchPolicy("main", "main", "alpha.{h}", CoreVersionRule.Bump),
        new BranchPolicy("master", "master", "alpha.{h}", CoreVersionRule.Bump),
        new BranchPolicy("develop", "develop", "alpha.{h}", CoreVersionRule.Bump),
        new BranchPolicy("trunk", "trunk", "alpha.{h}", CoreVersionRule.Bump),
        new BranchPolicy("release", "release/*", "rc.{h}", CoreVersionRule.BranchName),
        new BranchPolicy("beta", "beta/*", "beta.{h}", CoreVersionRule.BranchName), // issue 11: the Alpha → Beta → RC path
        new BranchPolicy("hotfix", "hotfix/*", "rc.{h}", CoreVersionRule.Patch),
        new BranchPolicy("lts", "lts/*", "rc.{h}", CoreVersionRule.Patch),
        new BranchPolicy("support", "support/*", "rc.{h}", CoreVersionRule.Patch),
    };

    /// <summary>Any branch no policy names: the slug keeps versions of different branches apart.</summary>
    public static BranchPolicy OtherBranch { get; } = new("other", "*", "alpha.{slug}.{h}", CoreVersionRule.Bump);

    /// <summary>A detached HEAD with no CI variables to name the branch: treated like the main line.</summary>
    public static BranchPolicy UnknownBranch { get; } = new("detached", "", "alpha.{h}", CoreVersionRule.Bump);

    public static BranchPolicy PullRequest(string label) => new(PullRequestPolicyName, "", label, CoreVersionRule.Bump);

    public bool Matches(string branch) => BranchPattern.Matches(branch, Match);

    /// <summary>Chooses the policy for a branch: the user's policies first, in order, then the defaults.</summary>
    public static BranchPolicy For(string? branch, IReadOnlyList<BranchPolicy> userPolicies)
    {
        if (string.IsNullOrEmpty(branch)) return UnknownBranch;
        foreach (var policy in userPolicies)
            if (policy.Matches(branch!)) return policy;
        foreach (var policy in Defaults)
            if (policy.Matches(branch!)) return policy;
        if (MaintenanceBranch.Parse(branch) != null) return MaintenanceBranch.Policy; // issue 11: 1.x, 1.2.x
        return OtherBranch;
    }

    /// <summary>Lower case, every run of characters outside [0-9a-z] becomes one '-', none at the ends.</summary>
    public static string Slug(string branch)
    {
        var sb = new StringBuilder(branch.Length);
        var pendingDash = false;
        foreach (var c in branch.ToLowerInvariant())
        {
            if (c is >= '0' and <= '9' or >= 'a' and <= 'z')
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                sb.Append(c);
            }
            else
            {
                pendingDash = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>Fills the label template; the result is checked as SemVer pre-release identifiers by the caller.</summary>
    public string RenderLabel(int height, string? branch, int? pullRequest)
    {
        var text = Label.Replace("{h}", height.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{slug}", Slug(branch ?? string.Empty))
            .Replace("{pr}", pullRequest?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
        // A branch such as "_" has an empty slug and "007" a numeric identifier with leading zeros: neither is
        // SemVer, so empty identifiers are dropped and leading zeros of numeric ones trimmed.
        var identifiers = new List<string>();
        foreach (var part in text.Split('.'))
        {
            if (part.Length == 0) continue;
            var numeric = true;
            foreach (var c in part) numeric &= c is >= '0' and <= '9';
            identifiers.Add(numeric && part.Length > 1 ? (part.TrimStart('0').Length == 0 ? "0" : part.TrimStart('0')) : part);
        }
        return string.Join(".", identifiers);
    }

    /// <summary>The placeholders a label template may use, as the messages list them.</summary>
    public const string PlaceholdersText = "{h} (commits since the tag), {slug} (the branch name as an identifier) and {pr} (the pull request number)";

    /// <summary>The first <c>{name}</c> of a label template that is not a placeholder (<c>{date}</c>, <c>{H}</c>), or null.</summary>
    public static string? UnknownPlaceholder(string template)
    {
        for (var open = template.IndexOf('{'); open >= 0; open = template.IndexOf('{', open + 1))
        {
            var close = template.IndexOf('}', open + 1);
            if (close < 0) return null;
            var placeholder = template.Substring(open, close - open + 1);
            if (placeholder.IndexOf('{', 1) >= 0) continue;
            if (placeholder is not ("{h}" or "{slug}" or "{pr}")) return placeholder;
        }
        return null;
    }

    /// <summary>Bump, Patch or BranchName, in any case; empty means Bump. Numbers and lists ("1", "Bump, Patch"),
    /// which Enum.TryParse would take, are errors.</summary>
    public static bool TryParseCoreRule(string? text, out CoreVersionRule rule)
    {
        rule = CoreVersionRule.Bump;
        if (string.IsNullOrWhiteSpace(text)) return true;
        foreach (CoreVersionRule value in Enum.GetValues(typeof(CoreVersionRule)))
        {
            if (!string.Equals(value.ToString(), text!.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
            rule = value;
            return true;
        }
        return false;
    }
}
