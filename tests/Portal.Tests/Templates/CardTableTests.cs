using AngleSharp.Dom;

namespace Portal.Tests.Templates;

/// <summary>
/// On a narrow screen a card table (components/card-table) shows each cell after its column's label, which the
/// template writes into the cell's <c>data-label</c>: a bare "okänt" after a status says nothing of what is unknown.
/// The browser tests check that the label is drawn, and that a screen reader hears the column's header instead.
/// </summary>
public sealed class CardTableTests
{
    /// <summary>Every body cell of every card table on a page, with the text of its column's header.</summary>
    private static IEnumerable<(IElement Cell, string Header)> CellsOf(IDocument page) =>
        from table in page.QuerySelectorAll("table.card-table")
        let headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList()
        from row in table.QuerySelectorAll("tbody tr")
        from cell in row.Children.Select((c, i) => (Element: c, Index: i))
        where cell.Element.LocalName == "td"
        select (cell.Element, headers[cell.Index]);

    [TestCase("samarbeten/index.html")]
    [TestCase("en/samarbeten/index.html")]
    [TestCase("kommuner/huddinge.html")]
    [TestCase("lander/dk.html")]
    [TestCase("beslut/huddinge-avslutar-vanortssamarbetet-2024.html")]
    [TestCase("en/beslut/huddinge-avslutar-vanortssamarbetet-2024.html")]
    [TestCase("natverk/nordiska-vanortskedjan.html")]
    [TestCase("natverk/metropolis.html")]
    [TestCase("en/natverk/metropolis.html")]
    public void Every_cell_of_a_card_carries_its_column_s_label(string path)
    {
        var cells = CellsOf(DemoSite.Page(path)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(cells, Has.Count.GreaterThanOrEqualTo(3));
            foreach (var (cell, header) in cells)
            {
                Assert.That(cell.GetAttribute("data-label"), Is.EqualTo(header), cell.OuterHtml);
            }
        });
    }

    [Test]
    public void The_end_year_of_an_ended_relationship_is_labelled_as_the_years()
    {
        var nuuk = CellsOf(DemoSite.Page("kommuner/huddinge.html"))
            .Where(c => c.Cell.ParentElement!.QuerySelector("th")!.TextContent.Trim() == "Nuuk")
            .ToDictionary(c => c.Cell.GetAttribute("data-label")!, c => c.Cell.TextContent.Trim());

        Assert.That(nuuk, Is.EqualTo(new Dictionary<string, string>
        {
            ["Land"] = "Grönland",
            ["Form"] = "Vänort",
            ["Status"] = "Avslutad",
            ["År"] = "1989–okänt",
        }));
    }

    [Test]
    public void A_network_s_members_are_cards_whose_end_and_history_are_labelled()
    {
        var stockholm = CellsOf(DemoSite.Page("natverk/metropolis.html"))
            .ToDictionary(c => c.Cell.GetAttribute("data-label")!, c => c.Cell);

        Assert.Multiple(() =>
        {
            Assert.That(stockholm.Keys, Is.EqualTo(new[] { "År", "Roll", "Historik" }));
            Assert.That(stockholm["År"].TextContent.Trim(), Is.EqualTo("–2011"));
            Assert.That(stockholm["Historik"].QuerySelector(".status")!.TextContent, Is.EqualTo("Avslutad"));
        });
    }
}
