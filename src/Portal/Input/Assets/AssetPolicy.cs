namespace Portal.Input.Assets;

/// <summary>
/// What may be published from <c>assets/</c>: the documents and images municipalities publish, each checked by its
/// first bytes. Everything else is refused by name, because the site is served from the municipality's own address:
/// an HTML page or a script there would run as the site itself, and a Content-Security-Policy of <c>'self'</c> lets it.
/// SVG is an image that can hold script, so it is published only as the safe subset <see cref="SvgSafetyCheck"/> allows.
/// </summary>
public static class AssetPolicy
{
    /// <summary>How many first bytes the checks read.</summary>
    public const int HeadLength = 4096;

    public static readonly IReadOnlyList<AssetType> Types =
    [
        new("a PDF document", ["pdf"], FileSignatures.IsPdf),
        new("an Office or OpenDocument file", ["docx", "xlsx", "pptx", "odt", "ods", "odp"], FileSignatures.IsZip),
        new("a text file", ["csv", "txt"], FileSignatures.IsText),
        new("a PNG image", ["png"], FileSignatures.IsPng),
        new("a JPEG image", ["jpg", "jpeg"], FileSignatures.IsJpeg),
        new("a GIF image", ["gif"], FileSignatures.IsGif),
        new("a WebP image", ["webp"], FileSignatures.IsWebp),
        new("an AVIF image", ["avif"], FileSignatures.IsAvif),
        // Read whole by SvgSafetyCheck, which names what else the bytes are (a PNG, a .svgz, UTF-16) more exactly.
        new("an SVG image", ["svg"], _ => true),
    ];

    public static string AllowedList => string.Join(", ", Types.SelectMany(t => t.Extensions));

    /// <summary>The type of a file name's extension (any case), or null when such files are not published.</summary>
    public static AssetType? TypeOf(string relativePath)
    {
        var extension = Path.GetExtension(relativePath).TrimStart('.').ToLowerInvariant();
        return Types.FirstOrDefault(t => t.Extensions.Contains(extension));
    }

    public static bool IsSvg(string relativePath) => TypeOf(relativePath)?.Extensions[0] == "svg";

    /// <summary>The problem with publishing this file, if any: its type, its size, or bytes that are not what its name says.</summary>
    public static Diagnostic? Check(string relativePath, long length, ReadOnlySpan<byte> head, ContentLimits limits, string displayPath)
    {
        var at = SourceLocation.StartOf(displayPath);
        var extension = Path.GetExtension(relativePath).TrimStart('.').ToLowerInvariant();
        if (TypeOf(relativePath) is not { } type)
        {
            return new Diagnostic(Severity.Error, DiagnosticCodes.AssetType, $"{Refusal(extension)}; assets/ publishes only {AllowedList}", at);
        }

        if (length > limits.AssetFileSize)
        {
            return FileProblems.TooLarge(displayPath, length, limits.AssetFileSize, "limits.assetFileSize");
        }

        if (!type.Matches(head))
        {
            var actual = FileSignatures.Describe(head);
            var hint = FileSignatures.IsHeic(head) ? "save it again as JPEG" : $"save it again as .{extension}, or name it by what it is";
            return new Diagnostic(
                Severity.Error,
                DiagnosticCodes.AssetType,
                $"the file is named .{extension} but is not {type.Name}{(actual is null ? string.Empty : $": it is {actual}")}; {hint}",
                at);
        }

        return null;
    }

    /// <summary>Why a kind of file is refused, and what to do instead.</summary>
    private static string Refusal(string extension) => extension switch
    {
        "" => "a file without an extension cannot be published: its type is unknown; name it by what it is (.pdf, .png …)",
        "html" or "htm" or "xhtml" or "shtml" or "php" or "asp" or "aspx" or "jsp" =>
            $"'.{extension}' files cannot be published from assets/: a web page there would run as part of the site; write it as a page in pages/ instead",
        "js" or "mjs" or "cjs" or "css" or "wasm" or "swf" or "xml" or "xsl" or "xslt" or "svgz" or "json" or "map" =>
            $"'.{extension}' files cannot be published from assets/: a script, style sheet or data file there would act as part of the site; the theme holds the site's own",
        "doc" or "xls" or "ppt" or "rtf" or "wpd" =>
            $"'.{extension}' files cannot be published from assets/: older Office formats can carry macros; save it as .docx, .xlsx, .pptx or PDF",
        "heic" or "heif" or "tif" or "tiff" or "bmp" or "psd" or "raw" or "cr2" or "nef" =>
            $"'.{extension}' images cannot be published from assets/: browsers cannot show them; save it as JPEG or PNG",
        "exe" or "msi" or "dmg" or "app" or "bat" or "cmd" or "sh" or "ps1" or "vbs" or "jar" or "apk" or "com" or "scr" =>
            $"'.{extension}' files cannot be published from assets/: a program is never published on the site",
        "zip" or "7z" or "rar" or "tar" or "gz" or "tgz" or "bz2" or "xz" =>
            $"'.{extension}' files cannot be published from assets/: an archive may hold anything; publish its files one by one",
        _ => $"'.{extension}' files cannot be published from assets/",
    };
}
