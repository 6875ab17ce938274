using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Templates;

/// <summary>
/// A component: <c>components/&lt;name&gt;/&lt;name&gt;.sbn</c> holds one function named after its folder
/// (<c>relationship-table</c> → <c>relationship_table</c>) whose parameters are all it may read, besides
/// <c>page</c>, <c>tr</c> and other components. Templates call it with named arguments:
/// <c>{{ relationship_table rows: g.relationships show_municipality: false show_country: true }}</c>.
/// </summary>
public sealed record ThemeComponent(string Name, string DisplayPath, ScriptFunction Function, IReadOnlyList<string> Parameters)
{
    public string FunctionName => FunctionNameOf(Name);

    public static string FunctionNameOf(string folder) => folder.Replace('-', '_');
}

/// <summary>
/// Calls a component as the theme's partials were called: its output is rendered apart and written back as
/// <see cref="TrustedHtml"/>, so the calling line's indentation applies to it as to any other value. A call that is
/// a statement of its own where nothing is indented (most are: a link or a status inside a table cell) writes where
/// it stands instead, which is what writing its output there would give, without a string for every call.
/// </summary>
internal sealed class ComponentCall(ScriptFunction function) : IScriptCustomFunction
{
    public int RequiredParameterCount => function.RequiredParameterCount;

    public int ParameterCount => function.ParameterCount;

    public ScriptVarParamKind VarParamKind => function.VarParamKind;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => function.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var encoding = (EncodingTemplateContext)context;
        if (callerContext?.Parent is ScriptExpressionStatement && encoding.IsUnindented)
        {
            function.Invoke(context, callerContext, arguments, blockStatement);
            return null;
        }

        return new TrustedHtml(encoding.RenderApart(() => function.Invoke(context, callerContext, arguments, blockStatement)));
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
