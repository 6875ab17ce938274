using System.Text.Encodings.Web;
using System.Text.Unicode;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Portal.Templates;

/// <summary>
/// A Scriban context that HTML-encodes every value a template writes, except <see cref="TrustedHtml"/>.
/// Scriban writes values raw by default; this makes safe output the default, as Razor and Liquid do.
/// </summary>
/// <param name="builtins">Scriban's built-in functions, shared by the contexts of one thread.</param>
public sealed class EncodingTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject switch
        {
            TrustedHtml html => base.Write(span, html.Value),
            null => this,
            _ => base.Write(span, Encoder.Encode(ObjectToString(textAsObject) ?? string.Empty)),
        };
}
