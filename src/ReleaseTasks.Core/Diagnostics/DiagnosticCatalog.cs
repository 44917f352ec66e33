using System.Collections.Generic;
using System.Linq;

namespace ReleaseTasks.Diagnostics;

/// <summary>
/// Every RTnnnn code the tasks report, with its message. One method per code so that the wording, and the fix
/// it names, lives in one place. Ranges: RT0xxx configuration, RT1xxx versioning, RT2xxx gates,
/// RT3xxx changelog and notes, RT5xxx analyzers. Retired codes are never reused.
/// </summary>
public static class DiagnosticCatalog
{
    public const string DocsBaseUrl = "https://github.com/ReleaseTasks/ReleaseTasks/blob/main/docs/diagnostics/";

    public const string InvalidProperty = "RT0001";
    public const string InvalidBranchPolicy = "RT0002";
    public const string UnexpectedFailure = "RT0003";
    public const string FileSystemError = "RT0004";
    public const string SharedApiFilesDiffer = "RT0005";
    public const string UnknownBranchPolicyMetadata = "RT0006";
    public const string NotAGitRepository = "RT1001";
    public const string GitNotFound = "RT1002";
    public const string ShallowCloneHidesTags = "RT1003";
    public const string NoCommits = "RT1004";
    public const string GitFailed = "RT1005";
    public const string FeatureOnMaintenanceBranch = "RT1006";
    public const string IgnoredTags = "RT1007";
    public const string GitTimedOut = "RT1008";
    public const string UnsafeRepository = "RT1009";
    public const string VersionLikeTagNotSemVer = "RT1010";
    // ---- release lines, feature freeze and version overrides (issue 10) ----
    public const string ReleaseAsBelowRules = "RT1011";
    public const string ReleaseAsNotAVersion = "RT1012";
    public const string FeatureFreezeBroken = "RT1013";
    public const string ReleaseBranchNotFromMainLine = "RT1014";
    public const string ReleaseBranchExists = "RT1015";
    public const string ReleaseBranchAlreadyReleased = "RT1016";
    // ---- end issue 10 ----
    // Issue 11 (maintenance branches): begin
    public const string MaintenanceChangeOutOfRange = "RT1020";
    public const string MaintenanceBranchOutOfRange = "RT1021";
    // Issue 11 (maintenance branches): end
    // Issue 11 (the version downstream): RT1030–RT1039.
    public const string CiValueNotPublished = "RT1030";
    public const string PackageValidationBreak = "RT1031";
    public const string PackageValidationBaselineMissing = "RT1032";
    public const string CoverageUnreadable = "RT2001";
    public const string LineCoverageTooLow = "RT2002";
    public const string BranchCoverageTooLow = "RT2003";
    public const string AssemblyCoverageTooLow = "RT2004";
    public const string ChangedLineCoverageTooLow = "RT2005";
    public const string UncoveredChangedLine = "RT2006";
    public const string CoverageDropped = "RT2007";
    public const string TestsFailed = "RT2008";
    public const string NoTestsRan = "RT2009";
    public const string VulnerablePackage = "RT2010";
    public const string NoCoverageReports = "RT2011";
    public const string BaseRefMissing = "RT2012";
    public const string AssemblyWithoutCoverage = "RT2013";
    public const string NothingCoverable = "RT2014";
    public const string BaselineUnusable = "RT2015";
    public const string ChangedFilesNotInReports = "RT2016";
    public const string TestRunIncomplete = "RT2017";
    public const string OlderTestRunsIgnored = "RT2018";
    public const string StaleCoverageReports = "RT2019";
    public const string ChangelogDamaged = "RT3001";
    public const string InvalidTemplate = "RT3002";
    public const string NotesWithoutHistory = "RT3003";
    public const string ReleaseNotesTruncated = "RT3004";
    public const string ChangelogEncoding = "RT3005";
    public const string ChangelogNotWritable = "RT3006";
    public const string ChangelogBusy = "RT3007";
    public const string ReleaseNotesCommitsCapped = "RT3008";
    // Release metrics (ReleaseMetrics target): RT3020–RT3029.
    public const string MetricsWithoutHistory = "RT3020";
    public const string MetricsOfShallowClone = "RT3021";

