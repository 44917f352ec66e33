using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReleaseTasks.Diagnostics;
using TimeZoneConverter;

namespace ReleaseTasks.Releasing;

/// <summary>
/// When a team may release: a day of the week and a time of day in a time zone, e.g. Tuesday 02:00–04:00 UTC.
/// An end at or before the start runs past midnight into the next day (Fri 22:00–02:00 ends on Saturday).
/// </summary>
public sealed record ReleaseWindow(DayOfWeek Day, TimeSpan Start, TimeSpan End, TimeZoneInfo TimeZone, string TimeZoneName)
{
    private static readonly string[] DayNames = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };

    /// <summary>
    /// A ReleaseTasksReleaseWindow item: Include a day (Tue, Tuesday, any case; MSBuild splits a ;-list into one item
    /// per day), Start and End as HH:mm (End may be 24:00), TimeZone an IANA or Windows id (default UTC). The problem
    /// names what is wrong and what is expected; null when the item is good.
    /// </summary>
    public static (ReleaseWindow? Window, string? Problem) Parse(string day, string? start, string? end, string? timeZone)
    {
        var dayText = (day ?? "").Trim();
        var index = -1;
        for (var i = 0; i < 7; i++)
            if (string.Equals(DayNames[i], dayText, StringComparison.OrdinalIgnoreCase) || string.Equals(((DayOfWeek)i).ToString(), dayText, StringComparison.OrdinalIgnoreCase)) index = i;
        if (index < 0) return (null, $"'{dayText}' is not a day of the week: use Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full English name)");
        if (!TryParseTime(start, allowMidnightEnd: false, out var from)) return (null, $"Start='{start}' is not a time of day: use HH:mm, e.g. Start=\"02:00\"");
        if (!TryParseTime(end, allowMidnightEnd: true, out var to)) return (null, $"End='{end}' is not a time of day: use HH:mm (up to 24:00), e.g. End=\"04:00\"");
        var zoneName = string.IsNullOrWhiteSpace(timeZone) ? "UTC" : timeZone!.Trim();
        var zone = FindTimeZone(zoneName);
        if (zone == null) return (null, $"TimeZone='{zoneName}' is not a known time zone: use an IANA id (Europe/Paris) or a Windows id (Romance Standard Time), or UTC");
        return (new ReleaseWindow((DayOfWeek)index, from, to, zone, zoneName), null);
    }

    /// <summary>IANA and Windows ids alike, on every runtime: .NET Framework (Visual Studio's MSBuild) knows only
    /// Windows ids and .NET on Linux without ICU only IANA ones, so the ids are mapped with TimeZoneConverter's
    /// tables before asking the system.</summary>
    public static TimeZoneInfo? FindTimeZone(string id)
    {
        if (string.Equals(id, "UTC", StringComparison.OrdinalIgnoreCase) || string.Equals(id, "Etc/UTC", StringComparison.OrdinalIgnoreCase)
            || id == "Z" || string.Equals(id, "GMT", StringComparison.OrdinalIgnoreCase)) return TimeZoneInfo.Utc;
        return TZConvert.TryGetTimeZoneInfo(id, out var zone) ? zone : null;
    }

    /// <summary>True when <paramref name="now"/> falls inside the window (the start included, the end not).</summary>
    public bool Contains(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, TimeZone);
        var time = local.TimeOfDay;
        if (End > Start) return local.DayOfWeek == Day && time >= Start && time < End;
        // Past midnight: the evening of Day, or the early hours of the day after it.
        return (local.DayOfWeek == Day && time >= Start) || (local.DayOfWeek == (DayOfWeek)(((int)Day + 1) % 7) && time < End);
    }

    /// <summary>"Tue 02:00–04:00 UTC".</summary>
    public override string ToString() => $"{DayNames[(int)Day]} {Format(Start)}–{Format(End)} {TimeZoneName}";

    private static string Format(TimeSpan t) => t.TotalHours >= 24 ? "24:00" : t.ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private static bool TryParseTime(string? text, bool allowMidnightEnd, out TimeSpan time)
    {
        time = default;
        var t = (text ?? "").Trim();
        if (allowMidnightEnd && t == "24:00") { time = TimeSpan.FromHours(24); return true; }
        return t.Length >= 4 && TimeSpan.TryParseExact(t, new[] { @"h\:mm", @"hh\:mm" }, CultureInfo.InvariantCulture, out time) && time < TimeSpan.FromHours(24);
    }

    /// <summary>
    /// The window item of the checklist: open when any window contains <paramref name="now"/> (no window: always
    /// open); closed fails, unless this is an emergency release, which passes and records its reason.
    /// </summary>
    public static ReadinessItem Judge(IReadOnlyList<ReleaseWindow> windows, DateTimeOffset now, bool emergency, string? reason)
    {
        const string name = "Release window";
        var at = now.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
        if (windows.Count == 0)
            return emergency ? ReadinessItem.Pass(name, $"no release window configured (always open); emergency release: {reason}")
                             : ReadinessItem.Pass(name, "no release window configured (always open)");
        var open = windows.FirstOrDefault(w => w.Contains(now));
        if (open != null)
            return ReadinessItem.Pass(name, $"{at} is inside {open}" + (emergency ? $"; emergency release: {reason}" : ""));
        var list = string.Join(", ", windows.Select(w => w.ToString()));
        if (emergency) return ReadinessItem.Pass(name, $"emergency release outside the windows ({list}) at {at}: {reason}");
        return ReadinessItem.Fail(name, DiagnosticCatalog.OutsideReleaseWindow, $"{at} is outside every release window ({list})",
            "release inside a window, or set ReleaseTasksEmergencyRelease=true with a ReleaseTasksEmergencyReason");
    }
}
