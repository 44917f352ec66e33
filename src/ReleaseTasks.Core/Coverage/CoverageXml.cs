using System.Globalization;
using System.Xml;

namespace ReleaseTasks.Coverage;

internal static class CoverageXml
{
    public static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    public static int Int(XmlReader xml, string name) =>
        int.TryParse(xml.GetAttribute(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    public static long Long(XmlReader xml, string name) =>
        long.TryParse(xml.GetAttribute(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