    // Releasing (readiness, tagging): RT4001-RT4049; configuration of releases: RT0007-RT0008.
    public const string InvalidReleaseWindow = "RT0007";
    public const string EmergencyWithoutReason = "RT0008";
    public const string NothingToRelease = "RT4001";
    public const string BranchNotAllowedToRelease = "RT4002";
    public const string WorkingTreeNotClean = "RT4003";
    public const string TagExistsElsewhere = "RT4004";
    public const string TestsNotReady = "RT4005";
    public const string CoverageNotReady = "RT4006";
    public const string AuditNotReady = "RT4008";
    public const string ChangelogNotReady = "RT4009";
    public const string ReleaseNotesNotReady = "RT4010";
    public const string OutsideReleaseWindow = "RT4011";
    public const string FeatureFreezeNotReady = "RT4012";
    public const string NotJudgedInStrictMode = "RT4013";
    public const string ApiNotReady = "RT4014";
    public const string ReleaseExists = "RT4020";
    public const string ReleaseCommitRejected = "RT4021";
    public const string ReleaseTagNotCreated = "RT4022";
    public const string ReleasePushNotDone = "RT4023";
    public const string ReleaseMadeByAnotherProject = "RT4024";

    /// <summary>All codes defined above; a test checks each has a page in docs/diagnostics.</summary>
    public static IReadOnlyList<string> AllCodes { get; } = typeof(DiagnosticCatalog)
        .GetFields()
        .Where(f => f.IsLiteral && f.Name != nameof(DocsBaseUrl))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    public static string HelpLink(string code) => DocsBaseUrl + code + ".md";

    public static Diagnostic InvalidPropertyValue(string property, string value, string expected) =>
        new(InvalidProperty, DiagnosticSeverity.Error,
            $"{property}='{value}' is not valid: expected {expected}. Fix the value in your project file or on the command line.");

    public static Diagnostic CiCannotCarry(string system, IReadOnlyList<string> variables) =>
        new(CiValueNotPublished, DiagnosticSeverity.Warning,
            $"{system} cannot carry the value of {string.Join(", ", variables)} as it is (a line break, or a blank at either end), so " +
            $"{(variables.Count == 1 ? "it was" : "they were")} left out of what the build hands it rather than changed. " +
            "Read the value from the build instead (dotnet msbuild -getProperty), or correct the branch or property it comes from.");

    public static Diagnostic InvalidBranchPolicyItem(string item, string problem) =>
        new(InvalidBranchPolicy, DiagnosticSeverity.Error,
            $"The ReleaseTasksBranch item '{item}' is not valid: {problem}.");

    public static Diagnostic UnknownBranchPolicyMetadataOnItem(string item, string name, string value, string? meant, bool reservedLabel) =>
        new(UnknownBranchPolicyMetadata, DiagnosticSeverity.Warning,
            $"The ReleaseTasksBranch item '{item}' has {name}=\"{value}\", which ReleaseTasks does not read" +
            (reservedLabel ? " (MSBuild reserves the Label attribute on every element and passes it to no task)" : "") +
            (meant == null ? "." : $": did you mean {meant}=\"{value}\"?") +
            " A branch policy reads only Match, PreRelease and Core.");

    public static Diagnostic Unexpected(string what, System.Exception e) =>
        new(UnexpectedFailure, DiagnosticSeverity.Error,
            $"ReleaseTasks could not {what}: {e.GetType().Name}: {e.Message} This is a bug in ReleaseTasks; please report it with this message. " +
            "To build meanwhile, set ReleaseTasksSkip=true.");

    public static Diagnostic FileSystem(string what, System.Exception e) =>
        new(FileSystemError, DiagnosticSeverity.Error,
            $"ReleaseTasks could not {what}: a file or directory could not be read or written ({e.Message.Trim()}). " +
            "Check that the path exists, that the disk is not full and that this user may write there, or point the property that names the file elsewhere.");

