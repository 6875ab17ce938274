using System.Collections;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Templates.Compiled;

/// <summary>
/// An expression of a compiled template. Each does what Scriban's node of the same kind does, through the same
/// context methods (member accessors, operators, truth, conversion), but with every name resolved when the theme
/// loads; what it does not model it leaves to the interpreter (<see cref="InterpreterNeeded"/>).
/// </summary>
internal abstract class CompiledExpression
{
    public abstract object? Evaluate(RenderFrame frame);

    /// <summary>A value a template reads is data: a function in its place would be called by Scriban, which is left to it.</summary>
    protected static object? AsData(object? value) =>
        value is null or string || value is not IScriptCustomFunction ? value : throw new InterpreterNeeded("a value is a function");
}

/// <summary>A literal, or a UI string known when the theme loads.</summary>
internal sealed class ConstantValue(object? value) : CompiledExpression
{
    public override object? Evaluate(RenderFrame frame) => value;
}

/// <summary>A parameter or a loop variable, by the slot the compiler gave it.</summary>
internal sealed class SlotValue(int slot) : CompiledExpression
{
    public override object? Evaluate(RenderFrame frame) => AsData(frame.Slots[slot]);
}

/// <summary>
/// A name that is neither a parameter nor a loop variable: looked up as Scriban does, in the page's variables, then in
/// the language's (components, <c>tr</c>), then in Scriban's built-in functions.
/// </summary>
internal sealed class GlobalValue(string name, ScriptObject language, bool allowFunction) : CompiledExpression
{
    public override object? Evaluate(RenderFrame frame)
    {
        if (!frame.Globals.TryGetValue(name, out var value) && !language.TryGetValue(name, out value) && !frame.Context.BuiltinObject.TryGetValue(name, out value))
        {
            throw new InterpreterNeeded($"'{name}' is not defined");
        }

        return allowFunction ? value : AsData(value);
    }
}

/// <summary><c>target.member</c>, through the context's member accessor for the target's type.</summary>
internal sealed class MemberValue(CompiledExpression target, string member, SourceSpan span, bool allowFunction) : CompiledExpression
{
    /// <summary>The type this member was last read of, and its compiled getter there (null: read as Scriban reads it).</summary>
    private TypeGetter? _last;

    public override object? Evaluate(RenderFrame frame)
    {
        var targetValue = target.Evaluate(frame) ?? throw new InterpreterNeeded($"the member '{member}' of nothing");
        var type = targetValue.GetType();
        var last = _last;
        if (last is null || last.Type != type)
        {
            // A node is shared by the threads that render: the pair is replaced whole, never changed.
            _last = last = new TypeGetter(type, ViewMemberGetters.Of(type, member));
        }

        object? value;
        if (last.Getter is { } get)
        {
            value = get(targetValue);
        }
        else if (!frame.Context.GetMemberAccessor(targetValue).TryGetValue(frame.Context, span, targetValue, member, out value))
        {
            throw new InterpreterNeeded($"no member '{member}'");
        }

        return allowFunction ? value : AsData(value);
    }

    private sealed record TypeGetter(Type Type, Func<object, object?>? Getter);
}

/// <summary><c>list[index]</c> for a list and a whole number within it; anything else is left to the interpreter.</summary>
internal sealed class IndexedValue(CompiledExpression target, CompiledExpression index) : CompiledExpression
{
    public override object? Evaluate(RenderFrame frame) =>
        target.Evaluate(frame) is IList list and not IScriptObject && index.Evaluate(frame) is int i && i >= 0 && i < list.Count
            ? AsData(list[i])
            : throw new InterpreterNeeded("an index other than a list's");
}

/// <summary>A member of a loop's state: <c>for.index</c>, <c>for.first</c>, <c>for.last</c> and the rest Scriban has.</summary>
internal sealed class LoopStateValue(int slot, string member) : CompiledExpression
{
    public static readonly IReadOnlySet<string> Members = new HashSet<string>(StringComparer.Ordinal) { "index", "length", "first", "last", "even", "odd", "rindex" };

    public override object? Evaluate(RenderFrame frame)
    {
        var state = (LoopState)frame.Slots[slot]!;
        return member switch
        {
            "index" => state.Index,
            "length" => state.Length,
            "first" => state.Index == 0,
            "last" => state.Index == state.Length - 1,
            "even" => (state.Index & 1) == 0,
            "odd" => (state.Index & 1) == 1,
            _ => state.Length - state.Index - 1,
        };
    }
}

