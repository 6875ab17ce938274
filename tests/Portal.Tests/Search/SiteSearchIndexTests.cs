using System.Text.Json;
using Portal.Search.Analysis;

namespace Portal.Tests.Search;

/// <summary>
/// The demo site's index as a build writes it, searched by the browser's own code (theme/assets/search/index.js, in
/// Node, its files handed over instead of fetched): the searches the feature was asked for find what they should.
/// </summary>
[TestFixture]
public sealed class SiteSearchIndexTests
{
    private static readonly (string Language, string Query, Dictionary<string, string> Filters)[] Searches =
    [
        ("sv", "vänort", []),
        ("sv", "vänorterna", []),
        ("sv", "VÄNORTERNA", []),
        ("sv", "partnerskap", []),
        ("sv", "Åbo", []),
        ("sv", "abo", []),
        ("sv", "arhus", []),
        ("sv", "och i", []),
        ("sv", "vanda", new() { ["status"] = "ended" }),
        ("sv", "vanda", new() { ["status"] = "active" }),
        ("sv", "", new() { ["country"] = "FI" }),
        ("sv", "", new() { ["country"] = "FI", ["municipality"] = "huddinge" }),
        ("sv", "vantaa", []),
        ("en", "partnerships", []),
        ("en", "the", []),
    ];

    private Dictionary<string, WrittenIndex> _indexes = null!;
    private List<JsonElement[]> _found = null!;

    [OneTimeSetUp]
    public void SearchTheDemoSite()
    {
        var demo = DemoSite.Get();
        Assert.That(demo.Result.Succeeded, Is.True, demo.Report);
        _indexes = new[] { "sv", "en" }.ToDictionary(l => l, l => WrittenIndex.Read(demo.OutputDirectory, l), StringComparer.Ordinal);
        var found = BrowserScript.Run(
            """
            const { SearchIndex } = await import(assets + 'index.js');
            const indexes = {};
            for (const [language, manifest] of Object.entries(input.manifests)) {
              const index = new SearchIndex(manifest, new URL(`https://example.org/search/${language}/${manifest.folder}`));
              index.file = async (name) => {
                if (!(name in input.files[language])) {
                  throw new Error(`no file ${name}`);
                }
                return input.files[language][name];
              };
              indexes[language] = index;
            }
            const results = [];
            for (const { language, query, filters } of input.searches) {
              const { pages } = await indexes[language].search(query, filters, false);
              results.push(await indexes[language].documents(pages));
            }
            return results;
            """,
            new
            {
                manifests = _indexes.ToDictionary(i => i.Key, i => i.Value.Manifest),
                files = _indexes.ToDictionary(i => i.Key, i => i.Value.Files),
                searches = Searches.Select(s => new { language = s.Language, query = s.Query, filters = s.Filters }),
            });
        _found = [.. found.EnumerateArray().Select(r => r.EnumerateArray().ToArray())];
    }

    private string[] Found(string language, string query, params (string Name, string Value)[] filters)
    {
        var place = Array.FindIndex(Searches, s => s.Language == language && s.Query == query
            && s.Filters.OrderBy(f => f.Key).SequenceEqual(filters.Select(f => KeyValuePair.Create(f.Name, f.Value)).OrderBy(f => f.Key)));
        Assert.That(place, Is.Not.Negative, $"'{query}' is among the searches run");
        return [.. _found[place].Select(d => d.GetProperty("href").GetString()!)];
    }

    /// <summary>The hrefs of the pages the index holds <paramref name="term"/> for, read from its files.</summary>
    private List<string> PagesWith(string language, string term)
    {
        var index = _indexes[language];
        var documents = index.Documents;
        return [.. Enumerable.Range(0, documents.Count).Where(p => index.Weight(term, p) > 0).Select(p => documents[p][0].GetString()!)];
    }

    [Test]
    public void Vänort_finds_every_page_with_vänorterna_and_vänorterna_every_page_with_vänort()
    {
        var pages = PagesWith("sv", "vänort");
        Assert.That(pages, Has.Count.GreaterThan(20), "the demo site speaks of vänorter");
        Assert.Multiple(() =>
        {
            Assert.That(Found("sv", "vänort"), Is.SupersetOf(pages));
            Assert.That(Found("sv", "vänorterna"), Is.SupersetOf(pages));
            Assert.That(Found("sv", "vänort"), Does.Contain("natverk/norrkopings-vanortskedja.html"), "its text has vänorterna, not vänort");
        });
    }