    /// <summary>The diagnostic for a git command that gave no answer, by why; <paramref name="fallbackVersion"/> is
    /// the version used instead, when there is one.</summary>
    public static Diagnostic ForGitFailure(ReleaseTasks.Git.GitException e, string git, string? fallbackVersion) => e.Kind switch
    {
        ReleaseTasks.Git.GitFailure.NotFound => GitExecutableNotFound(git, fallbackVersion),
        ReleaseTasks.Git.GitFailure.TimedOut => new(GitTimedOut, DiagnosticSeverity.Error,
            $"'git {e.Arguments}' did not finish within {e.Timeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} s and was stopped" +
            (fallbackVersion == null ? "." : $", so the version falls back to {fallbackVersion}.") +
            " Run the same command in the repository to see what git waits for (a network fetch in a partial clone, a credential prompt, a lock), " +
            "or raise ReleaseTasksGitTimeout (seconds)."),
        ReleaseTasks.Git.GitFailure.UnsafeRepository => new(UnsafeRepository, DiagnosticSeverity.Error,
            $"git refuses to read this repository because it is owned by another user ('git {e.Arguments}': {FirstLine(e.Error)})." +
            " If you trust it, mark it as safe: git config --global --add safe.directory <repository path> (the path git names above)," +
            " or build as the user who owns the checkout."),
        _ => GitCommandFailed(e.Arguments, e.ExitCode, e.Error),
    };

    public static Diagnostic ApiDiffersBetweenFrameworks(string directory, IReadOnlyList<string> frameworks, int common,
        IReadOnlyList<(string Entry, IReadOnlyList<string> Frameworks)> differing) =>
        new(SharedApiFilesDiffer, DiagnosticSeverity.Warning,
            $"The public API files in {directory} are shared by {string.Join(", ", frameworks)}, whose APIs differ in {differing.Count} " +
            $"entr{(differing.Count == 1 ? "y" : "ies")} ({string.Join("; ", differing.Take(3).Select(d => $"'{d.Entry}' only in {string.Join(", ", d.Frameworks)}"))}" +
            $"{(differing.Count > 3 ? "; …" : "")}), so they list the {common} entries every framework has. " +
            "Give each framework files of its own — <AdditionalFiles Include=\"PublicAPI/$(TargetFramework)/PublicAPI.Shipped.txt\" /> and the same for " +
            "PublicAPI.Unshipped.txt — and write them again with -p:ReleaseTasksWritePublicApi=true.");

    // ---- release lines, feature freeze and version overrides (issue 10) ----
    public static Diagnostic ReleaseAsIgnored(string requested, string commit, string computed) =>
        new(ReleaseAsBelowRules, DiagnosticSeverity.Warning,
            $"Commit {Short(commit)} asks for 'Release-As: {requested}', which is lower than the {computed} the commits since the previous release give; " +
            "it is ignored (a release never goes backwards). Tag the version you want instead, or write a Release-As footer with a higher version in a new commit.");

    public static Diagnostic ReleaseAsInvalid(string value, string commit) =>
        new(ReleaseAsNotAVersion, DiagnosticSeverity.Warning,
            $"Commit {Short(commit)} has the footer 'Release-As: {value}', which is not a version core such as 2.0.0 (three numbers, no label); it is ignored. " +
            "Write the footer again in a new commit as 'Release-As: X.Y.Z'.");

    public static Diagnostic FeatureFreeze(string branch, string branchPoint, IReadOnlyList<string> breaks, bool asError) =>
        new(FeatureFreezeBroken, asError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            $"The release branch {branch} is feature-frozen, but {breaks.Count} commit{(breaks.Count == 1 ? "" : "s")} after its branch point on {branchPoint} " +
            $"add{(breaks.Count == 1 ? "s" : "")} a feature or a breaking change: {string.Join("; ", breaks.Take(5))}{(breaks.Count > 5 ? "; …" : "")}. " +
            "Revert it on the release branch and land it on the main line for the next release, or cut a new release branch; " +
            "ReleaseTasksFeatureFreeze=off turns the check off.");

    public static Diagnostic NotOnMainLine(string? branch, string allowed) =>
        new(ReleaseBranchNotFromMainLine, DiagnosticSeverity.Error,
            $"CreateReleaseBranch cuts a release branch from the main line, but HEAD is {(string.IsNullOrEmpty(branch) ? "not on a branch" : "on " + branch)}. " +
            $"Switch to {allowed} (git switch main) and run it again, or set ReleaseTasksDefaultBranch to the branch your releases are cut from.");

