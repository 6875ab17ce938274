using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Templates;

/// <summary>
/// The theme's <c>tr "key"</c>: a UI string in the page's language. A function of its own rather than an imported
/// delegate, which Scriban calls through <see cref="Delegate.DynamicInvoke"/> for every label of every page.
/// </summary>
internal sealed class UiStringFunction(UiStrings strings) : IScriptCustomFunction
{
    private static readonly ScriptParameterInfo Key = new(typeof(string), "key");

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => Key;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Translate(context.CurrentSpan, arguments[0]);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>A key built at run time that no language has; literal keys and keys one language lacks are reported when the theme loads.</summary>
    /// <param name="key">The key as the template gives it; anything but text is no key.</param>
    internal string Translate(SourceSpan span, object? key) => Translate(span, key as string ?? string.Empty);

    private string Translate(SourceSpan span, string key) =>
        strings.Texts.TryGetValue(key, out var text)
            ? text
            : throw new ThemeException(
                TemplateChecks.MissingString(key, strings.DisplayPath), span.FileName, span.Start.Line + 1, span.Start.Column + 1, DiagnosticCodes.MissingUiString);
}
