using System.Globalization;
using Portal.Charts;
using Portal.Data;
using Portal.Templates;

namespace Portal.Markdown.Charts;

/// <summary>How a chart is drawn: grouped bars over the categories, or each category's shares of a whole.</summary>
public enum ChartKind { Bars, Shares }

/// <summary>What a <c>chart</c> block resolved to, with its <paramref name="Figure"/> drawn by the theme; attached to the block before it is rendered.</summary>
public sealed record ChartReference(string Id, ChartKind Kind, DataTable Table, ChartData Data, string? Caption, CultureInfo Culture, TrustedHtml Figure);