    public static Diagnostic ReleaseBranchAlreadyExists(string branch, string where, string commit) =>
        new(ReleaseBranchExists, DiagnosticSeverity.Error,
            $"The release branch {branch} already exists ({where}, at {Short(commit)}), so it was not created again. " +
            $"Check it out (git switch {branch}), or pass another version: -p:ReleaseTasksReleaseBranchVersion=X.Y.");

    public static Diagnostic ReleaseBranchReleased(string branch, string release) =>
        new(ReleaseBranchAlreadyReleased, DiagnosticSeverity.Error,
            $"The release branch {branch} would release versions at or below {release}, which already exists; it was not created. " +
            "Pass a higher version with -p:ReleaseTasksReleaseBranchVersion=X.Y, or leave it out to take the version the main line releases next.");

    // ---- end issue 10 ----

    public static Diagnostic NotARepository(string directory, string fallbackVersion) =>
        new(NotAGitRepository, DiagnosticSeverity.Warning,
            $"'{directory}' is not inside a git repository, so the version falls back to {fallbackVersion}. " +
            "Build from a git clone (with its .git directory), or set ReleaseTasksFallbackVersion, or ReleaseTasksSkip=true to turn ReleaseTasks off.");

    public static Diagnostic GitExecutableNotFound(string git, string? fallbackVersion) =>
        new(GitNotFound, DiagnosticSeverity.Warning,
            $"The git executable '{git}' could not be started" + (fallbackVersion == null ? ". " : $", so the version falls back to {fallbackVersion}. ") +
            "Install git and put it on PATH, or set ReleaseTasksGitPath to its full path.");

    public static Diagnostic ShallowClone(bool asError) =>
        new(ShallowCloneHidesTags, asError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            "This is a shallow clone and no version tag is visible in it, so the version is computed from the few commits that are. " +
            "Fetch the full history: 'git fetch --unshallow --tags', or in GitHub Actions set 'fetch-depth: 0' on actions/checkout " +
            "(Azure Pipelines: 'fetchDepth: 0'; GitLab: GIT_DEPTH: 0).");

    public static Diagnostic RepositoryHasNoCommits(string fallbackVersion) =>
        new(NoCommits, DiagnosticSeverity.Warning,
            $"The git repository has no commits yet, so the version falls back to {fallbackVersion}. Commit something to get a computed version.");

    public static Diagnostic GitCommandFailed(string arguments, int exitCode, string error) =>
        new(GitFailed, DiagnosticSeverity.Error,
            $"'git {arguments}' failed with exit code {exitCode}: {error.Trim()}" + GitFailureHint(error));

    public static Diagnostic FeatureOnMaintenance(string branch, string version, string commit) =>
        new(FeatureOnMaintenanceBranch, DiagnosticSeverity.Warning,
            $"Branch '{branch}' only takes patch releases, so {version} stays a patch although commit {Short(commit)} is a feature or breaking change. " +
            "Move the change to the main branch, or relabel the commit as a fix.");

    // Issue 11 (maintenance branches): begin
    public static Diagnostic ChangeLeavesMaintenanceRange(string branch, string range, string commit, string subject, string wanted, string kept) =>
        new(MaintenanceChangeOutOfRange, DiagnosticSeverity.Warning,
            $"Commit {Short(commit)} ('{subject}') would make {wanted}, outside maintenance branch '{branch}' ({range}), so this build stays at {kept}. " +
            "Make the change on the main branch and bring only fixes here, or relabel the commit if it is a fix; Release builds (Configuration=Release) stop on this.");

    public static Diagnostic MaintenanceHistoryOutOfRange(string branch, string range, string tag, string version) =>
        new(MaintenanceBranchOutOfRange, DiagnosticSeverity.Warning,
            $"Maintenance branch '{branch}' holds {range}, but tag {tag} is reachable from it, so this build is {version}, outside that range. " +
            $"Start the branch from the last release of its line (git branch {branch} <that release's tag>), or name it after the line it holds; Release builds (Configuration=Release) stop on this.");
    // Issue 11 (maintenance branches): end

