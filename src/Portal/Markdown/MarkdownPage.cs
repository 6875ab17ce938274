using Portal.Data;
using Portal.Markdown.Links;
using Portal.Templates;

namespace Portal.Markdown;

/// <summary>
/// What the extensions need of the page a text is rendered for, besides its document: the text (its file and first line,
/// for positions; its language), where its links lead, the data files its blocks may show, where problems go, and the
/// theme's components, which draw the markup the theme owns (a chart's figure). Made for each call, so the one pipeline
/// every page shares holds nothing of any page or theme.
/// </summary>
public sealed record MarkdownPage(ContentText Text, ILinkResolver Links, IReadOnlyDictionary<string, DataTable?> Tables, DiagnosticBag Diagnostics, IComponentRenderer Components);
