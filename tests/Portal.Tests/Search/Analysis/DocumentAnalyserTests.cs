using Portal.Search;
using Portal.Search.Analysis;

namespace Portal.Tests.Search.Analysis;

/// <summary>A page's terms and how much each weighs there.</summary>
[TestFixture]
public sealed class DocumentAnalyserTests
{
    private static SearchDocument Page(string title = "", string[]? names = null, string[]? context = null, string text = "") => new()
    {
        Path = "samarbeten/goteborg/bergen.html",
        Kind = SearchKind.Relationship,
        Title = title,
        Names = names ?? [],
        Context = context ?? [],
        Text = text,
    };

    private static Dictionary<string, int> Weights(string language, SearchDocument page)
    {
        var analysed = new DocumentAnalyser(LanguageAnalysis.For(language)).Analyse(page);
        Assert.That(analysed.Terms, Is.Unique);
        return analysed.Terms.Zip(analysed.Weights).ToDictionary(p => p.First, p => (int)p.Second, StringComparer.Ordinal);
    }

    [Test]
    public void Stop_words_are_left_out_of_a_Swedish_page() =>
        Assert.That(
            Weights("sv", Page(text: "Vänorter och partnerskap i Norden")).Keys,
            Is.EquivalentTo(new[] { "vänort", "partnerskap", "nord" }));

    [Test]
    public void Stop_words_are_left_out_of_an_English_page() =>
        Assert.That(Weights("en", Page(text: "The twin towns of the North and their partners")).Keys, Is.EquivalentTo(new[] { "twin", "town", "north", "partner" }));

    [Test]
    public void A_word_in_capitals_is_indexed_under_the_terms_of_the_word_in_lower_case()
    {
        var upper = Weights("sv", Page(text: "VÄNORTERNA PARTNERSKAPET"));
        var lower = Weights("sv", Page(text: "vänorterna partnerskapet"));
        Assert.That(upper, Is.EqualTo(lower));
        Assert.That(upper.Keys, Does.Contain("vänort").And.Contain("~partnerskap"));
    }

    [Test]
    public void A_word_with_a_second_stem_is_indexed_under_both_and_the_second_is_marked() =>
        Assert.That(Weights("sv", Page(text: "partnerskapet")), Is.EqualTo(new Dictionary<string, int> { ["partnerskapet"] = 1, ["~partnerskap"] = 1 }));

    private static string Term(string word) => LanguageAnalysis.For("sv").Analyse(word).Primary;

    [Test]
    public void A_name_weighs_more_than_the_words_that_place_a_page_and_they_more_than_its_text()
    {
        var weights = Weights("sv", Page(title: "Bergen", names: ["Bergen", "Björgvin"], context: ["Göteborg", "Norge"], text: "Bergen ligger i Norge vid havet. Havet, havet, havet och havet."));
        Assert.Multiple(() =>
        {
            Assert.That(weights[Term("björgvin")], Is.EqualTo(DocumentAnalyser.NameWeight));
            Assert.That(weights[Term("göteborg")], Is.EqualTo(DocumentAnalyser.ContextWeight));
            Assert.That(weights[Term("norge")], Is.EqualTo(DocumentAnalyser.ContextWeight + 1), "placed, and once in the text");
            Assert.That(weights[Term("havet")], Is.EqualTo(DocumentAnalyser.MaxTextWeight), "five times in the text count as three");
            Assert.That(weights[Term("bergen")], Is.EqualTo(DocumentAnalyser.MaxWeight), "title, name and text together, capped");
            Assert.That(DocumentAnalyser.NameWeight, Is.GreaterThan(DocumentAnalyser.ContextWeight));
            Assert.That(DocumentAnalyser.ContextWeight, Is.GreaterThan(DocumentAnalyser.MaxTextWeight));
        });
    }

    [Test]
    public void A_word_weighs_the_same_however_often_it_stands_in_one_name() =>
        Assert.That(Weights("sv", Page(names: ["Bergen Bergen Bergen"]))[Term("bergen")], Is.EqualTo(DocumentAnalyser.NameWeight));

    [Test]
    public void Words_in_a_language_without_stemmers_are_indexed_as_written() =>
        Assert.That(Weights("fi", Page(text: "Ystävyyskaupungit ja Vantaa")).Keys, Is.EquivalentTo(new[] { "ystävyyskaupungit", "ja", "vantaa" }));
}
