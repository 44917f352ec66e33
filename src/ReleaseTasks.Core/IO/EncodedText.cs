using System;
using System.Text;

namespace ReleaseTasks.IO;

/// <summary>
/// A text file's content together with how it was stored: UTF-8 with or without a byte order mark, or UTF-16
/// (little or big endian) with one. <see cref="Encode"/> of the unchanged text gives back the very bytes read, which
/// <see cref="TryDecode"/> checks before it accepts a file: anything else (Latin-1 bytes that are not UTF-8, UTF-16
/// without a byte order mark, a lone surrogate) is refused rather than rewritten lossily.
/// </summary>
public sealed class EncodedText
{
    private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

    private EncodedText(string text, Encoding encoding, byte[] preamble, string name)
    {
        Text = text;
        Encoding = encoding;
        Preamble = preamble;
        EncodingName = name;
    }

    public string Text { get; }
    public Encoding Encoding { get; }

    /// <summary>The byte order mark the file started with (empty when none).</summary>
    public byte[] Preamble { get; }

    /// <summary>"UTF-8", "UTF-8 with BOM", "UTF-16 LE with BOM", "UTF-16 BE with BOM".</summary>
    public string EncodingName { get; }

    /// <summary>The bytes of <paramref name="text"/> stored the way this file was.</summary>
    public byte[] Encode(string text)
    {
        var body = Encoding.GetBytes(text);
        var bytes = new byte[Preamble.Length + body.Length];
        Buffer.BlockCopy(Preamble, 0, bytes, 0, Preamble.Length);
        Buffer.BlockCopy(body, 0, bytes, Preamble.Length, body.Length);
        return bytes;
    }

    /// <summary>New files: UTF-8 without a byte order mark.</summary>
    public static EncodedText NewFile() => new(string.Empty, new UTF8Encoding(false, true), Array.Empty<byte>(), "UTF-8");

    /// <summary>Decodes <paramref name="bytes"/>, or says (in <paramref name="problem"/>) why they cannot be edited
    /// as text without changing a byte.</summary>
    public static EncodedText? TryDecode(byte[] bytes, out string? problem)
    {
        problem = null;
        EncodedText? decoded;
        if (StartsWith(bytes, Utf8Bom))
            decoded = Decode(bytes, Utf8Bom, new UTF8Encoding(false, true), "UTF-8 with BOM", out problem);
        else if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            decoded = Decode(bytes, new byte[] { 0xFF, 0xFE }, new UnicodeEncoding(false, false, true), "UTF-16 LE with BOM", out problem);
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            decoded = Decode(bytes, new byte[] { 0xFE, 0xFF }, new UnicodeEncoding(true, false, true), "UTF-16 BE with BOM", out problem);
        else if (Array.IndexOf(bytes, (byte)0) is var nul && nul >= 0)
        {
            // UTF-16 (or UTF-32) without a byte order mark, or binary: no way to know what a new line must look like.
            problem = $"a NUL byte at offset {nul}: the file is not UTF-8 text, and UTF-16 needs a byte order mark";
            decoded = null;
        }
        else
            decoded = Decode(bytes, Array.Empty<byte>(), new UTF8Encoding(false, true), "UTF-8", out problem);

        if (decoded != null && !Same(decoded.Encode(decoded.Text), bytes))
        {
            problem = $"its bytes do not read back the same as {decoded.EncodingName}";
            return null;
        }
        return decoded;
    }

    private static EncodedText? Decode(byte[] bytes, byte[] preamble, Encoding encoding, string name, out string? problem)
    {
        problem = null;
        try
        {
            var text = encoding.GetString(bytes, preamble.Length, bytes.Length - preamble.Length);
            return new EncodedText(text, encoding, preamble, name);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? $" at offset {preamble.Length + e.Index}" : "";
            var sample = e.BytesUnknown is { Length: > 0 } unknown ? " (" + BitConverter.ToString(unknown).Replace("-", " ") + ")" : "";
            problem = $"bytes that are not valid {name}{offset}{sample}";
            return null;
        }
    }

    private static bool StartsWith(byte[] bytes, byte[] prefix)
    {
        if (bytes.Length < prefix.Length) return false;
        for (var i = 0; i < prefix.Length; i++)
            if (bytes[i] != prefix[i]) return false;
        return true;
    }

    private static bool Same(byte[] a, byte[] b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
            if (a[i] != b[i]) return false;
        return true;
    }
}