    public static Diagnostic TagsIgnored(IEnumerable<string> tags) =>
        new(IgnoredTags, DiagnosticSeverity.Detail,
            "Ignored tags that are not SemVer 2.0 versions: " + string.Join(", ", tags) +
            ". Name release tags like v1.2.3 (leading zeros and two-part versions are not SemVer).");

    public static Diagnostic VersionLikeTagOnHead(string tag, string semVerName, string meant, string commit, string version, int others) =>
        new(VersionLikeTagNotSemVer, DiagnosticSeverity.Warning,
            $"Tag '{tag}' on HEAD is not a SemVer 2.0 version, so it is ignored and this build is {version}. " +
            SemVerSpelling(tag, semVerName, meant, commit, others));

    public static Diagnostic VersionLikeTagInHistory(string tag, string semVerName, string meant, string commit, string? previousTag, string version, int others) =>
        new(VersionLikeTagNotSemVer, DiagnosticSeverity.Warning,
            $"Tag '{tag}' (commit {Short(commit)}) is not a SemVer 2.0 version, so it is ignored and the version is computed " +
            (previousTag == null ? $"as if there were no release: {version}. " : $"from {previousTag} instead: {version}. ") +
            SemVerSpelling(tag, semVerName, meant, commit, others));

    private static string SemVerSpelling(string tag, string semVerName, string meant, string commit, int others) =>
        $"If it names release {meant}, tag the same commit with the SemVer spelling: git tag {semVerName} {Short(commit)} && git push origin {semVerName} (then delete '{tag}')." +
        (others <= 0 ? "" : $" {others} more tag{(others == 1 ? " that looks" : "s that look")} like {(others == 1 ? "a version is" : "versions are")} not SemVer either (RT1007 lists them with -v:d).");

    public static Diagnostic CoverageReportUnreadable(string path, string problem, int line) =>
        new(CoverageUnreadable, DiagnosticSeverity.Error,
            $"The coverage report cannot be read: {problem}. Regenerate it (dotnet test --collect:\"XPlat Code Coverage\"), or leave it out of ReleaseTasksCoverageReports.")
        { File = path, Line = line };

    public static Diagnostic CoverageTooLow(string code, string what, double actual, int covered, int valid, double required, string offenders, string property) =>
        new(code, DiagnosticSeverity.Error,
            $"{what} coverage is {Percent(actual)} ({covered} of {valid}), below the required {Percent(required)}." +
            (offenders.Length > 0 ? " Least covered: " + offenders + "." : "") +
            $" Add tests for that code, or change {property}.");

    public static Diagnostic AssemblyCoverage(string assembly, double actual, int covered, int valid, double required, string offenders) =>
        new(AssemblyCoverageTooLow, DiagnosticSeverity.Error,
            $"Assembly {assembly} has {Percent(actual)} line coverage ({covered} of {valid} lines), below its minimum {Percent(required)}." +
            (offenders.Length > 0 ? " Least covered files: " + offenders + "." : "") +
            " Add tests for it, or change its ReleaseTasksAssemblyCoverage item.");

    public static Diagnostic ChangedLinesCoverage(double actual, int covered, int valid, double required, string baseDescription) =>
        new(ChangedLineCoverageTooLow, DiagnosticSeverity.Error,
            $"Coverage of the lines changed since {baseDescription} is {Percent(actual)} ({covered} of {valid} lines), below the required {Percent(required)}. " +
            $"Each uncovered line is listed as warning {UncoveredChangedLine}: add tests that run them, or change ReleaseTasksChangedLineCoverageThreshold.");

    public static Diagnostic ChangedLineNotCovered(string file, int line, string baseDescription) =>
        new(UncoveredChangedLine, DiagnosticSeverity.Warning,
            $"This line changed since {baseDescription} and no test runs it.")
        { File = file, Line = line };

    public static Diagnostic MoreUncoveredLines(int count) =>
        new(UncoveredChangedLine, DiagnosticSeverity.Warning,
            $"{count} more uncovered changed lines are not listed one by one (ReleaseTasksMaxLineWarnings).");

    public static Diagnostic Dropped(double actual, double baseline, double tolerance, string file) =>
        new(CoverageDropped, DiagnosticSeverity.Error,
            $"Line coverage dropped to {Percent(actual)}, more than {tolerance.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} points below the baseline {Percent(baseline)} of {file}. " +
            "Cover the new code, or accept the new figure with -p:ReleaseTasksUpdateCoverageBaseline=true and commit the file.");

