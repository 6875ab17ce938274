using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Portal.Charts;

/// <summary>What the chart writers share: encoding, number formatting, and the series' fills (pattern as well as colour).</summary>
public static class ChartSvg
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Series are told apart by fill pattern as well as colour, and every bar carries its value as text.</summary>
    public const int SeriesStyles = 4;

    /// <summary>Every chart is drawn this wide, so charts on one page line up and scale alike.</summary>
    public const int Width = 640;

    public static string Encode(string text) => Encoder.Encode(text);

    /// <summary>
    /// A chart's opening tag with its title and description, which screen readers announce in its place; the caller
    /// closes it. <paramref name="svgClass"/> lets a chart add its own class to the common one.
    /// </summary>
    public static string Open(string id, string title, string description, int height, string svgClass = "chart__svg") =>
        $"<svg class=\"{svgClass}\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">"
        + $"<title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(description)}</desc>";

    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Value(double value, CultureInfo culture) => value.ToString("#,0.##", culture);

    /// <summary>Pattern definitions for the series' fills; ids are made unique per chart so two charts on a page do not clash.</summary>
    public static string Patterns(string id) =>
        $"<defs><pattern id=\"{id}-p1\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"chart__fill-1\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"chart__hatch\"/></pattern>"
        + $"<pattern id=\"{id}-p2\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" class=\"chart__fill-2\"/><circle cx=\"3\" cy=\"3\" r=\"1.3\" class=\"chart__dot\"/></pattern>"
        + $"<pattern id=\"{id}-p3\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" class=\"chart__fill-3\"/><line x1=\"0\" y1=\"3\" x2=\"6\" y2=\"3\" class=\"chart__hatch\"/></pattern></defs>";

    /// <summary>The class and fill of a series' shape: a solid fill by class for the first series, a pattern for the others.</summary>
    public static string Fill(string id, int series, string shapeClass) => (series % SeriesStyles) switch
    {
        0 => $"class=\"{shapeClass} chart__fill-0\"",
        var n => $"class=\"{shapeClass}\" fill=\"url(#{id}-p{n})\"",
    };

    public static string LegendKey(string id, int series) =>
        $"<svg class=\"chart__key\" viewBox=\"0 0 14 14\" width=\"14\" height=\"14\" aria-hidden=\"true\">{(series % SeriesStyles == 0 ? string.Empty : Patterns($"{id}-k{series}"))}<rect width=\"14\" height=\"14\" {Fill($"{id}-k{series}", series, "chart__outline")}/></svg>";
}
