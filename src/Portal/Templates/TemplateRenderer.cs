using System.Collections.Concurrent;
using Portal.Templates.Compiled;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Templates;

/// <summary>
/// Renders a page: <c>base.sbn</c>, with the page's layout rendered where base writes <c>content</c>. Layouts see
/// <c>page</c> (a <see cref="PageModel"/>), <c>view</c> (the layout's own model), the function <c>tr 'key'</c> and
/// the theme's components, each a function taking named arguments. Variables are strict: a name or a member that
/// does not exist is an error at its line and column, never an empty string. Every value written is HTML-encoded
/// unless it is <see cref="TrustedHtml"/>.
/// Pages render from the theme compiled for their language (<see cref="TemplateCompiler"/>) when it compiles, which
/// gives what Scriban's interpreter gives without interpreting; a page the compiled form cannot finish (an error in
/// the theme, a value it does not model) is rendered again by the interpreter, which gives its output or its error.
/// </summary>
public sealed class TemplateRenderer(Theme theme, TemplateExecution execution = TemplateExecution.Compiled) : IComponentRenderer
{
    /// <summary>The one-line templates that call a component for <see cref="RenderComponent"/>, by component; parsed once.</summary>
    private readonly ConcurrentDictionary<string, Template> _calls = new(StringComparer.Ordinal);

    /// <summary>What every template of a language sees besides its page: the components and <c>tr</c>; made once, then only read.</summary>
    private readonly ConcurrentDictionary<string, ScriptObject> _languageGlobals = new(StringComparer.Ordinal);

    /// <summary>
    /// One context per rendering thread, reused page after page: a new context would build Scriban's built-in functions,
    /// its output buffer and its reflection over every view type again, which was about a third of what rendering
    /// allocated. A context in use is taken out of its slot, so a render nested in another gets a context of its own.
    /// </summary>
    private readonly ThreadLocal<EncodingTemplateContext?> _idleContexts = new(() => null);

    /// <summary>The layouts compiled for each language, or why they could not be; compiled once, then only read.</summary>
    private readonly ConcurrentDictionary<string, Lazy<(IReadOnlyDictionary<string, CompiledTemplate>? Layouts, string? Reason)>> _compiled = new(StringComparer.Ordinal);

    /// <summary>Pages the compiled form could not finish, rendered by the interpreter instead.</summary>
    private int _interpretedPages;

    public Theme Theme => theme;

    /// <summary>
    /// How the pages rendered so far ran, for <c>--timings</c>: compiled (with how many pages the interpreter finished),
    /// or interpreted and why. A theme author sees there when a template keeps the theme from compiling.
    /// </summary>
    public string Execution =>
        execution == TemplateExecution.Interpreted ? "interpreted, as asked"
        : _compiled.Values.Select(c => c.Value.Reason).FirstOrDefault(r => r is not null) is { } reason ? $"interpreted: {reason}"
        : Volatile.Read(ref _interpretedPages) is var fallbacks and > 0 ? $"compiled; {fallbacks} page(s) finished by the interpreter"
        : "compiled";

    /// <summary>The page as UTF-8: its layout, rendered where <c>base.sbn</c> writes <c>content</c>.</summary>
    public byte[] Render(PageModel page)
    {
        var (layouts, reason) = execution == TemplateExecution.Interpreted ? default : CompiledLayouts(page.Language);
        if (execution == TemplateExecution.CompiledOnly)
        {
            return RenderCompiled(page, layouts ?? throw new ThemeException($"the theme does not compile: {reason}"));
        }

        if (layouts is not null)
        {
            try
            {
                return RenderCompiled(page, layouts);
            }
            catch (Exception)
            {
                // Left to the interpreter, which renders the page as Scriban does or reports the theme's error.
                Interlocked.Increment(ref _interpretedPages);
            }
        }

        var globals = PageGlobals(page, compiledLayout: null);
        return RenderTemplate(Layout("base"), page.Language, globals, (template, context) => context.RenderUtf8(template));
    }

    private byte[] RenderCompiled(PageModel page, IReadOnlyDictionary<string, CompiledTemplate> layouts)
    {
        var globals = PageGlobals(page, layouts.GetValueOrDefault(page.Layout) ?? throw new InterpreterNeeded($"no layout '{page.Layout}'"));
        var body = layouts["base"];
        return RenderTemplate(Layout("base"), page.Language, globals, (_, context) =>
            context.RenderUtf8(() => body.Run(new RenderFrame(context, globals, body.SlotCount, depth: 0))));
    }