    public static Diagnostic Failed(int failed, IEnumerable<string> names) =>
        new(TestsFailed, DiagnosticSeverity.Error,
            $"{failed} test(s) failed: {string.Join(", ", names.Take(10))}{(failed > 10 ? ", …" : "")}. A release needs every test to pass.");

    public static Diagnostic NothingRan(string why) =>
        new(NoTestsRan, DiagnosticSeverity.Error,
            $"No test ran: {why}. Run dotnet test --logger trx before CheckQualityGates, or clear ReleaseTasksTestResults.");

    public static Diagnostic Vulnerable(string severity, string nugetMessage, string level) =>
        new(VulnerablePackage, DiagnosticSeverity.Error,
            $"NuGet Audit found a {severity} vulnerability: {nugetMessage} Release builds accept vulnerabilities below {level} only: update the package, or change ReleaseTasksAuditLevel.");

    public static Diagnostic NoReports(string patterns, string root) =>
        new(NoCoverageReports, DiagnosticSeverity.Error,
            $"No coverage report matched '{patterns}' under {root}. Run dotnet test --collect:\"XPlat Code Coverage\" first, or point ReleaseTasksCoverageReports at your reports.");

    public static Diagnostic NoBaseRef(string why) =>
        new(BaseRefMissing, DiagnosticSeverity.Warning,
            $"The changed-line coverage gate was skipped: {why}. Set ReleaseTasksCoverageBaseRef (e.g. origin/main) and fetch it (fetch-depth: 0).");

    public static Diagnostic AssemblyNotCovered(string assembly, double required, string found) =>
        new(AssemblyWithoutCoverage, DiagnosticSeverity.Error,
            $"ReleaseTasksAssemblyCoverage '{assembly}' (minimum {Percent(required)}) cannot be judged: the coverage reports have no coverable line of an assembly named '{assembly}'. " +
            $"{found} Fix the item's Include (assembly names are case-sensitive), or make the test run instrument that assembly.");

    public static Diagnostic NoCoverableLines(string what, string found) =>
        new(NothingCoverable, DiagnosticSeverity.Error,
            $"{what} cannot be judged: {found} Check that the tests ran with coverage of the code under test, and that ReleaseTasksCoverageExclude and ReleaseTasksCoverageExcludeAssemblies leave some of it.");

    public static Diagnostic BaselineCannotBeUsed(string file, string problem) =>
        new(BaselineUnusable, DiagnosticSeverity.Error,
            $"The coverage baseline {file} cannot be used: {problem}. Write it with -p:ReleaseTasksUpdateCoverageBaseline=true and commit it, or clear ReleaseTasksCoverageBaseline.")
        { File = file };

    public static Diagnostic ChangedFilesMatchNoReport(int changedFiles, string diffPaths, string reportPaths, string baseDescription) =>
        new(ChangedFilesNotInReports, DiagnosticSeverity.Error,
            $"The changed-line coverage gate cannot be judged: none of the {changedFiles} file(s) changed since {baseDescription} matches a file of the coverage reports, whose paths look written elsewhere. " +
            $"Changed (repository-relative): {diffPaths}. In the reports: {reportPaths}. " +
            "Run the tests in this checkout, or build with deterministic paths (ContinuousIntegrationBuild=true, mapped back from /_/), so that the reports name the repository's files.");

    public static Diagnostic RunIncomplete(string file, string why) =>
        new(TestRunIncomplete, DiagnosticSeverity.Error,
            $"The test run of {file} did not finish: {why}. Its counters cannot be trusted; run the tests again until the run completes.")
        { File = file };

    public static Diagnostic OlderRunsIgnored(IEnumerable<string> files) =>
        new(OlderTestRunsIgnored, DiagnosticSeverity.Info,
            "Older runs of the same test assemblies were left out (only the newest run of each counts): " + string.Join(", ", files) +
            ". Delete old TestResults directories to silence this.");