    [Test]
    public void A_query_in_capitals_finds_what_it_finds_in_lower_case() =>
        Assert.That(Found("sv", "VÄNORTERNA"), Is.EqualTo(Found("sv", "vänorterna")).And.Not.Empty);

    [Test]
    public void Partnerskap_finds_the_pages_that_say_partnerskapet()
    {
        var pages = PagesWith("sv", LanguageAnalysis.SecondaryMark + "partnerskap");
        Assert.That(pages, Is.Not.Empty, "the demo site says partnerskapet (or another form only the light stemmer joins)");
        Assert.That(Found("sv", "partnerskap"), Is.SupersetOf(pages));
    }

    [Test]
    public void Åbo_is_found_first_by_its_name_and_by_abo_typed_without_the_ring()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Found("sv", "Åbo").FirstOrDefault(), Is.EqualTo("samarbeten/goteborg/abo.html"));
            Assert.That(Found("sv", "abo"), Does.Contain("samarbeten/goteborg/abo.html"));
            Assert.That(Found("sv", "arhus"), Does.Contain("samarbeten/goteborg/arhus.html"));
        });
    }

    [Test]
    public void A_relationship_is_found_by_its_local_name() =>
        Assert.That(Found("sv", "vantaa").FirstOrDefault(), Is.EqualTo("samarbeten/huddinge/vanda.html"));

    [Test]
    public void A_query_of_stop_words_only_finds_nothing()
    {
        Assert.That(Found("sv", "och i"), Is.Empty);
        Assert.That(Found("en", "the"), Is.Empty);
    }

    [Test]
    public void A_filter_narrows_the_results_to_the_relationships_with_its_value()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Found("sv", "vanda", ("status", "ended")), Does.Contain("samarbeten/huddinge/vanda.html"));
            Assert.That(Found("sv", "vanda", ("status", "active")), Does.Not.Contain("samarbeten/huddinge/vanda.html"));
            Assert.That(Found("sv", "", ("country", "FI")), Is.EqualTo(new[]
            {
                "samarbeten/goteborg/abo.html", "samarbeten/huddinge/vanda.html", "samarbeten/vanersborg/kangasala.html", "samarbeten/vanersborg/utajarvi.html",
            }), "with no words, the relationships in the site's order");
            Assert.That(Found("sv", "", ("country", "FI"), ("municipality", "huddinge")), Is.EqualTo(new[] { "samarbeten/huddinge/vanda.html" }));
        });
    }

    [Test]
    public void An_English_word_finds_its_other_forms() =>
        Assert.That(Found("en", "partnerships"), Is.SupersetOf(PagesWith("en", LanguageAnalysis.For("en").Analyse("partnership").Primary)).And.Not.Empty);

    [Test]
    public void The_browser_shows_each_result_with_the_kind_and_filter_values_the_index_wrote_for_it()
    {
        var shown = _found.SelectMany((results, i) => results.Select(r => (Language: Searches[i].Language, Result: r))).ToList();
        var wrong = new List<string>();
        foreach (var (language, result) in shown)
        {
            var index = _indexes[language];
            var written = index.Documents[index.PageOf(result.GetProperty("href").GetString()!)];
            var kind = WrittenIndex.Strings(index.Manifest.GetProperty("kinds"))[written[2].GetInt32()];
            if (result.GetProperty("kind").GetString() != kind)
            {
                wrong.Add($"{result.GetProperty("href")}: a {kind} shown as a {result.GetProperty("kind")}");
            }

            // JSON leaves out a property the browser's result has as undefined.
            var facets = result.TryGetProperty("facets", out var f) ? f : default;
            var expected = written.GetArrayLength() > 4 && written[4].ValueKind == JsonValueKind.Array ? WrittenIndex.Strings(written[4]) : null;
            var actual = facets.ValueKind == JsonValueKind.Object
                ? new[] { "status", "type", "country", "municipality", "years" }.Select(n => facets.GetProperty(n).GetString()!).ToList()
                : null;
            if (!(expected ?? []).SequenceEqual(actual ?? []) || (expected is null) != (actual is null))
            {
                wrong.Add($"{result.GetProperty("href")}: filter values [{string.Join(", ", expected ?? [])}] shown as [{string.Join(", ", actual ?? [])}]");
            }
        }

        Assert.That(wrong, Is.Empty);
        Assert.That(shown.Select(s => s.Result.GetProperty("kind").GetString()).Distinct(), Is.EquivalentTo(new[] { "relationship", "municipality", "country", "network", "decision", "page" }), "the searches show every kind");
    }
}
