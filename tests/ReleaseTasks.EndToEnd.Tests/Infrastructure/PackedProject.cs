using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;

namespace ReleaseTasks.EndToEnd.Tests.Infrastructure;

/// <summary>
/// What <c>dotnet pack</c> gave the user: the version properties after the build (<c>-getProperty:…</c>), the
/// .nupkg file name and the version inside its nuspec, with the build's log for assertions on messages.
/// </summary>
public sealed record PackedProject(ProcessResult Result, IReadOnlyDictionary<string, string> Properties, string PackageFileName, string NuspecVersion)
{
    private static readonly string[] Names = { "Version", "PackageVersion", "InformationalVersion", "FileVersion", "ReleaseTasksVersion" };

    public string this[string name] => Properties.TryGetValue(name, out var v)
        ? v
        : throw new Xunit.Sdk.XunitException($"Property {name} not returned; exit code {Result.ExitCode}. Output:\n{Result.Output}");

    public string Output => Result.Output;

    public static PackedProject Pack(string projectDirectory, IDictionary<string, string?>? environment = null, params string[] arguments)
    {
        var output = TestDirectory.Create("pack");
        var logFile = Path.Combine(TestDirectory.Create("log"), "msbuild.log");
        var args = new List<string> { "pack", "-nodeReuse:false", "-o", output, $"-flp:logfile={logFile};verbosity=normal" };
        args.AddRange(Names.Select(n => "-getProperty:" + n));
        args.AddRange(arguments);
        var run = DotNet.Run(projectDirectory, args, environment);
        var log = File.Exists(logFile) ? File.ReadAllText(logFile) : "";
        run = run with { Output = run.Output + "\n" + log };
        run.EnsureSuccess("dotnet " + string.Join(" ", args));

        var start = run.Output.IndexOf('{');
        var end = run.Output.IndexOf("\n}", start, System.StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(run.Output.Substring(start, end - start + 2));
        var properties = doc.RootElement.GetProperty("Properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");

        var package = Directory.EnumerateFiles(output, "*.nupkg").Single();
        using var zip = ZipFile.OpenRead(package);
        using var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        var version = metadata.Elements().Single(e => e.Name.LocalName == "version").Value;
        return new PackedProject(run, properties, Path.GetFileName(package), version);
    }
}
