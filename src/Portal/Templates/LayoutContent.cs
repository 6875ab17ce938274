using Portal.Templates.Compiled;
using Scriban;
using Scriban.Runtime;

namespace Portal.Templates;

/// <summary>
/// A page's layout as <c>base.sbn</c> sees it in <c>content</c>: rendered where base writes it, straight into the
/// page's output, rather than into a string first (the largest string a page made, and a copy of all its HTML).
/// </summary>
/// <param name="Layout">The page kind's layout.</param>
/// <param name="Globals">What the layout sees, as if rendered alone: not base's variables.</param>
/// <param name="Compiled">The layout compiled, when the page is rendered so; null when it is interpreted.</param>
internal sealed record LayoutContent(Template Layout, ScriptObject Globals, CompiledTemplate? Compiled = null);
