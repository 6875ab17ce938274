using Portal.Diagnostics;
using Scriban;
using Scriban.Runtime;

namespace Portal.Templates;

/// <summary>
/// Renders a page: its layout first, then <c>base.sbn</c> around it. Templates see <c>page</c> (a
/// <see cref="PageModel"/>), <c>view</c> (the layout's own model), <c>t</c> (the UI strings) and the function
/// <c>partial 'name'</c>. Every value written is HTML-encoded unless it is <see cref="TrustedHtml"/>.
/// </summary>
public sealed class TemplateRenderer(Theme theme)
{
    public string Render(PageModel page)
    {
        var content = RenderTemplate(Layout(page.Layout), page);
        return RenderTemplate(Layout("base"), page, new TrustedHtml(content));
    }

    private Template Layout(string name) =>
        theme.Layouts.TryGetValue(name, out var template)
            ? template
            : throw new ThemeException($"the theme has no layout '{name}'; add layouts/{name}.sbn");

    private string RenderTemplate(Template template, PageModel page, TrustedHtml? content = null)
    {
        var strings = theme.StringsFor(page.Language);
        var globals = new ScriptObject
        {
            ["page"] = page,
            ["view"] = page.View,
            ["content"] = content,
            ["t"] = strings.Texts,
        };
        var context = new EncodingTemplateContext { StrictVariables = false, LoopLimit = 0, RecursiveLimit = 50, LimitToString = 0 };
        globals.Import("partial", new Func<TemplateContext, string, TrustedHtml>(RenderPartial));
        globals.Import("tr", new Func<string, string>(strings.Get));
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            throw new ThemeException(ex.OriginalMessage, ex.Span.FileName, ex.Span.Start.Line + 1, ex.Span.Start.Column + 1);
        }
    }

    /// <summary>A partial is evaluated in the calling template's scope into an output of its own, and written as trusted HTML.</summary>
    private TrustedHtml RenderPartial(TemplateContext context, string name)
    {
        if (!theme.Partials.TryGetValue(name, out var partial))
        {
            throw new ThemeException($"the theme has no partial '{name}'; add partials/{name}.sbn");
        }

        var output = new StringBuilderOutput();
        context.PushOutput(output);
        try
        {
            context.Evaluate(partial.Page!);
        }
        finally
        {
            context.PopOutput();
        }

        return new TrustedHtml(output.ToString());
    }
}

/// <summary>A theme that cannot render a page: a missing layout or partial, or an error while rendering a template.</summary>
public sealed class ThemeException(string message, string? file = null, int line = 1, int column = 1) : Exception(message)
{
    /// <param name="themeDisplayPath">The theme folder as diagnostics show it, for errors that belong to no one template.</param>
    /// <param name="displayBase">The folder diagnostics' paths are relative to.</param>
    public Diagnostic ToDiagnostic(string themeDisplayPath, string displayBase) =>
        new(
            Severity.Error,
            DiagnosticCodes.Theme,
            Message,
            file is null
                ? SourceLocation.StartOf(themeDisplayPath)
                : new SourceLocation(Path.GetRelativePath(displayBase, file).Replace('\\', '/'), line, column));
}
