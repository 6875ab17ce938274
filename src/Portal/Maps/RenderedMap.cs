namespace Portal.Maps;

/// <summary>A map's HTML: a figure holding the SVG layers and the legend.</summary>
public sealed record RenderedMap(string Html);
