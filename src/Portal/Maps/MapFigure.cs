using Portal.Templates;

namespace Portal.Maps;

/// <summary>
/// A map as the theme's <c>map</c> component draws it: the figure, its two SVG layers and its legend are the
/// template's; the geometry (the base map's paths, each mark's shape at its pixel) is drawn here, in C#.
/// </summary>
/// <param name="Scope">world, country or markers: the figure's modifier class.</param>
/// <param name="Base">The base layer's drawing: sea, land, the focused country and the routes.</param>
public sealed record MapFigure(
    string Id,
    string Scope,
    int Width,
    int Height,
    string Title,
    string Description,
    TrustedHtml Base,
    IReadOnlyList<MapMark> Marks,
    IReadOnlyList<MapKey> Keys);

/// <summary>A mark on the map: a link with an accessible name around its drawing (hit area and shape, or a group's count).</summary>
/// <param name="Kind">The modifier class: a status, home, seat or group.</param>
public sealed record MapMark(string Href, string Kind, string Label, TrustedHtml Drawing);

/// <summary>A legend entry: the shape of one kind of mark, named by the UI string <paramref name="LabelKey"/>.</summary>
public sealed record MapKey(string Kind, string LabelKey, TrustedHtml Drawing);
