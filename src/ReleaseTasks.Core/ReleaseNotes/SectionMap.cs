using System;
using System.Collections.Generic;
using System.Linq;

namespace ReleaseTasks.ReleaseNotes;

/// <summary>
/// Which commit type goes to which section, in the team's template order, and which types are hidden.
/// Configurable: ReleaseTasksReleaseNotesTypes ("feat=New Features;perf=Improvements") adds or overrides
/// mappings, ReleaseTasksReleaseNotesHiddenTypes replaces the hidden set.
/// </summary>
public sealed class SectionMap
{
    public const string NewFeatures = "New Features";
    public const string BugFixes = "Bug Fixes";
    public const string Improvements = "Improvements";
    public const string SecurityUpdates = "Security Updates";
    public const string BreakingChanges = "Breaking Changes";
    public const string UpgradeInstructions = "Upgrade Instructions";
    public const string Support = "Support";

    /// <summary>The template order; sections the user invents go after Security Updates, in the order first named.</summary>
    public static readonly IReadOnlyList<string> TemplateOrder = new[]
    {
        NewFeatures, BugFixes, Improvements, SecurityUpdates, BreakingChanges, UpgradeInstructions, Support,
    };

    public static readonly IReadOnlyList<string> DefaultHiddenTypes = new[] { "chore", "ci", "build", "docs", "style", "test" };

    private readonly Dictionary<string, string> _typeToSection;

    public SectionMap(IEnumerable<KeyValuePair<string, string>>? overrides = null, IEnumerable<string>? hiddenTypes = null)
    {
        _typeToSection = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["feat"] = NewFeatures,
            ["fix"] = BugFixes,
            ["perf"] = Improvements,
            ["refactor"] = Improvements,
            ["security"] = SecurityUpdates,
        };
        foreach (var pair in overrides ?? Array.Empty<KeyValuePair<string, string>>())
            _typeToSection[pair.Key.Trim()] = pair.Value.Trim();
        Hidden = new HashSet<string>(hiddenTypes ?? DefaultHiddenTypes, StringComparer.OrdinalIgnoreCase);
        foreach (var hidden in Hidden) _typeToSection.Remove(hidden);

        var order = TemplateOrder.ToList();
        var insertAt = order.IndexOf(SecurityUpdates) + 1;
        foreach (var section in _typeToSection.Values.Distinct())
            if (!order.Contains(section)) order.Insert(insertAt++, section);
        Order = order;
    }

    public HashSet<string> Hidden { get; }

    public IReadOnlyList<string> Order { get; }

    /// <summary>The section of a type, or null when the type is hidden or unknown.</summary>
    public string? SectionOf(string? type) =>
        type != null && _typeToSection.TryGetValue(type, out var section) ? section : null;

    /// <summary>Parses "feat=New Features;perf=Improvements"; returns the pairs, or the offending part.</summary>
    public static (List<KeyValuePair<string, string>> Pairs, string? Error) ParseTypes(string? text)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in (text ?? "").Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0 || eq == part.Length - 1 || part.Substring(0, eq).Trim().Length == 0) return (pairs, part);
            pairs.Add(new KeyValuePair<string, string>(part.Substring(0, eq).Trim(), part.Substring(eq + 1).Trim()));
        }
        return (pairs, null);
    }
}
