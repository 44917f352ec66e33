using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace ReleaseTasks.Metrics;

/// <summary>
/// Releases per month by kind as an SVG bar chart (stacked bars, a y axis of release counts, month labels, axis titles and
/// a legend), written with XmlWriter so the file is always well-formed XML; no charting dependency.
/// </summary>
public static class ReleaseMetricsChart
{
    private const string Svg = "http://www.w3.org/2000/svg";
    private const double Left = 64, Right = 24, Top = 48, PlotHeight = 260, Bottom = 96, LegendWidth = 130;

    /// <summary>The fill of each kind: colour-blind-safe (Okabe–Ito) and distinct in grey scale.</summary>
    public static readonly IReadOnlyDictionary<string, string> Colours = new Dictionary<string, string>
    {
        [ReleaseKind.Major] = "#0072B2",
        [ReleaseKind.Minor] = "#56B4E9",
        [ReleaseKind.Patch] = "#009E73",
        [ReleaseKind.Security] = "#D55E00",
        [ReleaseKind.PreRelease] = "#CC79A7",
    };

    public static string Render(ReleaseMetricsReport report)
    {
        var months = report.Months;
        var slot = months.Count <= 24 ? 32.0 : Math.Max(6.0, 768.0 / months.Count);
        var plotWidth = Math.Max(1, months.Count) * slot;
        var width = Left + plotWidth + Right + LegendWidth;
        var height = Top + PlotHeight + Bottom;
        var max = Math.Max(1, months.Count == 0 ? 0 : months.Max(m => m.Total));
        var step = TickStep(max);
        var top = (int)Math.Ceiling((double)max / step) * step;
        double Y(double count) => Top + PlotHeight - count / top * PlotHeight;

        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(new StringWriter(text, CultureInfo.InvariantCulture), new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            xml.WriteStartElement("svg", Svg);
            Attr(xml, "width", width);
            Attr(xml, "height", height);
            xml.WriteAttributeString("viewBox", Invariant($"0 0 {N(width)} {N(height)}"));
            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("font-family", "sans-serif");
            xml.WriteAttributeString("font-size", "12");
            var last = report.Until.AddMonths(-1);
            xml.WriteElementString("title", Svg, Invariant($"Releases per month by kind, {report.From:yyyy-MM} to {last:yyyy-MM}"));
            Rect(xml, 0, 0, width, height, "#ffffff", null);
            Text(xml, Left, 24, Invariant($"Releases per month by kind ({report.From:yyyy-MM} to {last:yyyy-MM}, UTC)"), "start", "15", null);

            // Y axis: grid lines and whole-number ticks, then its title.
            for (var v = 0; v <= top; v += step)
            {
                Line(xml, Left, Y(v), Left + plotWidth, Y(v), v == 0 ? "#333333" : "#dddddd");
                Text(xml, Left - 8, Y(v) + 4, v.ToString(CultureInfo.InvariantCulture), "end", null, null);
            }
            Line(xml, Left, Top, Left, Top + PlotHeight, "#333333");
            Text(xml, 18, Top + PlotHeight / 2, "Releases", "middle", null, Invariant($"rotate(-90 18 {N(Top + PlotHeight / 2)})"));

            // Bars, stacked in ReleaseKind.All order; each segment says what it is on hover.
            var labelEvery = (int)Math.Ceiling(28 / slot);
            for (var i = 0; i < months.Count; i++)
            {
                var m = months[i];
                var x = Left + i * slot + slot * 0.15;
                var below = 0;
                foreach (var kind in ReleaseKind.All)
                {
                    var count = m.Kinds[kind];
                    if (count == 0) continue;
                    Rect(xml, x, Y(below + count), slot * 0.7, Y(below) - Y(below + count), Colours[kind], Invariant($"{m.Name}: {count} {kind}"));
                    below += count;
                }
                if (i % labelEvery != 0) continue;
                var lx = Left + i * slot + slot / 2;
                var ly = Top + PlotHeight + 14;
                Text(xml, lx, ly, m.Name, "end", "11", Invariant($"rotate(-45 {N(lx)} {N(ly)})"));
            }
            Text(xml, Left + plotWidth / 2, height - 12, "Month (UTC)", "middle", null, null);

            // Legend, top to bottom in stacking order reversed (as the bars read).
            var legendX = Left + plotWidth + Right;
            var row = 0;
            Text(xml, legendX, Top + 4, "Kind", "start", null, null);
            foreach (var kind in Enumerable.Reverse(ReleaseKind.All))
            {
                var y = Top + 16 + row++ * 20;
                Rect(xml, legendX, y, 12, 12, Colours[kind], null);
                Text(xml, legendX + 18, y + 10, kind, "start", null, null);
            }
            xml.WriteEndElement();
        }
        return text.Append('\n').ToString();
    }

    /// <summary>1, 2 or 5 times a power of ten, giving at most about six ticks.</summary>
    private static int TickStep(int max)
    {
        for (var power = 1; ; power *= 10)
            foreach (var f in new[] { 1, 2, 5 })
                if (max / (f * power) <= 5) return f * power;
    }

    private static void Rect(XmlWriter xml, double x, double y, double w, double h, string fill, string? title)
    {
        xml.WriteStartElement("rect", Svg);
        Attr(xml, "x", x);
        Attr(xml, "y", y);
        Attr(xml, "width", w);
        Attr(xml, "height", h);
        xml.WriteAttributeString("fill", fill);
        if (title != null) xml.WriteElementString("title", Svg, title);
        xml.WriteEndElement();
    }

    private static void Line(XmlWriter xml, double x1, double y1, double x2, double y2, string stroke)
    {
        xml.WriteStartElement("line", Svg);
        Attr(xml, "x1", x1);
        Attr(xml, "y1", y1);
        Attr(xml, "x2", x2);
        Attr(xml, "y2", y2);
        xml.WriteAttributeString("stroke", stroke);
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, double x, double y, string content, string anchor, string? size, string? transform)
    {
        xml.WriteStartElement("text", Svg);
        Attr(xml, "x", x);
        Attr(xml, "y", y);
        xml.WriteAttributeString("text-anchor", anchor);
        if (size != null) xml.WriteAttributeString("font-size", size);
        if (transform != null) xml.WriteAttributeString("transform", transform);
        xml.WriteString(content);
        xml.WriteEndElement();
    }

    private static void Attr(XmlWriter xml, string name, double value) => xml.WriteAttributeString(name, N(value));

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
