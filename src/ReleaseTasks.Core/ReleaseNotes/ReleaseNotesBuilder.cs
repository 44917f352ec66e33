using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ReleaseTasks.Commits;

namespace ReleaseTasks.ReleaseNotes;

/// <summary>What the notes are built from, besides the commits.</summary>
public sealed record ReleaseNotesContext(string Version, DateTimeOffset Date, string Commit)
{
    public string PreviousTag { get; init; } = string.Empty;
    public string? PreviousVersion { get; init; }

    /// <summary>The current version's tag when HEAD carries it (the compare view ends there), else empty.</summary>
    public string CurrentTag { get; init; } = string.Empty;

    public RepositoryLinks? Links { get; init; }
    public SectionMap Sections { get; init; } = new();
    public string? SupportContact { get; init; }
}

/// <summary>
/// Groups the commits of a release into the team's sections: New Features, Bug Fixes, Improvements, Security
/// Updates, Breaking Changes, Upgrade Instructions, Support, empty ones left out. Hidden types and messages that
/// are not Conventional Commits stay out, except that a breaking change is never hidden.
/// </summary>
public static class ReleaseNotesBuilder
{
    private static readonly string[] IssueFooters = { "Refs", "Ref", "Closes", "Close", "Fixes", "Fix", "Resolves", "Resolve", "Issue", "Issues" };

    public static ReleaseNotesDocument Build(IEnumerable<ReleaseCommit> commits, ReleaseNotesContext context)
    {
        var bySection = new Dictionary<string, List<NoteEntry>>();
        var breaking = new List<NoteEntry>();
        var upgrade = new List<string>();

        // git log lists newest first; notes read in the order things happened.
        foreach (var commit in commits.Reverse())
        {
            var message = commit.Message;
            if (!message.IsConventional) continue;
            var entry = Entry(commit, context.Links);
            var section = IsSecurity(message) ? SectionMap.SecurityUpdates : context.Sections.SectionOf(message.Type);
            if (section != null) Add(bySection, section, entry);

            if (message.IsBreaking)
            {
                var text = message.Footers.FirstOrDefault(f => f.IsBreakingChange)?.Value;
                breaking.Add(entry with { BreakingText = FirstParagraph(text) });
            }
            foreach (var footer in message.Footers)
                if (footer.IsBreakingChange || string.Equals(footer.Token, "Upgrade", StringComparison.OrdinalIgnoreCase))
                    upgrade.AddRange(Paragraphs(footer.Value));
        }

        var sections = new List<NoteSection>();
        foreach (var title in context.Sections.Order)
        {
            if (title == SectionMap.BreakingChanges)
            {
                if (breaking.Count > 0) sections.Add(new NoteSection(title, breaking, Array.Empty<string>()));
            }
            else if (title == SectionMap.UpgradeInstructions)
            {
                if (upgrade.Count > 0) sections.Add(new NoteSection(title, Array.Empty<NoteEntry>(), upgrade));
            }
            else if (title == SectionMap.Support)
            {
                if (!string.IsNullOrWhiteSpace(context.SupportContact))
                    sections.Add(new NoteSection(title, Array.Empty<NoteEntry>(), new[] { context.SupportContact!.Trim() }));
            }
            else if (bySection.TryGetValue(title, out var entries))
            {
                sections.Add(new NoteSection(title, entries, Array.Empty<string>()));
            }
        }

        var toRef = context.CurrentTag.Length > 0 ? context.CurrentTag : context.Commit;
        return new ReleaseNotesDocument(context.Version, context.Date, context.PreviousVersion, sections)
        {
            PreviousTag = context.PreviousTag,
            Commit = context.Commit,
            RepositoryUrl = context.Links?.BaseUrl,
            CompareUrl = context.Links != null && context.PreviousTag.Length > 0 && toRef.Length > 0
                ? context.Links.Compare(context.PreviousTag, toRef)
                : null,
            CompareToHeadUrl = context.Links != null && context.PreviousTag.Length > 0 ? context.Links.CompareToHead(context.PreviousTag) : null,
        };
    }

    private static bool IsSecurity(ConventionalCommit message) =>
        message.Type == "security"
        || string.Equals(message.Scope, "security", StringComparison.OrdinalIgnoreCase)
        || message.Footers.Any(f => string.Equals(f.Token, "Security", StringComparison.OrdinalIgnoreCase)
                                    || string.Equals(f.Token, "CVE", StringComparison.OrdinalIgnoreCase));

    private static NoteEntry Entry(ReleaseCommit commit, RepositoryLinks? links)
    {
        var message = commit.Message;
        var references = new List<NoteReference>();
        var description = message.Description;
        if (message.PullRequestNumber is { } pr)
        {
            description = NotesPatterns.SquashSuffix().Replace(description, "");
            references.Add(new NoteReference(NoteReferenceKind.PullRequest, pr, links?.PullRequest(pr)));
        }
        foreach (var footer in message.Footers)
        {
            if (!IssueFooters.Any(t => string.Equals(t, footer.Token, StringComparison.OrdinalIgnoreCase))) continue;
            // "Closes #5, #6": the trailer separator " #" took the first number's '#'.
            var value = footer.Value.Length > 0 && char.IsDigit(footer.Value[0]) ? "#" + footer.Value : footer.Value;
            foreach (Match m in NotesPatterns.IssueNumber().Matches(value))
            {
                var n = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (references.All(r => r.Number != n)) references.Add(new NoteReference(NoteReferenceKind.Issue, n, links?.Issue(n)));
            }
        }
        return new NoteEntry(message.Type!, message.Scope, description, commit.Commit.Id, message.IsBreaking, references)
        {
            CommitUrl = links?.Commit(commit.Commit.Id),
        };
    }

    private static void Add(Dictionary<string, List<NoteEntry>> bySection, string section, NoteEntry entry)
    {
        if (!bySection.TryGetValue(section, out var list)) bySection[section] = list = new List<NoteEntry>();
        list.Add(entry);
    }

    private static string? FirstParagraph(string? text) => text == null ? null : Paragraphs(text).FirstOrDefault();

    private static IEnumerable<string> Paragraphs(string text) =>
        NotesPatterns.ParagraphBreak().Split(text.Replace("\r\n", "\n").Trim())
            .Select(p => p.Trim())
            .Where(p => p.Length > 0);
}
