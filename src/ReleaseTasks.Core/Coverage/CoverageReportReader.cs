using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using ReleaseTasks.Diagnostics;

namespace ReleaseTasks.Coverage;

/// <summary>Reads coverage reports of any supported format, told apart by their content, into one merged report.</summary>
public sealed class CoverageReportReader
{
    private readonly CoveragePaths _paths;
    private readonly string? _repositoryRoot;
    private readonly Dictionary<string, string> _projectOfDirectory = new(StringComparer.Ordinal);

    public CoverageReportReader(string? repositoryRoot)
    {
        _paths = new CoveragePaths(repositoryRoot);
        _repositoryRoot = repositoryRoot == null ? null : Path.GetFullPath(repositoryRoot);
    }

    /// <summary>Reads and merges every report; each unreadable one is an RT2001 error naming it.</summary>
    public (CoverageReport Report, IReadOnlyList<Diagnostic> Errors) ReadAll(IEnumerable<string> files)
    {
        var report = new CoverageReport();
        var errors = new List<Diagnostic>();
        foreach (var path in files)
        {
            try
            {
                Read(path, report);
            }
            catch (CoverageFormatException e)
            {
                errors.Add(DiagnosticCatalog.CoverageReportUnreadable(path, e.Message, e.Line));
            }
            catch (XmlException e)
            {
                errors.Add(DiagnosticCatalog.CoverageReportUnreadable(path, e.Message, e.LineNumber));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(DiagnosticCatalog.CoverageReportUnreadable(path, e.Message, 0));
            }
        }
        return (report, errors);
    }

    public void Read(string path, CoverageReport into)
    {
        // Read into a separate report first: a file that fails half-way adds nothing.
        var single = new CoverageReport();
        ICoverageFormat format;
        using (var head = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            format = CoverageFormats.Detect(head);
        using (var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            format.Read(reader, new CoverageReadContext(_paths, AssemblyOf), single);
        into.MergeFrom(single);
    }

    /// <summary>The name of the nearest .csproj above a source file (its normalised, repository-relative path when
    /// it is in the repository): lcov's missing assembly name.</summary>
    private string AssemblyOf(string sourceFile)
    {
        try
        {
            var full = Path.IsPathRooted(sourceFile) || _repositoryRoot == null ? sourceFile : Path.Combine(_repositoryRoot, sourceFile);
            var dir = Path.GetDirectoryName(Path.GetFullPath(full));
            var visited = new List<string>();
            while (!string.IsNullOrEmpty(dir))
            {
                if (_projectOfDirectory.TryGetValue(dir!, out var known)) return Remember(visited, known);
                visited.Add(dir!);
                var project = Directory.Exists(dir) ? Directory.EnumerateFiles(dir!, "*.csproj").FirstOrDefault() : null;
                if (project != null) return Remember(visited, Path.GetFileNameWithoutExtension(project));
                dir = Path.GetDirectoryName(dir);
            }
            return Remember(visited, "");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return "";
        }
    }

    private string Remember(List<string> directories, string assembly)
    {
        foreach (var dir in directories) _projectOfDirectory[dir] = assembly;
        return assembly;
    }
}
