using System.Text;

namespace Portal.Input.Assets;

/// <summary>What a file's first bytes say it is (its "magic number"), as <c>file</c> would tell.</summary>
public static class FileSignatures
{
    public static bool IsPdf(ReadOnlySpan<byte> head) => head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    public static bool IsPng(ReadOnlySpan<byte> head) => head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    public static bool IsJpeg(ReadOnlySpan<byte> head) => head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]);

    public static bool IsGif(ReadOnlySpan<byte> head) => head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8);

    public static bool IsWebp(ReadOnlySpan<byte> head) => head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8);

    public static bool IsAvif(ReadOnlySpan<byte> head) => HasBrand(head, "avif") || HasBrand(head, "avis");

    public static bool IsHeic(ReadOnlySpan<byte> head) => HasBrand(head, "heic") || HasBrand(head, "heix") || HasBrand(head, "hevc") || HasBrand(head, "mif1");

    /// <summary>A ZIP archive: what .docx, .xlsx, .pptx and the OpenDocument files are inside.</summary>
    public static bool IsZip(ReadOnlySpan<byte> head) => head.StartsWith("PK\x03\x04"u8) || head.StartsWith("PK\x05\x06"u8);

    /// <summary>An OLE compound file: the older Office formats (.doc, .xls, .ppt).</summary>
    public static bool IsOle(ReadOnlySpan<byte> head) => head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    /// <summary>Text has no NUL byte; binary nearly always has one early.</summary>
    public static bool IsText(ReadOnlySpan<byte> head) => head.IndexOf((byte)0) < 0;

    public static bool IsHtml(ReadOnlySpan<byte> head)
    {
        var start = TextStart(head);
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<script", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<body", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<iframe", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsXml(ReadOnlySpan<byte> head) => TextStart(head).StartsWith('<');

    /// <summary>What the bytes look like, for a message about a file whose name says otherwise; null when unknown.</summary>
    public static string? Describe(ReadOnlySpan<byte> head) => head switch
    {
        { Length: 0 } => "an empty file",
        _ when IsPdf(head) => "a PDF document",
        _ when IsPng(head) => "a PNG image",
        _ when IsJpeg(head) => "a JPEG image",
        _ when IsGif(head) => "a GIF image",
        _ when IsWebp(head) => "a WebP image",
        _ when IsAvif(head) => "an AVIF image",
        _ when IsHeic(head) => "a HEIC photo (as phones save them)",
        _ when IsOle(head) => "an older Office file (.doc, .xls or .ppt)",
        _ when IsZip(head) => "a ZIP archive",
        _ when IsHtml(head) => "an HTML page",
        _ when IsXml(head) => "an XML or SVG file",
        _ => null,
    };

    /// <summary>ISO base media (HEIF, AVIF): an 'ftyp' box whose major or compatible brands include <paramref name="brand"/>.</summary>
    private static bool HasBrand(ReadOnlySpan<byte> head, string brand)
    {
        if (head.Length < 16 || !head[4..8].SequenceEqual("ftyp"u8))
        {
            return false;
        }

        var boxLength = Math.Min(head.Length, (head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3]);
        var wanted = Encoding.ASCII.GetBytes(brand);
        for (var i = 8; i + 4 <= boxLength; i += 4)
        {
            if (i != 12 && head.Slice(i, 4).SequenceEqual(wanted))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first characters of a text file, after a BOM and white space.</summary>
    private static string TextStart(ReadOnlySpan<byte> head) =>
        Encoding.UTF8.GetString(head[..Math.Min(head.Length, 64)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
}
