using Portal.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Templates;

/// <summary>
/// Renders a page: its layout first, then <c>base.sbn</c> around it. Layouts see <c>page</c> (a
/// <see cref="PageModel"/>), <c>view</c> (the layout's own model), the function <c>tr 'key'</c> and the theme's
/// components, each a function taking named arguments. Variables are strict: a name or a member that does not
/// exist is an error at its line and column, never an empty string. Every value written is HTML-encoded unless it
/// is <see cref="TrustedHtml"/>.
/// </summary>
public sealed class TemplateRenderer(Theme theme)
{
    public string Render(PageModel page)
    {
        var content = RenderTemplate(Layout(page.Layout), page, null);
        return RenderTemplate(Layout("base"), page, new TrustedHtml(content));
    }

    private Template Layout(string name) =>
        theme.Layouts.TryGetValue(name, out var template)
            ? template
            : throw new ThemeException($"the theme has no layout '{name}'; add layouts/{name}.sbn");

    private string RenderTemplate(Template template, PageModel page, TrustedHtml? content)
    {
        var strings = theme.StringsFor(page.Language);
        var globals = new ScriptObject { ["page"] = page, ["view"] = page.View };
        if (content is not null)
        {
            globals["content"] = content;
        }

        foreach (var component in theme.Components.Values)
        {
            globals[component.FunctionName] = new ComponentCall(component.Function);
        }

        globals.Import("tr", new Func<TemplateContext, string, string>((context, key) => Translate(strings, context.CurrentSpan, key)));
        var context = new EncodingTemplateContext { StrictVariables = true, LoopLimit = 0, RecursiveLimit = 50, LimitToString = 0, TryGetMember = NoSuchMember };
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex) when (ex.InnerException is ThemeException inner)
        {
            throw inner;
        }
        catch (ScriptRuntimeException ex)
        {
            throw new ThemeException(ex.OriginalMessage, ex.Span.FileName, ex.Span.Start.Line + 1, ex.Span.Start.Column + 1);
        }
    }

    /// <summary>A key built at run time that no language has; literal keys and keys one language lacks are reported when the theme loads.</summary>
    private string Translate(UiStrings strings, SourceSpan span, string key) =>
        strings.Texts.TryGetValue(key, out var text)
            ? text
            : throw new ThemeException(
                TemplateChecks.MissingString(key, strings.DisplayPath), span.FileName, span.Start.Line + 1, span.Start.Column + 1, DiagnosticCodes.MissingUiString);

    private static bool NoSuchMember(TemplateContext context, SourceSpan span, object target, string member, out object value) =>
        throw new ScriptRuntimeException(span, $"{Describe(target)} has no member '{member}'");

    private static string Describe(object target) => target switch
    {
        ScriptObject => "the object",
        _ => $"a {target.GetType().Name}",
    };
}

/// <summary>A theme that cannot render a page: a missing layout, or an error while rendering a template.</summary>
/// <param name="file">The template as diagnostics show it, or null for an error of the theme as a whole.</param>
public sealed class ThemeException(string message, string? file = null, int line = 1, int column = 1, string code = DiagnosticCodes.Theme) : Exception(message)
{
    /// <param name="themeDisplayPath">The theme folder as diagnostics show it, for errors that belong to no one template.</param>
    public Diagnostic ToDiagnostic(string themeDisplayPath) =>
        new(Severity.Error, code, Message, file is null ? SourceLocation.StartOf(themeDisplayPath) : new SourceLocation(file, line, column));
}
