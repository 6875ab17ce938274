using System.Text.RegularExpressions;

namespace Portal.Tests.Maps;

/// <summary>A map makes the browser load nothing: no tiles, no images, no fonts, no other server's anything.</summary>
public sealed class MapRequestsTests(string site) : MapSiteFixture(site)
{
    private List<(string Page, string Figure)> _figures = [];

    [OneTimeSetUp]
    public void Build()
    {
        _figures = MapPages.Pages(Run.OutputDirectory)
            .SelectMany(p => MapPages.FigureMarkup(Run.ReadText(p)).Select(f => (p, f)))
            .ToList();
        Assert.That(_figures, Is.Not.Empty);
    }

    [Test]
    public void No_map_names_an_absolute_URL()
    {
        // Built with a base URL: even so, marker links stay relative. (An XML namespace name is no request.)
        var found = _figures
            .SelectMany(f => Regex.Matches(Regex.Replace(f.Figure, "\\sxmlns(:[a-z]+)?=\"[^\"]*\"", string.Empty), "(?i)(https?:|//[a-z0-9])[^\"'\\s<>]{0,60}").Select(m => $"{f.Page}: {m.Value}"))
            .Distinct()
            .ToList();
        Assert.That(found, Is.Empty);
    }

    [Test]
    public void No_map_loads_an_image_a_font_a_stylesheet_or_a_referenced_shape()
    {
        var bad = new List<string>();
        foreach (var (page, markup) in _figures)
        {
            var figure = MapPages.Figure(HtmlPages.Parse(markup))!;
            foreach (var element in figure.QuerySelectorAll("*"))
            {
                var name = element.LocalName.ToLowerInvariant();
                if (name is "image" or "use" or "img" or "foreignobject" or "script" or "style" or "link" or "iframe" or "object" or "embed" or "feimage" or "picture" or "source")
                {
                    bad.Add($"{page}: <{element.LocalName}>");
                }

                foreach (var attribute in element.Attributes)
                {
                    var attr = attribute.Name.ToLowerInvariant();
                    if ((attr is "href" or "xlink:href" or "src" or "srcset") && name != "a")
                    {
                        bad.Add($"{page}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                    }

                    if (attribute.Value.Contains("url(", StringComparison.OrdinalIgnoreCase) || attr == "style" || attr.StartsWith("on", StringComparison.Ordinal))
                    {
                        bad.Add($"{page}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                    }
                }
            }

            foreach (var a in figure.QuerySelectorAll("a"))
            {
                var href = a.GetAttribute("href") ?? a.GetAttribute("xlink:href") ?? string.Empty;
                if (Regex.IsMatch(href, "^[a-zA-Z][a-zA-Z0-9+.-]*:") || href.StartsWith('/'))
                {
                    bad.Add($"{page}: link {href}");
                }
            }
        }

        Assert.That(bad.Distinct(), Is.Empty);
    }
}
