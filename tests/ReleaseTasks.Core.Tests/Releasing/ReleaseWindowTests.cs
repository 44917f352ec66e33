using System;
using System.Collections.Generic;
using ReleaseTasks.Releasing;

namespace ReleaseTasks.Tests.Releasing;

/// <summary>Issue 10 item 6: the team's window is Tuesdays 02:00–04:00 UTC; outside it only an emergency releases.</summary>
public sealed class ReleaseWindowTests
{
    private static ReleaseWindow Window(string day, string start, string end, string zone = "UTC")
    {
        var (window, problem) = ReleaseWindow.Parse(day, start, end, zone);
        Assert.Null(problem);
        return window!;
    }

    [Theory]
    [InlineData("2026-12-01T02:00:00Z", true)]   // a Tuesday, the start included
    [InlineData("2026-12-01T03:59:59Z", true)]
    [InlineData("2026-12-01T04:00:00Z", false)]  // the end excluded
    [InlineData("2026-12-01T01:59:00Z", false)]
    [InlineData("2026-12-02T03:00:00Z", false)]  // Wednesday
    [InlineData("2026-12-01T04:30:00+02:00", true)] // 02:30 UTC, written with another offset
    public void TheTeamsTuesdayWindowIsOpenOnlyOnTuesdayBetweenTwoAndFourUtc(string now, bool open) =>
        Assert.Equal(open, Window("Tue", "02:00", "04:00").Contains(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("Europe/Paris")]
    [InlineData("Romance Standard Time")]
    public void IanaAndWindowsIdsNameTheSameZoneWithItsSummerTime(string zone)
    {
        var window = Window("Tuesday", "09:00", "10:00", zone);
        // 1 December: Paris is UTC+1; 7 July: UTC+2 (summer time).
        Assert.True(window.Contains(new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero)));
        Assert.False(window.Contains(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero)));
        Assert.True(window.Contains(new DateTimeOffset(2026, 7, 7, 7, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void AWindowEndingAtOrBeforeItsStartRunsPastMidnight()
    {
        var window = Window("fri", "22:00", "02:00");
        Assert.True(window.Contains(new DateTimeOffset(2026, 12, 4, 23, 0, 0, TimeSpan.Zero)));  // Friday night
        Assert.True(window.Contains(new DateTimeOffset(2026, 12, 5, 1, 0, 0, TimeSpan.Zero)));   // Saturday early
        Assert.False(window.Contains(new DateTimeOffset(2026, 12, 5, 23, 0, 0, TimeSpan.Zero))); // Saturday night
        Assert.False(window.Contains(new DateTimeOffset(2026, 12, 4, 1, 0, 0, TimeSpan.Zero)));  // Friday early
    }

    [Theory]
    [InlineData("Tues", "02:00", "04:00", "UTC", "not a day of the week")]
    [InlineData("Tue", "2am", "04:00", "UTC", "Start='2am'")]
    [InlineData("Tue", "02:00", "25:00", "UTC", "End='25:00'")]
    [InlineData("Tue", "02:00", "04:00", "Mars/Olympus", "TimeZone='Mars/Olympus'")]
    public void ABadItemIsAProblemNamingWhatIsExpected(string day, string start, string end, string zone, string expected)
    {
        var (window, problem) = ReleaseWindow.Parse(day, start, end, zone);
        Assert.Null(window);
        Assert.Contains(expected, problem);
    }

    [Fact]
    public void OutsideTheWindowReadinessFailsWithRT4011UnlessItIsAnEmergencyWhoseReasonIsRecorded()
    {
        var windows = new List<ReleaseWindow> { Window("Tue", "02:00", "04:00") };
        var wednesday = new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero);

        var closed = ReleaseWindow.Judge(windows, wednesday, emergency: false, reason: null);
        Assert.Equal(ReadinessState.Failed, closed.State);
        Assert.Equal("RT4011", closed.Code);
        Assert.Contains("Tue 02:00–04:00 UTC", closed.Detail);
        Assert.Contains("ReleaseTasksEmergencyRelease=true", closed.Fix);

        var emergency = ReleaseWindow.Judge(windows, wednesday, emergency: true, reason: "CVE-2026-1234 hotfix");
        Assert.Equal(ReadinessState.Passed, emergency.State);
        Assert.Contains("CVE-2026-1234 hotfix", emergency.Detail);

        Assert.Equal(ReadinessState.Passed, ReleaseWindow.Judge(new List<ReleaseWindow>(), wednesday, false, null).State);
    }
}
