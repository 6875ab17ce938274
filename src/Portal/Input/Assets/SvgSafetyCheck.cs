using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Portal.Input.Assets;

/// <summary>
/// Decides whether an SVG from assets/ may be published. The site serves assets from its own origin, and an SVG opened
/// directly runs its script there, so an SVG is published only if it is a safe subset: no script, no event attributes,
/// no HTML, no references outside the file (see <see cref="SvgAllowlist"/>). An unsafe file is refused, not cleaned:
/// the editor learns what is wrong, and the file is then copied byte for byte. So the check reads the bytes as a
/// browser would: UTF-8 only, no DTD beyond a plain DOCTYPE line, no entities but XML's five.
/// </summary>
public static partial class SvgSafetyCheck
{
    /// <summary>Problems reported per file; a closing line counts the rest, which are usually the same mistake again.</summary>
    public const int MaxReported = 20;

    /// <summary>A bound on what the parser reads, far above any drawing, so a hostile file cannot exhaust memory.</summary>
    public const int MaxCharacters = 32 * 1024 * 1024;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Every reason the SVG is unsafe or unreadable, as errors PT0043 at the line and column (1-based) of the element,
    /// attribute or text; empty when the file may be published.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(ReadOnlySpan<byte> bytes, string displayPath)
    {
        var findings = new Findings(displayPath);
        if (Decode(bytes, findings) is { } text)
        {
            using var reader = XmlReader.Create(new StringReader(text), ReaderSettings());
            new Walk(text, reader, findings).Run();
        }

        return findings.ToList();
    }

    /// <summary>
    /// The file's text, or null after reporting why it is not UTF-8 text. Only UTF-8 is accepted, because every browser
    /// reads UTF-8 bytes the same way whatever the server says; UTF-16, or a declared legacy encoding, could be read
    /// differently from what this check saw.
    /// </summary>
    private static string? Decode(ReadOnlySpan<byte> bytes, Findings findings)
    {
        if (bytes.IsEmpty || bytes.SequenceEqual(Utf8Bom))
        {
            findings.Add(1, 1, "the SVG file is empty; export the image again, or remove the file");
            return null;
        }

        if (OtherFormat(bytes) is { } other)
        {
            findings.Add(1, 1, other);
            return null;
        }

        if (WideEncoding(bytes) is { } encoding)
        {
            findings.Add(1, 1, $"the SVG is saved as {encoding}, not UTF-8; save it as UTF-8 (an option when saving in the drawing program or a text editor)");
            return null;
        }

        if (TextDecoder.FindInvalidByte(bytes) is { } invalid)
        {
            findings.Add(invalid.Line, invalid.Column,
                $"the SVG is not valid UTF-8: byte 0x{invalid.Value:X2} at byte offset {invalid.Offset} cannot be decoded; save the file as UTF-8");
            return null;
        }

        var start = bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        // A character takes at least one byte, so only a file of more bytes than the bound can have too many characters.
        var body = bytes[start..];
        if (body.Length > MaxCharacters && Encoding.UTF8.GetCharCount(body) is var count && count > MaxCharacters)
        {
            findings.Add(1, 1, string.Create(CultureInfo.InvariantCulture,
                $"the SVG has {count} characters, more than the {MaxCharacters} an SVG may have; simplify the image, or publish it as PNG"));
            return null;
        }

        return Encoding.UTF8.GetString(body);
    }

