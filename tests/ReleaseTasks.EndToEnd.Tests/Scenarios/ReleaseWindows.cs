using System.IO;
using System.Linq;
using ReleaseTasks.EndToEnd.Tests.Infrastructure;

namespace ReleaseTasks.EndToEnd.Tests.Scenarios;

/// <summary>Issue 10 item 6: the team releases on Tuesdays 02:00–04:00 UTC; outside, only an emergency release with a
/// reason is ready, and the report records the reason.</summary>
public class ReleaseWindows
{
    [Fact]
    public void AClosedWindowFailsReadinessAndAnEmergencyWithAReasonPasses()
    {
        var repo = GitRepository.Create();
        var dir = TestProject.Write(repo.Directory, "Lib", "Lib", extraItems:
            """<ReleaseTasksReleaseWindow Include="Tue" Start="02:00" End="04:00" TimeZone="UTC" />""");
        repo.CommitAll("feat: first");
        ProcessResult Readiness(params string[] properties) =>
            DotNet.Run(dir, new[] { "msbuild", "-restore", "-nodeReuse:false", "-t:CheckReleaseReadiness", "-v:n" }.Concat(properties.Select(p => "-p:" + p)));

        var open = Readiness("ReleaseTasksNow=2026-12-01T03:00:00Z");
        open.EnsureSuccess("inside the window");
        Assert.Contains("2026-12-01T03:00:00+00:00 is inside Tue 02:00–04:00 UTC", open.Output);

        var closed = Readiness("ReleaseTasksNow=2026-12-02T03:00:00Z");
        Assert.NotEqual(0, closed.ExitCode);
        Assert.Contains("error RT4011: Release not ready: Release window: 2026-12-02T03:00:00+00:00 is outside every release window (Tue 02:00–04:00 UTC)", closed.Output);
        Assert.Contains("ReleaseTasksEmergencyRelease=true", closed.Output);

        var noReason = Readiness("ReleaseTasksNow=2026-12-02T03:00:00Z", "ReleaseTasksEmergencyRelease=true");
        Assert.Contains("error RT0008", noReason.Output);

        var emergency = Readiness("ReleaseTasksNow=2026-12-02T03:00:00Z", "ReleaseTasksEmergencyRelease=true", "ReleaseTasksEmergencyReason=\"CVE-2026-1234 fix\"");
        emergency.EnsureSuccess("emergency release");
        var report = File.ReadAllText(Path.Combine(dir, "obj", "ReleaseReadiness.md"));
        Assert.Contains("**Emergency release:** CVE-2026-1234 fix", report);
        Assert.Contains("emergency release outside the windows", report);

        var badZone = Readiness("ReleaseTasksNow=2026-12-01T03:00:00Z", "ReleaseTasksNow=yesterday");
        Assert.Contains("error RT0001", badZone.Output);
    }

    [Fact]
    public void AWindowInAnotherZoneIsJudgedInThatZoneWhetherNamedByIanaOrWindowsId()
    {
        var repo = GitRepository.Create();
        var dir = TestProject.Write(repo.Directory, "Lib", "Lib", extraItems:
            """<ReleaseTasksReleaseWindow Include="Tue;Thu" Start="09:00" End="10:00" TimeZone="$(WindowZone)" /><ReleaseTasksReleaseWindow Include="Sat" Start="9" End="10:00" Condition="'$(BadWindow)' == 'true'" />""");
        repo.CommitAll("feat: first");
        ProcessResult Readiness(params string[] properties) =>
            DotNet.Run(dir, new[] { "msbuild", "-restore", "-nodeReuse:false", "-t:CheckReleaseReadiness", "-v:n" }.Concat(properties.Select(p => "-p:" + p)));

        // Thursday 3 December 2026, 08:30 UTC is 09:30 in Paris (UTC+1 in winter).
        foreach (var zone in new[] { "Europe/Paris", "Romance Standard Time" })
        {
            Readiness("ReleaseTasksNow=2026-12-03T08:30:00Z", "WindowZone=" + zone).EnsureSuccess("inside the Paris window: " + zone);
            Assert.Contains("error RT4011", Readiness("ReleaseTasksNow=2026-12-03T09:30:00Z", "WindowZone=" + zone).Output);
        }
        var bad = Readiness("ReleaseTasksNow=2026-12-03T08:30:00Z", "WindowZone=UTC", "BadWindow=true");
        Assert.Contains("error RT0007: ReleaseTasksReleaseWindow 'Sat': Start='9' is not a time of day", bad.Output);
    }
}
