using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ReleaseTasks.ReleaseNotes;

/// <summary>
/// Writes the release notes model (dictionaries, lists, strings, numbers, booleans) as indented JSON. A few lines
/// of our own instead of System.Text.Json, which the .NET Framework build of the tasks would have to ship.
/// </summary>
public static class JsonText
{
    public static string Write(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value, 0);
        sb.Append('\n');
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value, int indent)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case string s: String(sb, s); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: sb.Append(double.IsNaN(d) || double.IsInfinity(d) ? "null" : d.ToString("R", CultureInfo.InvariantCulture)); break;
            case IDictionary<string, object?> map:
                if (map.Count == 0) { sb.Append("{}"); break; }
                sb.Append("{\n");
                var first = true;
                foreach (var pair in map)
                {
                    if (!first) sb.Append(",\n");
                    first = false;
                    sb.Append(' ', (indent + 1) * 2);
                    String(sb, pair.Key);
                    sb.Append(": ");
                    Write(sb, pair.Value, indent + 1);
                }
                sb.Append('\n').Append(' ', indent * 2).Append('}');
                break;
            case IEnumerable list:
                var items = new List<object?>();
                foreach (var item in list) items.Add(item);
                if (items.Count == 0) { sb.Append("[]"); break; }
                sb.Append("[\n");
                for (var k = 0; k < items.Count; k++)
                {
                    if (k > 0) sb.Append(",\n");
                    sb.Append(' ', (indent + 1) * 2);
                    Write(sb, items[k], indent + 1);
                }
                sb.Append('\n').Append(' ', indent * 2).Append(']');
                break;
            default: throw new ArgumentException("Unsupported JSON value: " + value.GetType());
        }
    }

    private static void String(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
