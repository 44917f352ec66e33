using System.Linq;
using System.Text.RegularExpressions;

namespace ReleaseTasks.EndToEnd.Tests.Infrastructure;

public static class BuildMessages
{
    /// <summary>
    /// Each distinct message from <paramref name="marker"/> on ("warning RT0006:"), once, whether the console or the
    /// log printed it, in the body or the summary (with "1>" before it or " [project]" after it): so a test can say a
    /// build reported something exactly once.
    /// </summary>
    public static string[] Messages(this BuildProperties build, string marker) =>
        build.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(marker))
            .Select(l => Regex.Replace(l.Substring(l.IndexOf(marker, System.StringComparison.Ordinal)), @" \[[^\]]*\]$", ""))
            .Distinct().ToArray();
}
