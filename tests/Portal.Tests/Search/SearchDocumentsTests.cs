using Portal.Search;
using Portal.Search.Analysis;
using Portal.Search.Index;

namespace Portal.Tests.Search;

/// <summary>Which of a built site's pages the search shows, as what kind, and what of each it indexes: the demo site.</summary>
[TestFixture]
public sealed class SearchDocumentsTests
{
    private static readonly Dictionary<string, string> SearchPages = new(StringComparer.Ordinal) { ["sv"] = "sok.html", ["en"] = "en/sok.html" };

    private BuildRun _demo = null!;
    private Dictionary<string, WrittenIndex> _indexes = null!;

    [OneTimeSetUp]
    public void ReadTheDemoSitesIndexes()
    {
        _demo = DemoSite.Get();
        Assert.That(_demo.Result.Succeeded, Is.True, _demo.Report);
        _indexes = SearchPages.Keys.ToDictionary(l => l, l => WrittenIndex.Read(_demo.OutputDirectory, l), StringComparer.Ordinal);
    }

    /// <summary>Each result's page as a site path, by its href from the search page, with its kind's name.</summary>
    private List<(string Page, string Kind)> Results(string language)
    {
        var kinds = WrittenIndex.Strings(_indexes[language].Manifest.GetProperty("kinds"));
        return [.. _indexes[language].Documents.Select(d => (HtmlPages.ResolveRelative(SearchPages[language], d[0].GetString()!)!, kinds[d[2].GetInt32()]))];
    }

    private static IEnumerable<string> PagesIn(string language) =>
        DemoSite.Pages().Where(p => p.StartsWith("en/", StringComparison.Ordinal) == (language == "en"));

    /// <summary>The kind a demo page's path says it is: its folder, or a page.</summary>
    private static string KindOf(string page)
    {
        var parts = page.Split('/').SkipWhile(p => p == "en").ToArray();
        return parts switch
        {
            [_, "index.html"] => "page",
            ["samarbeten", _, _] => "relationship",
            ["kommuner", _] => "municipality",
            ["lander", _] => "country",
            ["natverk", _] => "network",
            ["beslut", _] => "decision",
            _ => "page",
        };
    }

    [TestCase("sv")]
    [TestCase("en")]
    public void Every_page_of_a_language_is_a_result_but_its_home_page_404_page_and_search_page(string language)
    {
        var prefix = language == "en" ? "en/" : string.Empty;
        var expected = PagesIn(language).Except([$"{prefix}index.html", $"{prefix}404.html", SearchPages[language]]);
        var results = Results(language).Select(r => r.Page).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(results, Is.EquivalentTo(expected));
            Assert.That(results, Is.Unique);
            Assert.That(results, Has.All.Matches<string>(_demo.Exists), "every result links to a page that exists");
        });
    }

    [TestCase("sv")]
    [TestCase("en")]
    public void Each_result_has_the_kind_of_its_page(string language)
    {
        var results = Results(language);
        Assert.That(results.Where(r => r.Kind != KindOf(r.Page)).Select(r => $"{r.Page}: {r.Kind}"), Is.Empty);
        Assert.That(results.Select(r => r.Kind).Distinct(), Is.EquivalentTo(new[] { "relationship", "municipality", "country", "network", "decision", "page" }));
    }

    [TestCase("sv", "Vanda", "–2024")]
    [TestCase("en", "Vantaa", "–2024")]
    public void A_relationships_result_has_its_title_and_the_values_its_filters_test(string language, string title, string years)
    {
        var index = _indexes[language];
        var vanda = index.Documents[index.PageOf("samarbeten/huddinge/vanda.html")];
        Assert.Multiple(() =>
        {
            Assert.That(vanda[1].GetString(), Is.EqualTo(title));
            Assert.That(WrittenIndex.Strings(vanda[4]), Is.EqualTo(new[] { "ended", "twin-town", "FI", "huddinge", years }));
        });
    }

    [Test]
    public void A_relationship_is_found_by_its_names_and_by_what_places_it_with_more_weight_than_by_its_text()
    {
        var index = _indexes["sv"];
        var swedish = LanguageAnalysis.For("sv");
        var vanda = index.PageOf("samarbeten/huddinge/vanda.html");
        int Weight(string word) => index.Weight(swedish.Analyse(word).Primary, vanda);
        Assert.Multiple(() =>
        {
            Assert.That(Weight("vanda"), Is.EqualTo(DocumentAnalyser.MaxWeight), "its name, as title and name");
            Assert.That(Weight("vantaa"), Is.EqualTo(DocumentAnalyser.NameWeight), "its local name");
            Assert.That(Weight("huddinge"), Is.GreaterThanOrEqualTo(DocumentAnalyser.ContextWeight), "its municipality");
            Assert.That(Weight("finland"), Is.GreaterThanOrEqualTo(DocumentAnalyser.ContextWeight), "its country");
            Assert.That(Weight("vänort"), Is.GreaterThanOrEqualTo(DocumentAnalyser.ContextWeight), "its type, in the page's language");
            Assert.That(Weight("avslutad"), Is.GreaterThanOrEqualTo(DocumentAnalyser.ContextWeight), "its status, in the page's language");
            Assert.That(Weight("struktur"), Is.EqualTo(1), "a word once in its text");
            Assert.That(Weight("göteborg"), Is.Zero, "a word not on the page");
        });
    }

    [Test]
    public void A_results_text_is_the_start_of_its_pages_text_cut_between_words()
    {
        var texts = _indexes["sv"].Documents.Select(d => d[3].GetString()!).ToList();
        var vanda = texts[_indexes["sv"].PageOf("samarbeten/huddinge/vanda.html")];
        Assert.Multiple(() =>
        {
            Assert.That(texts, Has.All.Length.LessThanOrEqualTo(SearchIndexFiles.ExcerptSourceLength));
            Assert.That(texts.Count(t => t.Length > SearchIndexFiles.ExcerptSourceLength / 2), Is.GreaterThan(10), "long texts are kept to the length, not dropped");
            Assert.That(vanda, Does.StartWith("Huddinge kommun inledde vänortssamarbetet med Vanda stad i Finland"));
            Assert.That(texts, Has.None.EndWith(" "));
        });
    }
}

