using Scriban.Runtime;

namespace Portal.Templates.Compiled;

/// <summary>
/// What a compiled template reads while it runs: the context it writes to, the variables of the page it renders
/// (<c>page</c>, <c>view</c> and what the layout assigns), and its own slots (parameters, loop variables and loop
/// states), which the compiler numbered so that no name is looked up at run time.
/// </summary>
internal sealed class RenderFrame(EncodingTemplateContext context, ScriptObject globals, int slots, int depth)
{
    public EncodingTemplateContext Context => context;

    public ScriptObject Globals => globals;

    public object?[] Slots { get; } = slots == 0 ? [] : new object?[slots];

    /// <summary>How many component calls this frame is nested in, against Scriban's limit on recursion.</summary>
    public int Depth => depth;
}

/// <summary>
/// The compiled form met what it leaves to Scriban's interpreter (an error, or a value it does not model, such as a
/// function returned by a member); the page is rendered again by the interpreter, which gives its output or its error.
/// </summary>
internal sealed class InterpreterNeeded(string reason) : Exception(reason);

/// <summary>A template uses what the compiler does not model; the theme is rendered by Scriban's interpreter.</summary>
internal sealed class NotCompilable(string reason) : Exception(reason);
