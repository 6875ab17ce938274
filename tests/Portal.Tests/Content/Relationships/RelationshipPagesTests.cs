using AngleSharp.Html.Dom;

namespace Portal.Tests.Content.Relationships;

/// <summary>
/// A relationship's fact box says when it began and, once it has ended, when it ended, under labels that cannot be
/// read as the time its status began: "Vilande" then "Sedan 1947" read as "dormant since 1947", and "Avslutad" then
/// "Sedan 1989" as "ended since 1989".
/// </summary>
public sealed class RelationshipPagesTests
{
    /// <summary>The fact box of Vanda's page in <paramref name="language"/>, as its term and description pairs.</summary>
    private static IReadOnlyList<(string Term, string Description)> Facts(string keys, string language = "sv")
    {
        using var content = new TempContent();
        content.WithVanda(keys);
        var (files, lines) = SiteBuilder.Generate(content);
        Assert.That(lines, Is.Empty);
        var page = HtmlPages.Parse(files[(language == "sv" ? string.Empty : language + "/") + "samarbeten/huddinge/vanda.html"]);
        return FactsOf(page);
    }

    private static List<(string Term, string Description)> FactsOf(IHtmlDocument page) =>
        page.QuerySelectorAll("dl.facts dt")
            .Select(dt => (dt.TextContent.Trim(), dt.NextElementSibling!.TextContent.Trim()))
            .ToList();

    /// <summary>The facts about when: the status, and the terms after it up to the municipality.</summary>
    private static IReadOnlyList<(string Term, string Description)> When(IReadOnlyList<(string Term, string Description)> facts) =>
        facts.TakeWhile(f => f.Term is not ("Kommun" or "Municipality")).ToList();

    [Test]
    public void An_ended_relationship_says_when_it_began_and_when_it_ended()
    {
        Assert.That(When(Facts("status: ended\nsince: 1989\nuntil: 2024-01-17")), Is.EqualTo(new[]
        {
            ("Status", "Avslutad"),
            ("Inleddes", "1989"),
            ("Avslutades", "17 januari 2024"),
        }));
    }

    [Test]
    public void A_dormant_relationship_says_when_it_began_and_nothing_of_an_end()
    {
        Assert.That(When(Facts("status: dormant\nsince: 1947")), Is.EqualTo(new[]
        {
            ("Status", "Vilande"),
            ("Inleddes", "1947"),
        }));
    }

    [Test]
    public void An_ended_relationship_whose_end_no_one_knows_says_so_as_the_tables_do()
    {
        Assert.That(When(Facts("status: ended\nsince: 1989\nuntil: unknown")), Is.EqualTo(new[]
        {
            ("Status", "Avslutad"),
            ("Inleddes", "1989"),
            ("Avslutades", "okänt"),
        }));
    }

    [Test]
    public void A_start_no_one_knows_is_said_to_be_unknown()
    {
        Assert.Multiple(() =>
        {
            Assert.That(When(Facts("status: active")), Is.EqualTo(new[] { ("Status", "Aktiv"), ("Inleddes", "okänt") }));
            Assert.That(When(Facts("status: ended\nuntil: 2024")), Is.EqualTo(new[] { ("Status", "Avslutad"), ("Inleddes", "okänt"), ("Avslutades", "2024") }));
        });
    }

    [Test]
    public void The_English_page_says_began_and_ended()
    {
        Assert.Multiple(() =>
        {
            Assert.That(When(Facts("status: ended\nsince: 1989\nuntil: unknown", "en")), Is.EqualTo(new[]
            {
                ("Status", "Ended"),
                ("Began", "1989"),
                ("Ended", "unknown"),
            }));
            Assert.That(When(Facts("status: dormant\nsince: 1947", "en")), Is.EqualTo(new[] { ("Status", "Dormant"), ("Began", "1947") }));
        });
    }

    /// <summary>The demo's relationships, each page in both languages: no fact box says "since" or "until" after a status.</summary>
    [Test]
    public void No_demo_relationship_page_says_since_or_until()
    {
        var pages = DemoSite.Pages().Where(p => p.StartsWith("samarbeten/", StringComparison.Ordinal) || p.StartsWith("en/samarbeten/", StringComparison.Ordinal))
            .Where(p => DemoSite.Page(p).QuerySelector("dl.facts") is not null)
            .ToList();
        var terms = pages.SelectMany(p => FactsOf(DemoSite.Page(p)).Select(f => f.Term)).ToHashSet(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(pages, Has.Count.GreaterThan(20));
            Assert.That(terms, Does.Contain("Inleddes").And.Contain("Avslutades").And.Contain("Began").And.Contain("Ended"));
            Assert.That(terms, Has.None.AnyOf("Sedan", "Till", "Since", "Until", "År", "Years"));
        });
    }
}
