using Scriban.Functions;
using Scriban.Syntax;

namespace Portal.Templates;

/// <summary>
/// Checks a theme's templates before any page is rendered, so a mistake is reported once, at its line and column,
/// whether or not a page happens to reach it: a name a template neither declares nor is given (a misspelling, or a
/// component reading its caller's variables), a component called without its arguments or with ones it does not
/// declare, and a UI string missing from a language's file.
/// </summary>
internal static class TemplateChecks
{
    /// <summary>Scriban's own functions (string, array, math…), minus <c>include</c>: components are called, not included.</summary>
    public static readonly IReadOnlySet<string> Builtins = new HashSet<string>(
        [.. new BuiltinFunctions().Keys.Where(k => k != "include"), "for", "while", "tablerow", "null", "true", "false"]);

    /// <summary>Every name in <paramref name="root"/> must be declared in it (an assignment, a loop variable, a parameter) or be one of <paramref name="given"/>.</summary>
    public static void CheckNames(ScriptNode root, string displayPath, IReadOnlySet<string> given, DiagnosticBag diagnostics)
    {
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var used = new List<ScriptVariableGlobal>();
        Collect(root, declared, used);
        foreach (var variable in used.Where(v => !declared.Contains(v.Name) && !given.Contains(v.Name) && !Builtins.Contains(v.Name)))
        {
            diagnostics.Error(
                DiagnosticCodes.Theme,
                At(displayPath, variable),
                $"'{variable.Name}' is not defined here; a layout reads page, view, tr and what it assigns, a component only its parameters, page and tr");
        }
    }

    /// <summary>A component's call names each of its parameters, and nothing else.</summary>
    public static void CheckCalls(ScriptNode root, string displayPath, IReadOnlyDictionary<string, ThemeComponent> byFunction, DiagnosticBag diagnostics)
    {
        foreach (var node in Descendants(root))
        {
            var (target, arguments) = node switch
            {
                ScriptFunctionCall call when call.Target is ScriptVariableGlobal name => (name, call.Arguments.ToList()),
                _ => (null, new List<ScriptExpression>()),
            };
            if (target is null || !byFunction.TryGetValue(target.Name, out var component))
            {
                continue;
            }

            var named = arguments.OfType<ScriptNamedArgument>().Select(a => a.Name!.Name).ToList();
            var problems = new List<string>();
            if (named.Count < arguments.Count)
            {
                problems.Add("give its arguments by name (name: value)");
            }

            problems.AddRange(named.Where(n => !component.Parameters.Contains(n)).Select(n => $"it has no parameter '{n}'"));
            problems.AddRange(component.Parameters.Where(p => !named.Contains(p)).Select(p => $"the argument '{p}' is missing"));
            if (problems.Count > 0)
            {
                diagnostics.Error(
                    DiagnosticCodes.Theme,
                    At(displayPath, target),
                    $"the component '{component.Name}' takes {(component.Parameters.Count == 0 ? "no arguments" : string.Join(", ", component.Parameters.Select(p => $"'{p}: …'")))}: {string.Join("; ", problems)}");
            }
        }
    }

    /// <summary>Every <c>tr "key"</c> with a literal key names a string every language has.</summary>
    public static void CheckStrings(ScriptNode root, string displayPath, IReadOnlyDictionary<string, UiStrings> strings, ISet<(string Language, string Key)> reported, DiagnosticBag diagnostics)
    {
        foreach (var node in Descendants(root))
        {
            if (node is ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "tr" } } call
                && call.Arguments.Count == 1 && call.Arguments[0] is ScriptLiteral { Value: string key } literal)
            {
                foreach (var (language, ui) in strings.Where(s => !s.Value.Texts.ContainsKey(key)))
                {
                    reported.Add((language, key));
                    diagnostics.Error(DiagnosticCodes.MissingUiString, At(displayPath, literal), MissingString(key, ui.DisplayPath));
                }
            }
        }
    }

    public static IReadOnlyList<string> ParametersOf(ScriptFunction function) =>
        function.Parameters?.Select(p => p.Name!.Name).ToList() ?? [];

    public static string MissingString(string key, string file) => $"the UI string '{key}' is missing from {file}";

    private static SourceLocation At(string displayPath, ScriptNode node) =>
        new(displayPath, node.Span.Start.Line + 1, node.Span.Start.Column + 1);

    private static void Collect(ScriptNode? node, HashSet<string> declared, List<ScriptVariableGlobal> used)
    {
        if (node is null)
        {
            return;
        }

        switch (node)
        {
            case ScriptVariableGlobal variable:
                used.Add(variable);
                return;
            case ScriptMemberExpression member:
                // The member's name is looked up on the target, not in scope.
                Collect(member.Target, declared, used);
                return;
            case ScriptNamedArgument argument:
                Collect(argument.Value, declared, used);
                return;
            case ScriptObjectMember objectMember:
                Collect(objectMember.Value, declared, used);
                return;
            case ScriptFunction function:
                declared.UnionWith(ParametersOf(function));
                Collect(function.Body, declared, used);

                return;
            case ScriptForStatement { Variable: ScriptVariableGlobal loopVariable }:
                declared.Add(loopVariable.Name);
                break;
            case ScriptAssignExpression { Target: ScriptVariableGlobal assigned }:
                declared.Add(assigned.Name);
                break;
            case ScriptCaptureStatement { Target: ScriptVariableGlobal captured }:
                declared.Add(captured.Name);
                break;
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child && !IsDeclaration(node, child))
            {
                Collect(child, declared, used);
            }
        }
    }

    /// <summary>The variable a loop or an assignment declares is not a use of it.</summary>
    private static bool IsDeclaration(ScriptNode parent, ScriptNode child) => parent switch
    {
        ScriptForStatement loop => ReferenceEquals(child, loop.Variable),
        ScriptAssignExpression assign => ReferenceEquals(child, assign.Target) && assign.Target is ScriptVariableGlobal,
        ScriptCaptureStatement capture => ReferenceEquals(child, capture.Target),
        _ => false,
    };

    /// <summary>The node and every node under it, parents before children, in the template's order.</summary>
    /// <remarks>With a stack of its own: an iterator per level would make a deep template's walk quadratic.</remarks>
    internal static IEnumerable<ScriptNode> Descendants(ScriptNode root)
    {
        var pending = new Stack<ScriptNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            yield return node;
            for (var i = node.ChildrenCount - 1; i >= 0; i--)
            {
                if (node.GetChildren(i) is { } child)
                {
                    pending.Push(child);
                }
            }
        }
    }
}