    public static Diagnostic StaleReports(string directory, IEnumerable<string> stale, IEnumerable<string> newest) =>
        new(StaleCoverageReports, DiagnosticSeverity.Error,
            $"{directory} holds coverage reports of several test runs, which would merge into one figure: older {string.Join(", ", stale)}; newest {string.Join(", ", newest)}. " +
            "Delete the TestResults directories before dotnet test (or pass --results-directory a fresh directory), or narrow ReleaseTasksCoverageReports.")
        { File = stale.First() };

    private static string Percent(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " %";

    public static Diagnostic ChangelogMarkersDamaged(string path, int line, string problem) =>
        new(ChangelogDamaged, DiagnosticSeverity.Error,
            $"The ReleaseTasks markers of the changelog are damaged at line {line} ({problem}), so the file was left as it was. " +
            "Restore the '<!-- ReleaseTasks: begin X -->' / '<!-- ReleaseTasks: end X -->' pair of that version, or delete both to let ReleaseTasks write the section anew.")
        { File = path, Line = line };

    public static Diagnostic TemplateInvalid(string template, string problem) =>
        new(InvalidTemplate, DiagnosticSeverity.Error,
            $"The release notes template '{template}' cannot be used: {problem} Fix the Liquid syntax, or clear ReleaseTasksReleaseNotesTemplate to use the default template.");

    public static Diagnostic NoHistoryForNotes(string why) =>
        new(NotesWithoutHistory, DiagnosticSeverity.Warning,
            $"No release notes were generated: {why}. Build from a git clone with its full history (and tags) to get notes.");

    public static Diagnostic NotesTruncated(int length, int limit) =>
        new(ReleaseNotesTruncated, DiagnosticSeverity.Info,
            $"The release notes are {length} characters, more than the {limit} NuGet accepts, so PackageReleaseNotes was cut with a link to the full notes. " +
            "Set ReleaseTasksPackageReleaseNotesMaxLength to change the limit.");

    public static Diagnostic ChangelogNotRoundTrippable(string path, string problem) =>
        new(ChangelogEncoding, DiagnosticSeverity.Error,
            $"The changelog cannot be updated without changing bytes written by hand: {problem}. The file was left as it was. " +
            "Save it as UTF-8 (with or without a byte order mark) or as UTF-16 with a byte order mark, then update again.")
        { File = path };

    public static Diagnostic ChangelogReadOnly(string path) =>
        new(ChangelogNotWritable, DiagnosticSeverity.Error,
            "The changelog is read-only, so it was left as it was. Make it writable (chmod u+w, or clear the read-only attribute; " +
            "some version control systems lock files until they are checked out for editing), or stop invoking UpdateChangelog.")
        { File = path };

    public static Diagnostic ChangelogLocked(string path, System.TimeSpan timeout, string lockFile) =>
        new(ChangelogBusy, DiagnosticSeverity.Error,
            $"The changelog was not updated: another build kept it locked for more than {timeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} s " +
            $"(lock file {lockFile}). Find the build that hangs and stop it, or raise ReleaseTasksChangelogLockTimeout.")
        { File = path };

    public static Diagnostic NotesCommitsCapped(int rendered, string since, int max) =>
        new(ReleaseNotesCommitsCapped, DiagnosticSeverity.Warning,
            $"The release notes list only the newest {rendered} commits since {since}: there are more, and older ones were left out to keep the build's memory bounded. " +
            $"Tag the last release so that the notes start there, or raise ReleaseTasksReleaseNotesMaxCommits (now {max}).");

    private static string GitFailureHint(string error)
    {
        if (error.IndexOf("promisor", System.StringComparison.OrdinalIgnoreCase) >= 0)
            return " This is a partial clone (--filter) and git could not fetch the objects it lacks: clone without --filter " +
                "(actions/checkout: filter unset, fetch-depth: 0), or make the remote reachable from the build.";
        return " Run the same command in the repository to see what git needs.";
    }

    private static string FirstLine(string text)
    {
        var trimmed = text.Trim();
        var newline = trimmed.IndexOf('\n');
        return newline < 0 ? trimmed : trimmed.Substring(0, newline).Trim();
    }

    private static string Short(string commit) => commit.Length > 7 ? commit.Substring(0, 7) : commit;

    // Release metrics.
    public static Diagnostic NoHistoryForMetrics(string why) =>
        new(MetricsWithoutHistory, DiagnosticSeverity.Warning,
            $"No release metrics were written: {why}. Run ReleaseMetrics in a git clone with its full history and tags (CI: fetch-depth: 0).");

    public static Diagnostic ShallowMetrics() =>
        new(MetricsOfShallowClone, DiagnosticSeverity.Warning,
            "The release metrics were computed on a shallow clone: commits and tags beyond its depth are missing, so counts and lead times are too low. " +
            "Fetch the whole history (git fetch --unshallow --tags; CI: fetch-depth: 0) and run ReleaseMetrics again.");
    // Releasing.
    public static Diagnostic ReleaseWindowItemInvalid(string item, string problem) =>
        new(InvalidReleaseWindow, DiagnosticSeverity.Error, $"ReleaseTasksReleaseWindow '{item}': {problem}.");

    public static Diagnostic EmergencyReasonMissing() =>
        new(EmergencyWithoutReason, DiagnosticSeverity.Error,
            "ReleaseTasksEmergencyRelease=true needs a ReleaseTasksEmergencyReason: the readiness report and the tag message record why the release is an emergency (-p:ReleaseTasksEmergencyReason=\"fix for CVE-…\").");

    public static Diagnostic ReadinessItemFailed(ReleaseTasks.Releasing.ReadinessItem item) =>
        new(item.Code, DiagnosticSeverity.Error, $"Release not ready: {item.Name}: {item.Detail}. Fix: {item.Fix}.");

    public static Diagnostic ReadinessItemNotJudged(ReleaseTasks.Releasing.ReadinessItem item) =>
        new(NotJudgedInStrictMode, DiagnosticSeverity.Error,
            $"Release not ready: {item.Name} was not judged ({item.Detail}) and ReleaseTasksReadinessStrict=true asks for every item. Fix: {item.Fix}, or set ReleaseTasksReadinessStrict=false.");

    public static Diagnostic ReleaseAlreadyMade(string tag) =>
        new(ReleaseExists, DiagnosticSeverity.Info, $"{tag} is on HEAD: the release exists, nothing to do.");

    public static Diagnostic TagOnAnotherCommit(string tag, string commit) =>
        new(TagExistsElsewhere, DiagnosticSeverity.Error,
            $"{tag} already exists on {commit.Substring(0, System.Math.Min(7, commit.Length))}, not on HEAD: nothing was changed. A version is released once: commit a change so that the next version is computed, or delete the stray tag (git tag -d {tag}) if it was never published.");

    public static Diagnostic TreeNotClean(IReadOnlyList<string> status) =>
        new(WorkingTreeNotClean, DiagnosticSeverity.Error,
            $"The working tree has {status.Count} uncommitted change(s) ({string.Join(", ", status.Take(5).Select(l => l.Trim()))}): nothing was changed. Commit or remove them, then run TagRelease again.");

    public static Diagnostic ReleaseCommitFailed(string message, string gitOutput) =>
        new(ReleaseCommitRejected, DiagnosticSeverity.Error,
            $"git refused the commit '{message}' (a pre-commit or commit-msg hook, or signing): {gitOutput}. The files, the index and HEAD are as they were. Fix what git or the hook says, then run TagRelease again.");

    public static Diagnostic ReleaseTagFailed(string tag, string gitOutput, bool undone) =>
        new(ReleaseTagNotCreated, DiagnosticSeverity.Error,
            $"git could not create the tag {tag} (signing with tag.gpgSign, or a reference problem): {gitOutput}. " +
            (undone ? "The release commit was undone: the files, the index and HEAD are as they were. " : "Undoing the release commit failed: check git status and git log -1. ") +
            "Fix what git says, then run TagRelease again.");

    public static Diagnostic ReleasePushFailed(string tag, string command, string gitOutput) =>
        new(ReleasePushNotDone, DiagnosticSeverity.Error,
            $"The release {tag} is committed and tagged here, but the push failed: {gitOutput}. Push it with: {command}");

    public static Diagnostic ReleaseByAnotherProject(string tag) =>
        new(ReleaseMadeByAnotherProject, DiagnosticSeverity.Info, $"the release {tag} is made once per tag prefix in a build: another project of this build makes it.");
}
