using System.Collections;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Portal.Templates.Compiled;

/// <summary>A statement of a compiled template: it writes what Scriban's statement of the same kind would.</summary>
internal abstract class CompiledStatement
{
    public abstract void Run(RenderFrame frame);
}

/// <summary>The template's own text, written as it stands.</summary>
internal sealed class TextStatement(ScriptStringSlice text) : CompiledStatement
{
    public override void Run(RenderFrame frame) => frame.Context.Write(text);
}

/// <summary>
/// HTML known when the theme loads (a UI string, already encoded), written as text is: through the context, which
/// indents it where the line is indented.
/// </summary>
internal sealed class EncodedTextStatement(string html) : CompiledStatement
{
    public override void Run(RenderFrame frame) => frame.Context.Write(html);
}

/// <summary><c>{{ expression }}</c>: its value written, encoded unless it is trusted HTML; nothing for null.</summary>
/// <param name="span">The statement's place in its template.</param>
internal sealed class OutputStatement(CompiledExpression expression, SourceSpan span) : CompiledStatement
{
    public override void Run(RenderFrame frame)
    {
        if (expression.Evaluate(frame) is { } value)
        {
            frame.Context.Write(span, value);
        }
    }
}

/// <summary><c>{{ name = value }}</c> in a layout: a variable of the page, as Scriban sets it.</summary>
internal sealed class AssignStatement(string name, CompiledExpression value) : CompiledStatement
{
    public override void Run(RenderFrame frame) => frame.Globals.SetValue(name, value.Evaluate(frame), false);
}

/// <summary><c>{{ if }}</c>, with its <c>else if</c>s and <c>else</c>, by Scriban's truth of the condition.</summary>
internal sealed class IfStatement(CompiledExpression condition, SourceSpan span, CompiledStatement? then, CompiledStatement? otherwise) : CompiledStatement
{
    public override void Run(RenderFrame frame)
    {
        var branch = frame.Context.ToBool(span, condition.Evaluate(frame)) ? then : otherwise;
        branch?.Run(frame);
    }
}

/// <summary><c>{{ for item in list }}</c>: nothing for null, as Scriban; a value that is not a list is left to it.</summary>
internal sealed class ForStatement(CompiledExpression list, int itemSlot, int stateSlot, CompiledStatement body) : CompiledStatement
{
    public override void Run(RenderFrame frame)
    {
        var items = list.Evaluate(frame) switch
        {
            null => null,
            IList l => l,
            IEnumerable e => e.Cast<object?>().ToList(),
            _ => throw new InterpreterNeeded("a loop over what is not a list"),
        };
        if (items is null || items.Count == 0)
        {
            return;
        }

        var state = new LoopState(items.Count);
        frame.Slots[stateSlot] = state;
        for (var i = 0; i < items.Count; i++)
        {
            state.Index = i;
            frame.Slots[itemSlot] = items[i];
            body.Run(frame);
        }
    }
}

/// <summary>
/// A block: its statements in order, each with the indentation Scriban gives it. Where a statement's <c>{{</c> stands
/// after spaces on its line, what it writes is indented by them; elsewhere the block's own indentation holds.
/// </summary>
/// <param name="indents">Per statement, the indentation of its line, or the block's.</param>
internal sealed class BlockStatement(CompiledStatement[] statements, Indent[] indents) : CompiledStatement
{
    public override void Run(RenderFrame frame)
    {
        var context = frame.Context;
        var enclosing = context.CurrentIndent;
        try
        {
            for (var i = 0; i < statements.Length; i++)
            {
                context.CurrentIndent = indents[i].IsEnclosing ? enclosing : indents[i].Text;
                statements[i].Run(frame);
            }
        }
        finally
        {
            context.CurrentIndent = enclosing;
        }
    }
}

/// <summary>
/// What a statement's writing is indented by: the block's own indentation, or the spaces before its <c>{{</c>. No
/// spaces is written as no indentation (null) rather than an empty one: Scriban writes both alike, but an empty
/// indentation looks for line breaks in everything written under it.
/// </summary>
internal readonly record struct Indent(bool IsEnclosing, string? Text)
{
    public static readonly Indent Enclosing = new(true, null);

    public static Indent Of(string? spaces) => new(false, string.IsNullOrEmpty(spaces) ? null : spaces);
}

/// <summary>A layout or a component's body, compiled, with the number of slots its frame needs.</summary>
internal sealed class CompiledTemplate(CompiledStatement body, int slotCount)
{
    public int SlotCount => slotCount;

    public void Run(RenderFrame frame) => body.Run(frame);
}