    /// <summary>What base sees: the page, and its layout as <c>content</c> with variables of its own.</summary>
    /// <param name="compiledLayout">The layout compiled, when the page renders so.</param>
    private ScriptObject PageGlobals(PageModel page, CompiledTemplate? compiledLayout)
    {
        var globals = Globals(page);
        globals["content"] = new LayoutContent(Layout(page.Layout), Globals(page), compiledLayout);
        return globals;
    }

    private (IReadOnlyDictionary<string, CompiledTemplate>? Layouts, string? Reason) CompiledLayouts(string language) =>
        _compiled.GetOrAdd(language, _ => new(() => TemplateCompiler.Compile(theme, theme.StringsFor(language), LanguageGlobals(language)))).Value;

    /// <summary>
    /// Renders one component outside a layout (a chart in a Markdown body), by the same call a layout makes; it sees
    /// its arguments and <c>tr</c>, but no <c>page</c>, which is not yet rendered.
    /// </summary>
    public TrustedHtml RenderComponent(string name, string language, IReadOnlyDictionary<string, object?> arguments)
    {
        var functionName = ThemeComponent.FunctionNameOf(name);
        if (!theme.Components.TryGetValue(functionName, out var component))
        {
            throw new ThemeException($"the theme has no component '{name}'; add components/{name}/{name}.sbn");
        }

        if (!component.Parameters.ToHashSet(StringComparer.Ordinal).SetEquals(arguments.Keys))
        {
            throw new ThemeException(
                $"the component '{name}' takes {string.Join(", ", component.Parameters.Select(p => p + ":"))}; the generator gives it {string.Join(", ", arguments.Keys.Select(k => k + ":"))}",
                component.DisplayPath);
        }

        var call = _calls.GetOrAdd(functionName, _ =>
            Template.Parse($"{{{{ {functionName} {string.Join(" ", component.Parameters.Select(p => $"{p}: arguments.{p}"))} }}}}", component.DisplayPath));
        var given = new ScriptObject();
        foreach (var (key, value) in arguments)
        {
            given[key] = value;
        }

        return new TrustedHtml(RenderTemplate(call, language, new ScriptObject { ["arguments"] = given }, AsString));
    }

    private Template Layout(string name) =>
        theme.Layouts.TryGetValue(name, out var template)
            ? template
            : throw new ThemeException($"the theme has no layout '{name}'; add layouts/{name}.sbn");

    private static ScriptObject Globals(PageModel page) => new() { ["page"] = page, ["view"] = page.View };

    /// <param name="globals">What the template reads besides the components and <c>tr</c>.</param>
    /// <param name="render">Renders the template in the context, as a string or as bytes.</param>
    private T RenderTemplate<T>(Template template, string language, ScriptObject globals, Func<Template, EncodingTemplateContext, T> render)
    {
        var context = _idleContexts.Value ?? NewContext();
        _idleContexts.Value = null;
        context.PushGlobal(LanguageGlobals(language));
        context.PushGlobal(globals);
        T html;
        try
        {
            html = render(template, context);
        }
        catch (ScriptRuntimeException ex) when (ex.InnerException is ThemeException inner)
        {
            throw inner; // the context is left as the error found it, so it is not used again
        }
        catch (ScriptRuntimeException ex)
        {
            throw new ThemeException(ex.OriginalMessage, ex.Span.FileName, ex.Span.Start.Line + 1, ex.Span.Start.Column + 1);
        }

        context.PopGlobal();
        context.PopGlobal();
        _idleContexts.Value = context;
        return html;
    }

    private static string AsString(Template template, EncodingTemplateContext context) => template.Render(context);

    private static EncodingTemplateContext NewContext() =>
        new(TemplateContext.GetDefaultBuiltinObject()) { StrictVariables = true, LoopLimit = 0, RecursiveLimit = 50, LimitToString = 0, TryGetMember = NoSuchMember };

    private ScriptObject LanguageGlobals(string language) =>
        _languageGlobals.GetOrAdd(language, _ =>
        {
            var strings = theme.StringsFor(language);
            var globals = new ScriptObject();
            foreach (var component in theme.Components.Values)
            {
                globals[component.FunctionName] = new ComponentCall(component.Function);
            }

            globals["tr"] = new UiStringFunction(strings);
            return globals;
        });

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
