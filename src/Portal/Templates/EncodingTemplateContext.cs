using System.Text.Encodings.Web;
using System.Text.Unicode;
using Portal.Templates.Compiled;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Templates;

/// <summary>
/// A Scriban context that HTML-encodes every value a template writes, except <see cref="TrustedHtml"/>.
/// Scriban writes values raw by default; this makes safe output the default, as Razor and Liquid do.
/// </summary>
/// <param name="builtins">Scriban's built-in functions, shared by the contexts of one thread.</param>
public sealed class EncodingTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Outputs that rendered something apart and were emptied, kept for the next: a component is called many times a page.</summary>
    private readonly Stack<StringBuilderOutput> _spareOutputs = new();

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject switch
        {
            TrustedHtml html => base.Write(span, html.Value),
            LayoutContent layout when IsUnindented && Output is Utf8Output => RenderInPlace(layout),
            LayoutContent { Compiled: not null } => throw new InterpreterNeeded("the layout written where base indents it"),
            LayoutContent layout => base.Write(span, RenderAsInclude(layout)),
            null => this,
            _ => base.Write(span, Encode(ObjectToString(textAsObject) ?? string.Empty)),
        };

    /// <summary>Text as every value a template writes is encoded.</summary>
    internal static string Encode(string text) => Encoder.Encode(text);

    /// <summary>
    /// Whether what is written now is written as it is, with no line's indentation to add: then rendering a template
    /// or a component where it stands gives what rendering it apart and writing the result here would.
    /// </summary>
    internal bool IsUnindented => string.IsNullOrEmpty(CurrentIndent);

    /// <summary>The page's layout, written straight into the page's bytes.</summary>
    private EncodingTemplateContext RenderInPlace(LayoutContent layout) =>
        WithGlobalsOf(layout, () =>
        {
            if (layout.Compiled is { } compiled)
            {
                compiled.Run(new RenderFrame(this, layout.Globals, compiled.SlotCount, depth: 0));
            }
            else
            {
                layout.Layout.Render(this);
            }

            return this;
        });

    /// <summary>
    /// The page's layout as a string, rendered as an include is (unindented, in an output of its own), for base to
    /// write as it writes any value: indented where base indents it.
    /// </summary>
    private string RenderAsInclude(LayoutContent layout) =>
        WithGlobalsOf(layout, () => RenderTemplate(layout.Layout, [], callerContext: null));

    /// <summary>
    /// Renders with the layout's own globals in place of base's, as it would render alone: neither sees the
    /// other's variables.
    /// </summary>
    private T WithGlobalsOf<T>(LayoutContent layout, Func<T> render)
    {
        var enclosing = PopGlobal();
        PushGlobal(layout.Globals);
        try
        {
            return render();
        }
        finally
        {
            PopGlobal();
            PushGlobal(enclosing);
        }
    }

    /// <summary>
    /// A value passed where anything may go (every parameter of a component) is passed as it is. Scriban would reach
    /// the same answer by reflection, trying enum, conversion and primitive rules in turn, on every argument of every
    /// call; values that convert themselves still do.
    /// </summary>
    public override object? ToObject(SourceSpan span, object? value, Type destinationType) =>
        destinationType == typeof(object) && value is not IScriptConvertibleTo ? value : base.ToObject(span, value, destinationType);

    /// <summary>The output of whole pages, kept from one page to the next.</summary>
    private readonly Utf8Output _page = new();

    /// <summary>A whole page rendered straight into UTF-8.</summary>
    public byte[] RenderUtf8(Template template) => RenderUtf8(() => template.Render(this));

    /// <summary>What <paramref name="render"/> writes, as a whole page's UTF-8.</summary>
    public byte[] RenderUtf8(Action render)
    {
        PushOutput(_page);
        try
        {
            render();
        }
        finally
        {
            PopOutput();
        }

        return _page.TakeBytes();
    }

    /// <summary>What <paramref name="render"/> writes, as a string of its own instead of in the current output.</summary>
    public string RenderApart(Action render) => RenderApart(static render => render(), render);

    /// <summary>
    /// What <paramref name="render"/> writes with <paramref name="state"/>, as a string of its own: a call that makes
    /// no closure, for what renders apart on every page.
    /// </summary>
    public string RenderApart<TState>(Action<TState> render, TState state)
    {
        var output = _spareOutputs.TryPop(out var spare) ? spare : new StringBuilderOutput();
        PushOutput(output);
        try
        {
            render(state);
        }
        finally
        {
            PopOutput();
        }

        var text = output.Builder.ToString();
        output.Builder.Clear();
        _spareOutputs.Push(output);
        return text;
    }
}