    /// <summary>A clear word for the usual mistake: another kind of file renamed .svg, or a compressed .svgz.</summary>
    private static string? OtherFormat(ReadOnlySpan<byte> bytes)
    {
        (string Kind, string Extension)? format =
            bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) ? ("a PNG image", ".png")
            : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? ("a JPEG image", ".jpg")
            : bytes.StartsWith("GIF8"u8) ? ("a GIF image", ".gif")
            : bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8) ? ("a WebP image", ".webp")
            : bytes.StartsWith("%PDF-"u8) ? ("a PDF document", ".pdf")
            : null;
        if (format is var (kind, extension))
        {
            return $"the file is {kind}, not an SVG image; give it the extension {extension}";
        }

        return bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])
            ? "the file is compressed (gzip, as a .svgz is), not a plain SVG image; save it as plain, uncompressed SVG"
            : null;
    }

    /// <summary>UTF-16 or UTF-32, known by a byte order mark or by the zero bytes around a first '&lt;'.</summary>
    private static string? WideEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])
            || bytes.StartsWith((ReadOnlySpan<byte>)[(byte)'<', 0, 0, 0]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0, (byte)'<']))
        {
            return "UTF-32";
        }

        return bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || bytes.StartsWith((ReadOnlySpan<byte>)[(byte)'<', 0]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, (byte)'<'])
            ? "UTF-16"
            : null;
    }

    [GeneratedRegex(@"\s*Line \d+, position \d+\.$")]
    private static partial Regex ExceptionPosition();

    /// <summary>
    /// The reader resolves nothing outside the file, parses a DOCTYPE only so that an internal subset can be seen and
    /// refused before anything it declares is used, and stops expanding entities long before memory runs short.
    /// </summary>
    private static XmlReaderSettings ReaderSettings() => new()
    {
        DtdProcessing = DtdProcessing.Parse,
        XmlResolver = null,
        MaxCharactersFromEntities = 4096,
        MaxCharactersInDocument = MaxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = false,
        IgnoreWhitespace = false,
        CheckCharacters = true,
        ValidationType = ValidationType.None,
    };

    /// <summary>One pass of the reader over the text, reporting as it goes.</summary>
    private sealed class Walk(string text, XmlReader reader, Findings findings)
    {
        private readonly IXmlLineInfo _position = (IXmlLineInfo)reader;
        private LineMap? _lines;
        private bool _sawRoot;
        private int _metadataDepth = -1;
        private int _styleDepth = -1;
        private string _styleName = "style";
        private readonly StringBuilder _style = new();
        private readonly List<(int Index, int Line, int Column)> _styleParts = [];

        public void Run()
        {
            try
            {
                while (reader.Read() && Visit())
                {
                }
            }
            catch (XmlException e)
            {
                NotWellFormed(e);
            }
        }

        /// <summary>Checks the node the reader is on; false when the rest of the file cannot be read as it is meant.</summary>
        private bool Visit()
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.XmlDeclaration:
                    CheckDeclaration();
                    return true;
                case XmlNodeType.DocumentType:
                    return CheckDocumentType();
                case XmlNodeType.ProcessingInstruction:
                    CheckProcessingInstruction();
                    return true;
                case XmlNodeType.Element:
                    return CheckElement();
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    CollectStyle();
                    return true;
                case XmlNodeType.EndElement:
                    EndElement();
                    return true;
                default:
                    return true;
            }
        }

        /// <summary>The text is read as UTF-8 whatever it declares; a browser would believe the declaration.</summary>
        private void CheckDeclaration()
        {
            if (reader.MoveToAttribute("encoding")
                && !reader.Value.Trim().Equals("utf-8", StringComparison.OrdinalIgnoreCase)
                && !reader.Value.Trim().Equals("utf8", StringComparison.OrdinalIgnoreCase))
            {
                Add($"the SVG declares encoding=\"{SvgReferences.Show(reader.Value)}\", but an SVG must be UTF-8; save the file as UTF-8, and write encoding=\"UTF-8\" in its first line");
            }

            reader.MoveToElement();
        }

        /// <summary>
        /// A DOCTYPE line as old Illustrator and Inkscape write it is harmless: browsers never load the DTD. An internal
        /// subset is refused, and reading stops there, because what it declares (entities, default attributes such as
        /// an onload) would change the meaning of everything after it.
        /// </summary>
        private bool CheckDocumentType()
        {
            var (line, column) = (_position.LineNumber, _position.LinePosition);
            var lines = _lines ??= new LineMap(text);
            var start = text.LastIndexOf("<!DOCTYPE", lines.Offset(line, column), StringComparison.Ordinal);
            if (start >= 0)
            {
                (line, column) = lines.Position(start);
            }

            if (!string.IsNullOrWhiteSpace(reader.Value))
            {
                findings.Add(line, column, "the SVG's DOCTYPE has an internal subset (the part in [ ]), which can declare entities and attributes of its own; remove that part, or export the image again as plain SVG");
                return false;
            }

            // Browsers do not load a DTD from w3.org; one from anywhere else, the site itself included, is not trusted.
            if (reader.GetAttribute("SYSTEM") is { } system
                && !system.StartsWith("http://www.w3.org/", StringComparison.Ordinal)
                && !system.StartsWith("https://www.w3.org/", StringComparison.Ordinal))
            {
                findings.Add(line, column, $"the SVG's DOCTYPE refers to the DTD '{SvgReferences.Show(system)}', which a browser might load; remove the DOCTYPE line");
            }

            return true;
        }

        /// <summary>No processing instruction has a use in a published SVG, and xml-stylesheet loads a stylesheet.</summary>
        private void CheckProcessingInstruction()
        {
            var name = reader.Name;
            Add(-2, name.Equals("xml-stylesheet", StringComparison.OrdinalIgnoreCase)
                ? "the SVG has an <?xml-stylesheet?> instruction, which loads a stylesheet from elsewhere; remove it, and put the styles in a <style> element instead"
                : $"the SVG has a processing instruction <?{name}?>, which an SVG image may not contain; remove it");
        }

        private bool CheckElement()
        {
            var ns = reader.NamespaceURI;
            var local = reader.LocalName;
            var name = reader.Name;
            var depth = reader.Depth;
            if (!_sawRoot)
            {
                _sawRoot = true;
                if (ns != SvgAllowlist.Svg || local != "svg")
                {
                    // Everything below a root that is not SVG's would be reported again; one line says it all.
                    Add(-1, ns.Length == 0 && local == "svg"
                        ? $"the root element <{name}> has no namespace, so browsers do not show it as an image; add xmlns=\"{SvgAllowlist.Svg}\" to it"
                        : $"the file is not an SVG image: its root element is <{name}>, not <svg> in the SVG namespace; export the image again as SVG");
                    return false;
                }
            }

            if (_styleDepth >= 0 && depth == _styleDepth + 1)
            {
                Add(-1, $"the <{_styleName}> element contains an element <{name}>; a <style> may contain only CSS: remove the element");
            }

            if (ElementProblem(ns, local, name) is { } problem)
            {
                Add(-1, problem);
            }

            var empty = reader.IsEmptyElement;
            CheckAttributes(ns, local, name);
            if (!empty && ns == SvgAllowlist.Svg)
            {
                if (local == "metadata" && _metadataDepth < 0)
                {
                    _metadataDepth = depth;
                }
                else if (local == "style" && _styleDepth < 0)
                {
                    _styleDepth = depth;
                    _styleName = name;
                    _style.Clear();
                    _styleParts.Clear();
                }
            }

            return true;
        }

        private string? ElementProblem(string ns, string local, string name)
        {
            const string Again = "export the image again as plain SVG (or as PNG)";
            return ns switch
            {
                SvgAllowlist.Svg when SvgAllowlist.Elements.Contains(local) => null,
                SvgAllowlist.Svg or SvgAllowlist.Xhtml when local == "script" =>
                    $"the SVG has a <{name}> element; SVG images may not contain script: remove it, or {Again}",
                SvgAllowlist.Xhtml =>
                    $"the SVG has an HTML element <{name}>; HTML inside an SVG image can run script and load pages: remove it, or {Again}",
                SvgAllowlist.Svg when local == "foreignObject" =>
                    $"the SVG has a <{name}> element, which embeds HTML that can run script and load pages; remove it, or export the image again with its text as SVG text (or as PNG)",
                SvgAllowlist.Svg when local is "handler" or "listener" =>
                    $"the SVG has a <{name}> element; SVG images may not contain event handlers: remove it, or {Again}",
                SvgAllowlist.Svg when local is "iframe" or "embed" or "object" =>
                    $"the SVG has an <{name}> element; SVG images may not embed other documents: remove it, or {Again}",
                SvgAllowlist.Svg =>
                    $"the SVG has a <{name}> element, which is not among the elements an SVG image may use; remove it, or {Again}",
                _ when SvgAllowlist.IsEditorNamespace(ns) => null,
                _ when SvgAllowlist.IsMetadataNamespace(ns) => _metadataDepth >= 0
                    ? null
                    : $"the SVG has an element <{name}> outside <metadata>; RDF, Dublin Core and Creative Commons data belong inside <metadata>: move it there, or remove it",
                "" => $"the SVG has an element <{name}> with no namespace, which an SVG image may not use; remove it, or {Again}",
                _ => $"the SVG has an element <{name}> in the namespace {ns}, which an SVG image may not use; remove it, or {Again}",
            };
        }

        private void CheckAttributes(string elementNs, string element, string elementName)
        {
            var animation = elementNs == SvgAllowlist.Svg && SvgAllowlist.Animations.Contains(element);
            while (reader.MoveToNextAttribute())
            {
                var ns = reader.NamespaceURI;
                var local = reader.LocalName;
                var name = reader.Name;
                if (ns == SvgAllowlist.Xmlns)
                {
                    // A namespace declaration names a namespace; nothing is loaded from it.
                    continue;
                }

                var value = reader.Value;

                if (local.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    Add($"the SVG has an event attribute {name} on <{elementName}>; SVG images may not contain script: remove the attribute, or export the image again as plain SVG (or as PNG)");
                    continue;
                }

                if (ns == SvgAllowlist.Xml && local == "base")
                {
                    Add($"the SVG has an xml:base attribute on <{elementName}>, which changes where the image's references point; remove it");
                    continue;
                }

                var allowed = ns switch
                {
                    "" => true,
                    SvgAllowlist.XLink => SvgAllowlist.XLinkAttributes.Contains(local),
                    SvgAllowlist.Xml => SvgAllowlist.XmlAttributes.Contains(local),
                    _ => SvgAllowlist.IsAttributeNamespace(ns),
                };
                if (!allowed)
                {
                    Add($"the SVG has an attribute {name} (namespace {ns}) on <{elementName}>, which an SVG image may not use; remove it, or export the image again as plain SVG");
                    continue;
                }

                if (local == "href" && ns is "" or SvgAllowlist.XLink)
                {
                    CheckReference(elementNs, element, elementName, name, value);
                    continue;
                }

                if (ns.Length == 0 && local == "ping")
                {
                    Add($"the attribute ping on <{elementName}> sends a request elsewhere when the link is followed; remove it");
                    continue;
                }

                if (animation && ns.Length == 0 && local == "attributeName" && IsLinkOrEvent(value))
                {
                    Add($"<{elementName}> animates the attribute '{SvgReferences.Show(value)}'; animating a link or an event attribute can run script: remove the animation");
                    continue;
                }

                var stylesheet = ns.Length == 0 && local == "style";
                foreach (var problem in SvgCss.Find(value, stylesheet))
                {
                    Add(stylesheet
                        ? $"the style attribute of <{elementName}> {problem.What}"
                        : $"the attribute {name} of <{elementName}> {problem.What}");
                }
            }

            reader.MoveToElement();
        }

        /// <summary>
        /// A link (&lt;a&gt;) may go where the site's links may go; a picture (&lt;image&gt;, &lt;feImage&gt;) must be
        /// embedded or be an element of the file; every other reference (use, gradients, patterns, filters, textPath,
        /// mpath, animations) must stay in the file.
        /// </summary>
        private void CheckReference(string elementNs, string element, string elementName, string name, string value)
        {
            if (elementNs == SvgAllowlist.Svg && element == "a")
            {
                if (SvgReferences.UnsafeLinkScheme(value) is { } scheme)
                {
                    Add($"the link {name} of <{elementName}> is a {scheme}: address; links in an SVG image may only be http:, https:, mailto:, tel: or relative addresses: change or remove the link");
                }
            }
            else if (elementNs == SvgAllowlist.Svg && element is "image" or "feImage")
            {
                if (!SvgReferences.IsLocal(value) && !SvgReferences.IsEmbeddedPicture(value))
                {
                    Add($"the {name} of <{elementName}> refers to '{SvgReferences.Show(value)}', which is not a PNG, JPEG, GIF, WebP or AVIF picture embedded in base64; an SVG image may not load anything from elsewhere: embed the picture in the drawing program, or remove it");
                }
            }
            else if (!SvgReferences.IsLocal(value))
            {
                Add($"the {name} of <{elementName}> refers to '{SvgReferences.Show(value)}', outside this file; <{elementName}> may only refer to an element in the same file ('#id'): copy what it refers to into the SVG, or remove the reference");
            }
        }

        /// <summary>href, xlink:href (any prefix) and on* in any case; a browser compares exactly, this is stricter.</summary>
        private static bool IsLinkOrEvent(string attributeName)
        {
            var trimmed = attributeName.Trim();
            var local = trimmed[(trimmed.LastIndexOf(':') + 1)..];
            return local.Equals("href", StringComparison.OrdinalIgnoreCase) || local.StartsWith("on", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// The CSS of a &lt;style&gt; is all its text and CDATA joined, as a browser joins it (an XML comment in the
        /// middle of "@import" does not hide it); each part keeps its position so a problem is reported where it is
        /// (a character reference earlier on the same line moves the column by a few characters).
        /// </summary>
        private void CollectStyle()
        {
            if (_styleDepth >= 0 && reader.Depth == _styleDepth + 1)
            {
                _styleParts.Add((_style.Length, _position.LineNumber, _position.LinePosition));
                _style.Append(reader.Value);
            }
        }

        private void EndElement()
        {
            var depth = reader.Depth;
            if (depth == _metadataDepth)
            {
                _metadataDepth = -1;
            }

            if (depth != _styleDepth)
            {
                return;
            }

            _styleDepth = -1;
            var css = _style.ToString();
            foreach (var problem in SvgCss.Find(css, stylesheet: true))
            {
                var (line, column) = StylePosition(css, problem.Index);
                findings.Add(line, column, $"the CSS in <{_styleName}> {problem.What}");
            }
        }

        private (int Line, int Column) StylePosition(string css, int index)
        {
            var part = _styleParts.FindLastIndex(p => p.Index <= index);
            var (start, line, column) = _styleParts[part];
            for (var i = start; i < index; i++)
            {
                (line, column) = css[i] == '\n' ? (line + 1, 1) : (line, column + 1);
            }

            return (line, column);
        }

        /// <summary>
        /// The parser's own words, at its position: an editor's broken export gets a message, not a crash. An undeclared
        /// entity (&amp;nbsp; from HTML, say) gets a message of its own, since the fix is simple.
        /// </summary>
        private void NotWellFormed(XmlException e)
        {
            var (line, column) = (Math.Max(e.LineNumber, 1), Math.Max(e.LinePosition, 1));
            if (EntityAt(line, column) is { } entity)
            {
                findings.Add(line, column - 1, $"the SVG uses the entity &{entity};, which is not defined in SVG; write the character itself, or a numeric reference such as &#160;");
                return;
            }

            var reason = ExceptionPosition().Replace(e.Message, string.Empty).TrimEnd('.');
            findings.Add(line, column, $"the SVG is not well-formed XML: {reason}; export the image again, or correct the file at this place");
        }

        /// <summary>The name of the entity reference whose name starts at the position, if one does.</summary>
        private string? EntityAt(int line, int column)
        {
            var at = (_lines ??= new LineMap(text)).Offset(line, column);
            if (at < 1 || at >= text.Length || text[at - 1] != '&')
            {
                return null;
            }

            var end = at;
            while (end < text.Length && end - at < 100 && XmlConvert.IsNCNameChar(text[end]))
            {
                end++;
            }

            return end > at && end < text.Length && text[end] == ';' ? text[at..end] : null;
        }

        /// <summary>Reports at the node the reader is on; elements and instructions at their '&lt;', not at their name.</summary>
        private void Add(int columnShift, string message) =>
            findings.Add(_position.LineNumber, Math.Max(_position.LinePosition + columnShift, 1), message);

        private void Add(string message) => Add(0, message);
    }

    /// <summary>Line starts of the text, counted as XmlReader counts lines: CR LF, CR and LF each end one.</summary>
    private sealed class LineMap
    {
        private readonly List<int> _starts = [0];

        public LineMap(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (text[i] is '\r' or '\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public int Offset(int line, int column) => _starts[Math.Clamp(line - 1, 0, _starts.Count - 1)] + column - 1;

        public (int Line, int Column) Position(int offset)
        {
            var found = _starts.BinarySearch(offset);
            var line = found >= 0 ? found : ~found - 1;
            return (line + 1, offset - _starts[line] + 1);
        }
    }

    /// <summary>The first <see cref="MaxReported"/> problems in the order of the file, then a line counting the rest.</summary>
    private sealed class Findings(string path)
    {
        private readonly List<Diagnostic> _shown = [];
        private int _more;
        private SourceLocation? _firstMore;

        public void Add(int line, int column, string message)
        {
            var at = new SourceLocation(path, line, column);
            if (_shown.Count < MaxReported)
            {
                _shown.Add(new Diagnostic(Severity.Error, DiagnosticCodes.UnsafeSvg, message, at));
                return;
            }

            _more++;
            _firstMore ??= at;
        }

        public IReadOnlyList<Diagnostic> ToList()
        {
            var sorted = _shown.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ToList();
            if (_more > 0)
            {
                sorted.Add(new Diagnostic(Severity.Error, DiagnosticCodes.UnsafeSvg,
                    $"… and {_more} more {(_more == 1 ? "problem" : "problems")} in this SVG, not shown", _firstMore!));
            }

            return sorted;
        }
    }
}
