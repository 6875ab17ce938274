using System.Buffers;
using System.Text;

namespace Portal.Input;

/// <summary>Turns a file's bytes into text the rest of the pipeline can trust.</summary>
public static class TextDecoder
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>A file of pasted binary holds thousands; the first few say what is wrong.</summary>
    private const int MaxReported = 10;

    /// <summary>
    /// Decodes strict UTF-8. Invalid bytes are an error naming the byte offset (and its line), because a
    /// silently replaced character would end up on a published page.
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (FindInvalidByte(bytes) is { } invalid)
        {
            diagnostics.Error(
                DiagnosticCodes.InvalidEncoding,
                new SourceLocation(displayPath, invalid.Line, invalid.Column),
                $"the file is not valid UTF-8: byte 0x{invalid.Value:X2} at byte offset {invalid.Offset} cannot be decoded; save the file as UTF-8");
            return null;
        }

        var start = bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        var text = NormaliseLineEndings(Encoding.UTF8.GetString(bytes[start..]));
        return ReportControlCharacters(text, displayPath, diagnostics) ? null : text;
    }

    /// <summary>Each control character at its line and column (at most <see cref="MaxReported"/> a file); true when there is any.</summary>
    private static bool ReportControlCharacters(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var found = ControlCharacters.FindIn(text);
        if (found < 0)
        {
            return false;
        }

        var (line, lineStart, scanned, reported) = (1, 0, 0, 0);
        for (; found >= 0; found = ControlCharacters.FindIn(text, found + 1))
        {
            for (; scanned < found; scanned++)
            {
                if (text[scanned] == '\n')
                {
                    line++;
                    lineStart = scanned + 1;
                }
            }

            var at = new SourceLocation(displayPath, line, found - lineStart + 1);
            if (++reported > MaxReported)
            {
                var more = 1 + Enumerable.Range(found + 1, text.Length - found - 1).Count(i => ControlCharacters.IsForbidden(text[i]));
                diagnostics.Error(DiagnosticCodes.ControlCharacter, at, $"{more} more control character(s) from here on; remove them all (search the file for them, or paste the text again as plain text)");
                break;
            }

            diagnostics.Error(
                DiagnosticCodes.ControlCharacter,
                at,
                $"the text holds {ControlCharacters.Describe(text[found])}, which no page can show; remove it (such characters often come with text pasted from another program)");
        }

        return true;
    }

    /// <summary>
    /// The first byte after a BOM that is not valid UTF-8, or null. Its offset, line and column count from the file's
    /// first byte, BOM included, as a hex editor shows them.
    /// </summary>
    public static InvalidByte? FindInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        var invalid = FindInvalidUtf8(bytes[start..]);
        if (invalid < 0)
        {
            return null;
        }

        var offset = start + invalid;
        var line = 1 + bytes[..offset].Count((byte)'\n');
        var lineStart = bytes[..offset].LastIndexOf((byte)'\n') + 1;
        return new InvalidByte(offset, line, offset - lineStart + 1, bytes[offset]);
    }

    /// <summary>The offset of the first byte that is not valid UTF-8, or -1.</summary>
    public static int FindInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var position = 0;
        while (position < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[position..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                return position;
            }

            position += consumed;
        }

        return -1;
    }

    public static string NormaliseLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
}

/// <summary>A byte that is not UTF-8: where it is in the file (0-based offset, 1-based line and column) and its value.</summary>
public readonly record struct InvalidByte(int Offset, int Line, int Column, byte Value);
