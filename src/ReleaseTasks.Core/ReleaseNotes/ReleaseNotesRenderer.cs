using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using Fluid;

namespace ReleaseTasks.ReleaseNotes;

/// <summary>Renders release notes through a Liquid template (Fluid): the team's default, or the user's own.</summary>
public static class ReleaseNotesRenderer
{
    // Built on first use only: the default notes never need the parser (DefaultReleaseNotesText).
    private static readonly Lazy<FluidParser> Parser = new(() => new FluidParser());

    private static readonly Lazy<string> DefaultText = new(ReadDefault);

    public static string DefaultTemplateText => DefaultText.Value;

    private static readonly Lazy<IFluidTemplate> Default = new(() => Parse(DefaultTemplateText, "the default template"));

    /// <summary>DefaultTemplate.liquid parsed: what <see cref="DefaultReleaseNotesText"/> must render byte for byte.</summary>
    public static IFluidTemplate DefaultTemplate => Default.Value;

    /// <summary>Parses a template; throws <see cref="TemplateException"/> with the parser's message when it is not Liquid.</summary>
    public static IFluidTemplate Parse(string text, string name)
    {
        if (!Parser.Value.TryParse(text, out var template, out var error))
            throw new TemplateException($"{name} is not a valid Liquid template: {error}");
        return template;
    }

    /// <summary>The notes through <paramref name="template"/>, or the team's default template when it is null.</summary>
    public static string Render(ReleaseNotesDocument notes, IFluidTemplate? template = null)
    {
        // Commit text is escaped for every template: a message must not be able to break the page or the changelog.
        if (template == null) return Normalize(DefaultReleaseNotesText.Write(MarkdownText.EscapeCommitText(notes)));
        return RenderLiquid(notes, template);
    }

    private static string RenderLiquid(ReleaseNotesDocument notes, IFluidTemplate template)
    {
        var context = new TemplateContext(new TemplateOptions());
        foreach (var pair in ReleaseNotesModel.From(MarkdownText.EscapeCommitText(notes))) context.SetValue(pair.Key, pair.Value);
        var text = template.Render(context);
        return Normalize(text);
    }

    /// <summary>
    /// Cuts notes longer than NuGet accepts (nuget.org: 35,000 characters) at a line break and points to the full
    /// notes, so a long release never fails the push.
    /// </summary>
    public static string FitTo(string text, int limit, string? fullNotesUrl)
    {
        if (limit <= 0 || text.Length <= limit) return text;
        var tail = "\n\n… (cut to fit NuGet's limit)" + (fullNotesUrl != null ? " Full release notes: " + fullNotesUrl : "") + "\n";
        var room = Math.Max(0, limit - tail.Length);
        var cut = text.LastIndexOf('\n', Math.Max(0, room - 1));
        var head = text.Substring(0, cut > 0 ? cut : room).TrimEnd();
        return head + tail;
    }

    /// <summary>Unix newlines, no trailing spaces, at most one blank line in a row, one final newline.</summary>
    public static string Normalize(string text)
    {
        text = text.Replace("\r\n", "\n");
        text = NotesPatterns.TrailingSpaces().Replace(text, "\n");
        text = NotesPatterns.BlankLines().Replace(text, "\n\n");
        return text.Trim('\n') + "\n";
    }

    private static string ReadDefault()
    {
        using var stream = typeof(ReleaseNotesRenderer).Assembly.GetManifestResourceStream("ReleaseTasks.ReleaseNotes.DefaultTemplate.liquid")
                           ?? throw new InvalidOperationException("The default release notes template is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>A template that cannot be used: its message is shown to the user as RT3002.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string message) : base(message) { }
}
