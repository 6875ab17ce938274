using System.Globalization;
using AngleSharp.Dom;

namespace Portal.Tests.Charts;

/// <summary>Reads a chart's SVG as a resident's browser and screen reader meet it: its accessible name, its shapes.</summary>
internal static class ChartSvgReader
{
    public static IElement Parse(string svg) => HtmlPages.Parse($"<!DOCTYPE html><body>{svg}</body>").QuerySelector("svg")!;

    public static double Number(IElement element, string attribute) =>
        double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>What a screen reader announces for the image: the texts of the elements aria-labelledby names, in order.</summary>
    public static string AccessibleName(IElement svg)
    {
        Assert.That(svg.GetAttribute("role"), Is.EqualTo("img"));
        var ids = svg.GetAttribute("aria-labelledby")!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', ids.Select(id => svg.Owner!.GetElementById(id)?.TextContent ?? $"(no element {id})"));
    }

    /// <summary>Digits only, so "1 025" in Swedish (a no-break space between thousands) reads as 1025.</summary>
    public static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());
}