/// <summary>Where a loop is: its place in the list it walks.</summary>
internal sealed class LoopState(int length)
{
    public int Length => length;

    public int Index { get; set; }
}

/// <summary><c>a and b</c> and <c>a or b</c>: the right side only when the left does not decide, as Scriban does.</summary>
internal sealed class LogicalValue(CompiledExpression left, SourceSpan leftSpan, CompiledExpression right, SourceSpan rightSpan, bool isAnd) : CompiledExpression
{
    public override object? Evaluate(RenderFrame frame)
    {
        var context = frame.Context;
        var leftTrue = context.ToBool(leftSpan, left.Evaluate(frame));
        if (leftTrue != isAnd)
        {
            return leftTrue;
        }

        return context.ToBool(rightSpan, right.Evaluate(frame));
    }
}

/// <summary>Every other binary operator, by Scriban's own arithmetic, comparison and concatenation.</summary>
internal sealed class BinaryValue(CompiledExpression left, SourceSpan leftSpan, ScriptBinaryOperator op, SourceSpan span, CompiledExpression right, SourceSpan rightSpan) : CompiledExpression
{
    public override object? Evaluate(RenderFrame frame)
    {
        var leftValue = left.Evaluate(frame);
        var rightValue = right.Evaluate(frame);
        return ScriptBinaryExpression.Evaluate(frame.Context, span, op, leftSpan, leftValue, rightSpan, rightValue);
    }
}

internal sealed class UnaryValue(ScriptUnaryOperator op, CompiledExpression operand, SourceSpan span) : CompiledExpression
{
    public override object? Evaluate(RenderFrame frame) => ScriptUnaryExpression.Evaluate(frame.Context, span, op, operand.Evaluate(frame));
}

/// <summary><c>tr key</c> with a key known only when the page renders.</summary>
internal sealed class UiStringValue(UiStringFunction strings, CompiledExpression key, SourceSpan span) : CompiledExpression
{
    public override object? Evaluate(RenderFrame frame) => strings.Translate(span, key.Evaluate(frame));
}

/// <summary>A call of one of Scriban's functions (<c>string.replace</c>…), with its arguments by position, as Scriban calls it.</summary>
internal sealed class FunctionCallValue(CompiledExpression function, CompiledExpression[] arguments, ScriptNode caller) : CompiledExpression
{
    public override object? Evaluate(RenderFrame frame)
    {
        if (function.Evaluate(frame) is not IScriptCustomFunction callee || callee is ComponentCall)
        {
            throw new InterpreterNeeded("a call of what is not one of Scriban's functions");
        }

        var values = new ScriptArray(arguments.Length);
        foreach (var argument in arguments)
        {
            values.Add(argument.Evaluate(frame));
        }

        return AsData(ScriptFunctionCall.Call(frame.Context, caller, callee, values));
    }
}

/// <summary>
/// A call of one of the theme's components, its arguments in the order of its parameters. As <see cref="ComponentCall"/>
/// does for the interpreter, a call that is a statement where nothing is indented writes where it stands; any other
/// renders apart and is written back as <see cref="TrustedHtml"/>, for the calling line's indentation to apply.
/// </summary>
/// <param name="arguments">Each argument in the order the call gives them, with its parameter's slot.</param>
internal sealed class ComponentValue(CompiledComponentRef component, (int Slot, CompiledExpression Value)[] arguments, bool isStatement) : CompiledExpression
{
    /// <summary>Scriban's limit on nested calls, which the interpreter's contexts are given too.</summary>
    public const int DepthLimit = 50;

    public override object? Evaluate(RenderFrame frame)
    {
        if (frame.Depth >= DepthLimit)
        {
            throw new InterpreterNeeded("components nested too deep");
        }

        var body = component.Body!;
        var callee = new RenderFrame(frame.Context, frame.Globals, body.SlotCount, frame.Depth + 1);
        foreach (var (slot, argument) in arguments)
        {
            var value = argument.Evaluate(frame);
            callee.Slots[slot] = value is IScriptConvertibleTo ? throw new InterpreterNeeded("an argument that converts itself") : value;
        }

        var context = frame.Context;
        if (isStatement && context.IsUnindented)
        {
            body.Run(callee);
            return null;
        }

        return new TrustedHtml(context.RenderApart(static call => call.Body.Run(call.Frame), (Body: body, Frame: callee)));
    }
}

/// <summary>A component as calls see it: its body is set once every component is compiled, so components may call each other.</summary>
internal sealed class CompiledComponentRef
{
    public CompiledTemplate? Body { get; set; }
}
