using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Templates.Compiled;

/// <summary>
/// Compiles a theme's templates, for one language, into trees of objects that run without Scriban's interpreter:
/// every name is resolved to a slot, a component or a page variable when the theme loads, and <c>tr 'key'</c> with a
/// literal key becomes its encoded text. What it compiles renders exactly as Scriban renders it, through the same
/// context; what it does not model (captures, <c>while</c>, functions in layouts, <c>$</c> variables…) makes the
/// whole theme rendered by the interpreter, as a theme with an error is.
/// </summary>
internal sealed class TemplateCompiler
{
    /// <summary>What <see cref="TemplateRenderer"/> gives every layout, besides what it assigns.</summary>
    private static readonly HashSet<string> PageVariables = new(StringComparer.Ordinal) { "page", "view", "content", "arguments" };

    private readonly IReadOnlyDictionary<string, (ThemeComponent Component, CompiledComponentRef Ref)> _components;
    private readonly UiStringFunction _strings;
    private readonly UiStrings _texts;
    private readonly ScriptObject _languageGlobals;
    private readonly HashSet<string> _assigned;

    private TemplateCompiler(Theme theme, UiStrings strings, ScriptObject languageGlobals)
    {
        _components = theme.Components.Values.ToDictionary(c => c.FunctionName, c => (c, new CompiledComponentRef()), StringComparer.Ordinal);
        _texts = strings;
        _strings = languageGlobals["tr"] as UiStringFunction ?? throw new NotCompilable("no tr");
        _languageGlobals = languageGlobals;
        _assigned = theme.Layouts.Values.SelectMany(t => TemplateChecks.Descendants(t.Page!)).OfType<ScriptAssignExpression>()
            .Select(a => a.Target).OfType<ScriptVariableGlobal>().Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The theme's layouts compiled for one language, or null and why not.</summary>
    /// <param name="languageGlobals">What the interpreter gives this language's templates: the components and <c>tr</c>.</param>
    public static (IReadOnlyDictionary<string, CompiledTemplate>? Layouts, string? Reason) Compile(Theme theme, UiStrings strings, ScriptObject languageGlobals)
    {
        try
        {
            var compiler = new TemplateCompiler(theme, strings, languageGlobals);
            if (compiler._components.Keys.FirstOrDefault(n => PageVariables.Contains(n) || n == "tr" || compiler._assigned.Contains(n)) is { } named)
            {
                throw new NotCompilable($"the component '{named}' shares its name with a variable");
            }

            // A layout's loop variable is seen by the components called in its loop, where a component's own name would be meant.
            var shadowed = theme.Layouts.Values.SelectMany(t => TemplateChecks.Descendants(t.Page!)).OfType<ScriptForStatement>().Select(f => f.Variable)
                .OfType<ScriptVariableGlobal>().Select(v => v.Name)
                .FirstOrDefault(n => n is "page" or "tr" || compiler._components.ContainsKey(n) || TemplateChecks.Builtins.Contains(n));
            if (shadowed is not null)
            {
                throw new NotCompilable($"a layout's loop variable '{shadowed}' hides what components read");
            }

            foreach (var (component, reference) in compiler._components.Values)
            {
                reference.Body = compiler.CompileComponent(component);
            }

            return (theme.Layouts.ToDictionary(l => l.Key, l => compiler.CompileLayout(l.Value), StringComparer.Ordinal), null);
        }
        catch (NotCompilable ex)
        {
            return (null, ex.Message);
        }
    }

    private CompiledTemplate CompileLayout(Template layout)
    {
        var scope = new Scope([], isComponent: false);
        var body = Block(layout.Page!.Body ?? throw new NotCompilable("an empty layout"), scope);
        return new CompiledTemplate(body, scope.SlotCount);
    }

    private CompiledTemplate CompileComponent(ThemeComponent component)
    {
        var function = component.Function;
        if (function.Body is not ScriptBlockStatement block)
        {
            throw new NotCompilable($"the component '{component.Name}' has no body");
        }

        var scope = new Scope(component.Parameters, isComponent: true);
        return new CompiledTemplate(Block(block, scope), scope.SlotCount);
    }

    /// <summary>A block, with the indentation Scriban gives each statement: a <c>{{</c> after spaces sets it, its <c>}}</c> restores the block's.</summary>
    private BlockStatement Block(ScriptBlockStatement block, Scope scope)
    {
        var statements = new List<CompiledStatement>();
        var indents = new List<Indent>();
        var indent = Indent.Enclosing;
        foreach (var statement in block.Statements)
        {
            if (statement is ScriptEscapeStatement escape)
            {
                indent = escape.IsEntering ? Indent.Of(escape.Indent) : Indent.Enclosing;
                continue;
            }

            if (statement.CanSkipEvaluation || Statement(statement, scope) is not { } compiled)
            {
                continue;
            }

            statements.Add(compiled);
            indents.Add(indent);
        }

        return new BlockStatement([.. statements], [.. indents]);
    }

    private CompiledStatement? Statement(ScriptStatement statement, Scope scope) => statement switch
    {
        ScriptRawStatement raw => raw.Text.Length == 0 || string.IsNullOrEmpty(raw.Text.FullText) ? null : new TextStatement(raw.Text),
        ScriptExpressionStatement { Expression: null } => null,
        ScriptExpressionStatement { Expression: ScriptAssignExpression assign } => Assignment(assign, scope),
        ScriptExpressionStatement output when LiteralUiString(output.Expression) is { } text => new EncodedTextStatement(EncodingTemplateContext.Encode(text)),
        ScriptExpressionStatement output => new OutputStatement(Expression(output.Expression!, scope), output.Span),
        ScriptIfStatement conditional => If(conditional, scope),
        ScriptForStatement loop when loop.GetType() == typeof(ScriptForStatement) => For(loop, scope),
        ScriptNopStatement => null,
        _ => throw new NotCompilable($"'{statement.GetType().Name}' is left to the interpreter"),
    };

    private AssignStatement Assignment(ScriptAssignExpression assign, Scope scope)
    {
        if (scope.IsComponent || assign.Target is not ScriptVariableGlobal target || scope.SlotOf(target.Name) is not null
            || assign.EqualToken.TokenType != Scriban.Parsing.TokenType.Equal || assign.Value is null)
        {
            throw new NotCompilable("an assignment other than name = value in a layout");
        }

        return new AssignStatement(target.Name, Expression(assign.Value, scope));
    }

    private IfStatement If(ScriptIfStatement conditional, Scope scope)
    {
        var condition = conditional.Condition ?? throw new NotCompilable("an if without a condition");
        CompiledStatement? otherwise = conditional.Else switch
        {
            null => null,
            ScriptElseStatement { Body: var body } => body is null ? null : Block(body, scope),
            ScriptIfStatement elseIf => If(elseIf, scope),
            _ => throw new NotCompilable("an else other than else and else if"),
        };
        return new IfStatement(Expression(condition, scope), condition.Span, conditional.Then is null ? null : Block(conditional.Then, scope), otherwise);
    }

    private ForStatement For(ScriptForStatement loop, Scope scope)
    {
        if (loop.Variable is not ScriptVariableGlobal variable || loop.Iterator is null || loop.Body is null || loop.Else is not null || loop.NamedArguments.Count > 0 || loop.SetContinue)
        {
            throw new NotCompilable("a for loop with options, an else or a variable other than a name");
        }

        var list = Expression(loop.Iterator, scope);
        var (item, state) = scope.EnterLoop(variable.Name);
        var body = Block(loop.Body, scope);
        scope.ExitLoop();
        return new ForStatement(list, item, state, body);
    }

    private CompiledExpression Expression(ScriptExpression expression, Scope scope, bool allowFunction = false) => expression switch
    {
        ScriptLiteral literal => new ConstantValue(literal.Value),
        ScriptNestedExpression { Expression: { } inner } => Expression(inner, scope, allowFunction),
        ScriptVariableGlobal variable => Name(variable, scope, allowFunction),
        ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "for" }, Member: { } member } =>
            scope.InnermostLoopState is { } state && LoopStateValue.Members.Contains(member.Name)
                ? new LoopStateValue(state, member.Name)
                : throw new NotCompilable($"for.{member.Name} outside a loop of its own template, or not a member of a loop"),
        ScriptMemberExpression { Target: { } target, Member: { } member } =>
            new MemberValue(Expression(target, scope), member.Name, member.Span, allowFunction),
        ScriptIndexerExpression { Target: { } target, Index: { } index } => new IndexedValue(Expression(target, scope), Expression(index, scope)),
        ScriptBinaryExpression { Left: { } left, Right: { } right } binary when binary.Operator is ScriptBinaryOperator.And or ScriptBinaryOperator.Or =>
            new LogicalValue(Expression(left, scope), left.Span, Expression(right, scope), right.Span, binary.Operator == ScriptBinaryOperator.And),
        ScriptBinaryExpression { Left: { } left, Right: { } right } binary =>
            new BinaryValue(Expression(left, scope), left.Span, binary.Operator, binary.OperatorToken?.Span ?? binary.Span, Expression(right, scope), right.Span),
        ScriptUnaryExpression { Right: { } operand } unary when unary.Operator is ScriptUnaryOperator.Not or ScriptUnaryOperator.Negate or ScriptUnaryOperator.Plus =>
            new UnaryValue(unary.Operator, Expression(operand, scope), operand.Span),
        ScriptFunctionCall call => Call(call, scope),
        ScriptPipeCall { From: { } from, To: { } to } => Pipe(Expression(from, scope), to, scope),
        _ => throw new NotCompilable($"'{expression.GetType().Name}' is left to the interpreter"),
    };

    /// <summary>
    /// A bare name: a loop variable or a parameter by its slot; a component without parameters called, as Scriban calls
    /// a function named on its own; anything else a page variable, a language's or one of Scriban's.
    /// </summary>
    private CompiledExpression Name(ScriptVariableGlobal variable, Scope scope, bool allowFunction)
    {
        if (variable.Name == "for")
        {
            throw new NotCompilable("a loop's state other than its members");
        }

        if (scope.SlotOf(variable.Name) is { } slot)
        {
            return new SlotValue(slot);
        }

        if (variable.Name == "tr" || (_components.ContainsKey(variable.Name) && allowFunction))
        {
            throw new NotCompilable($"'{variable.Name}' named without a call");
        }

        return _components.TryGetValue(variable.Name, out var component)
            ? Component(component.Component, component.Ref, [], variable.Parent is ScriptExpressionStatement, scope)
            : new GlobalValue(variable.Name, _languageGlobals, allowFunction);
    }

    /// <summary>
    /// <c>value | f x | g y</c>: each function called with what comes before it as its first argument, <c>g(f(value, x), y)</c>,
    /// as Scriban passes a pipe's value on. Only Scriban's functions: a component or <c>tr</c> is not piped into.
    /// </summary>
    private FunctionCallValue Pipe(CompiledExpression value, ScriptExpression to, Scope scope) => to switch
    {
        ScriptPipeCall { From: { } next, To: { } rest } => Pipe(Pipe(value, next, scope), rest, scope),
        ScriptFunctionCall { Target: { } target } call when !IsThemeFunction(target, scope) =>
            new FunctionCallValue(Expression(target, scope, allowFunction: true), [value, .. call.Arguments.Select(a => Positional(a, scope))], call),
        ScriptMemberExpression or ScriptVariableGlobal when !IsThemeFunction(to, scope) =>
            new FunctionCallValue(Expression(to, scope, allowFunction: true), [value], to),
        _ => throw new NotCompilable($"a pipe into '{to}' is left to the interpreter"),
    };

    private CompiledExpression Call(ScriptFunctionCall call, Scope scope)
    {
        var target = call.Target ?? throw new NotCompilable("a call without a function");
        if (target is ScriptVariableGlobal name && scope.SlotOf(name.Name) is null)
        {
            if (_components.TryGetValue(name.Name, out var component))
            {
                var named = call.Arguments.Select(a => a as ScriptNamedArgument ?? throw new NotCompilable("a component given arguments by position")).ToList();
                return Component(component.Component, component.Ref, named, call.Parent is ScriptExpressionStatement, scope);
            }

            if (name.Name == "tr")
            {
                if (call.Arguments is not [var key] || key is ScriptNamedArgument)
                {
                    throw new NotCompilable("tr given other than one key");
                }

                return LiteralUiString(call) is { } text ? new ConstantValue(text) : new UiStringValue(_strings, Expression(key, scope), call.Span);
            }
        }

        return new FunctionCallValue(Expression(target, scope, allowFunction: true), [.. call.Arguments.Select(a => Positional(a, scope))], call);
    }

    private ComponentValue Component(ThemeComponent component, CompiledComponentRef reference, IReadOnlyList<ScriptNamedArgument> arguments, bool isStatement, Scope scope)
    {
        var names = arguments.Select(a => a.Name?.Name).ToList();
        if (names.Count != component.Parameters.Count || names.Distinct().Count() != names.Count || names.Any(n => n is null || !component.Parameters.Contains(n)) || arguments.Any(a => a.Value is null))
        {
            throw new NotCompilable($"the component '{component.Name}' called without exactly its parameters");
        }

        var parameters = component.Parameters.ToList();
        var values = arguments.Select(a => (Slot: parameters.IndexOf(a.Name!.Name), Value: Expression(a.Value!, scope))).ToArray();
        return new ComponentValue(reference, values, isStatement);
    }

    private CompiledExpression Positional(ScriptExpression argument, Scope scope) =>
        argument is ScriptNamedArgument or ScriptUnaryExpression { Operator: ScriptUnaryOperator.FunctionParametersExpand }
            ? throw new NotCompilable("a function given named or expanded arguments")
            : Expression(argument, scope);

    private bool IsThemeFunction(ScriptExpression target, Scope scope) =>
        target is ScriptVariableGlobal name && scope.SlotOf(name.Name) is null && (name.Name == "tr" || _components.ContainsKey(name.Name));

    /// <summary>The text of <c>tr 'key'</c> with a literal key this language has; null for any other expression.</summary>
    private string? LiteralUiString(ScriptExpression? expression) =>
        expression is ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "tr" }, Arguments: [ScriptLiteral { Value: string key }] }
        && _texts.Texts.TryGetValue(key, out var text)
            ? text
            : null;

    /// <summary>The names a template's code can see in its own frame, with the slots the compiler gave them.</summary>
    private sealed class Scope(IReadOnlyList<string> parameters, bool isComponent)
    {
        private readonly List<string> _parameters = [.. parameters];
        private readonly Stack<(string Name, int Item, int State)> _loops = new();
        private int _next = parameters.Count;

        public bool IsComponent => isComponent;

        public int SlotCount { get; private set; } = parameters.Count;

        public int? InnermostLoopState => _loops.Count > 0 ? _loops.Peek().State : null;

        public int? SlotOf(string name)
        {
            foreach (var loop in _loops)
            {
                if (loop.Name == name)
                {
                    return loop.Item;
                }
            }

            var parameter = _parameters.IndexOf(name);
            return parameter >= 0 ? parameter : null;
        }

        public (int Item, int State) EnterLoop(string name)
        {
            var loop = (name, _next, _next + 1);
            _next += 2;
            SlotCount = Math.Max(SlotCount, _next);
            _loops.Push(loop);
            return (loop.Item2, loop.Item3);
        }

        public void ExitLoop()
        {
            _loops.Pop();
            _next -= 2;
        }
    }
}
