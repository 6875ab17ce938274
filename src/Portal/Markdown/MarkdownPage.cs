using Portal.Data;
using Portal.Markdown.Links;

namespace Portal.Markdown;

/// <summary>
/// What the extensions need of the page a text is rendered for, besides its document: the text (its file and first line,
/// for positions; its language), where its links lead, the data files its blocks may show, and where problems go.
/// Made for each call, so the one pipeline every page shares holds nothing of any page.
/// </summary>
public sealed record MarkdownPage(ContentText Text, ILinkResolver Links, IReadOnlyDictionary<string, DataTable?> Tables, DiagnosticBag Diagnostics);
