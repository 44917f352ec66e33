using System.IO;

namespace ReleaseTasks.Coverage;

/// <summary>
/// One coverage report format. Adding a format is adding one class that implements this interface (with a public
/// parameterless constructor) in this assembly: <see cref="CoverageFormats"/> finds it, the unknown-format error
/// names it, and the documentation tests ask for it in every list of formats the docs give.
/// </summary>
public interface ICoverageFormat
{
    /// <summary>The format's name as the docs and messages write it ("Cobertura", "lcov").</summary>
    string Name { get; }

    /// <summary>What the start of such a report looks like, for the error on a file no format recognises.</summary>
    string Signature { get; }

    /// <summary>Whether a report starting with <paramref name="head"/> (its first 4 KB, without BOM and leading
    /// whitespace, never empty) is of this format. Formats must not claim each other's files.</summary>
    bool Recognises(string head);

    /// <summary>Reads a whole report into <paramref name="into"/>; a broken one is a <see cref="CoverageFormatException"/>.</summary>
    void Read(TextReader text, CoverageReadContext context, CoverageReport into);
}
