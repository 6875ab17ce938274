namespace Portal.Maps;

/// <summary>A map's HTML (a figure holding the SVG layers and the legend), and how many marks it has.</summary>
public sealed record RenderedMap(string Html, int Marks, int Groups);