/// <summary>A list over several pages is a result by its first page only: the later ones repeat its title.</summary>
[TestFixture]
public sealed class SearchDocumentsOfListsTests
{
    private const int Items = 101;

    private BuildRun _run = null!;
    private TempContent _content = null!;
    private List<string> _results = null!;

    [OneTimeSetUp]
    public void BuildASiteWithSecondPages()
    {
        _content = new TempContent();
        for (var i = 0; i < Items; i++)
        {
            var lat = (61.0 + (i * 0.03)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            _content.With($"partners/huddinge/ort-{i:000}.md", $"---\nname: Ort {i:000}\ncountry: FI\nlocation: {{lat: {lat}, lon: 26.0}}\ntype: twin-town\nstatus: active\n---\nOrt {i:000} är en vänort.\n");
            _content.With($"networks/natverk-{i:000}.md", $"---\nname: Nätverk {i:000}\nkind: network\n---\nEtt nätverk.\n");
            var date = new DateOnly(2000, 1, 1).AddDays(i * 30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            _content.With($"decisions/beslut-{i:000}.md", $"---\ntitle: Beslut {i:000}\nmunicipality: huddinge\nbody: Kommunstyrelsen\ndate: {date}\nkind: guideline\n---\nEtt beslut.\n");
        }

        _run = _content.Build().AssertClean();
        _results = [.. WrittenIndex.Read(_run.OutputDirectory, "sv").Documents.Select(d => d[0].GetString()!)];
    }

    [OneTimeTearDown]
    public void RemoveTheSite() => _content.Dispose();

    [TestCase("samarbeten/index.html", "samarbeten/sida-2.html")]
    [TestCase("lander/fi.html", "lander/fi/sida-2.html")]
    [TestCase("natverk/index.html", "natverk/sida-2.html")]
    [TestCase("beslut/index.html", "beslut/sida-2.html")]
    public void The_first_page_of_a_list_is_a_result_and_its_second_is_not(string first, string second)
    {
        Assert.That(_run.Exists(second), Is.True, "the list has a second page");
        Assert.That(_results, Does.Contain(first));
        Assert.That(_results, Does.Not.Contain(second));
    }

    [Test]
    public void Every_item_of_a_long_list_is_a_result_of_its_own() =>
        Assert.That(_results.Count(r => r.StartsWith("samarbeten/huddinge/ort-", StringComparison.Ordinal)), Is.EqualTo(Items));
}
