using Portal.Search;
using Portal.Search.Analysis;
using Portal.Search.Index;

namespace Portal.Tests.Search.Index;

/// <summary>A language's pages turned into numbered documents, postings and fold entries.</summary>
[TestFixture]
public sealed class SearchIndexBuilderTests
{
    private static readonly LanguageAnalysis Swedish = LanguageAnalysis.For("sv");

    internal static SearchDocument Document(SearchKind kind, string path, string title, string text = "", string[]? names = null, RelationshipFacets? facets = null) => new()
    {
        Path = path,
        Kind = kind,
        Title = title,
        Names = names ?? [],
        Context = [],
        Text = text,
        Facets = kind == SearchKind.Relationship ? facets ?? new RelationshipFacets("active", "twin-town", "NO", "goteborg", "1946–") : null,
    };

    private static SearchIndex Build(params SearchDocument[] documents)
    {
        var analyser = new DocumentAnalyser(Swedish);
        return SearchIndexBuilder.Build(Swedish, [.. documents.Select(analyser.Analyse)]);
    }

    private static string Term(string word) => Swedish.Analyse(word).Primary;

    private static int[] Postings(SearchIndex index, string term) => index.Terms.Single(t => t.Term == term).Postings;

    [Test]
    public void Relationships_are_numbered_first_and_every_kind_keeps_the_sites_order()
    {
        var index = Build(
            Document(SearchKind.Municipality, "kommuner/goteborg.html", "Göteborg"),
            Document(SearchKind.Relationship, "samarbeten/goteborg/bergen.html", "Bergen"),
            Document(SearchKind.Country, "lander/no.html", "Norge"),
            Document(SearchKind.Relationship, "samarbeten/goteborg/abo.html", "Åbo"),
            Document(SearchKind.Page, "om.html", "Om portalen"),
            Document(SearchKind.Municipality, "kommuner/huddinge.html", "Huddinge"));

        Assert.Multiple(() =>
        {
            Assert.That(index.Documents.Select(d => d.Path), Is.EqualTo(new[]
            {
                "samarbeten/goteborg/bergen.html", "samarbeten/goteborg/abo.html", "kommuner/goteborg.html", "lander/no.html", "om.html", "kommuner/huddinge.html",
            }));
            Assert.That(index.RelationshipCount, Is.EqualTo(2));
            Assert.That(index.Analysis, Is.SameAs(Swedish));
        });
    }

    [Test]
    public void A_terms_postings_are_each_page_number_with_the_terms_weight_there_and_a_name_weighs_more_than_text()
    {
        var index = Build(
            Document(SearchKind.Municipality, "kommuner/goteborg.html", "Göteborg", text: "Göteborg har vänorten Bergen i Norge."),
            Document(SearchKind.Relationship, "samarbeten/goteborg/bergen.html", "Bergen", text: "Bergen i Norge."),
            Document(SearchKind.Relationship, "samarbeten/goteborg/abo.html", "Åbo", text: "Åbo i Finland."));

        Assert.Multiple(() =>
        {
            // Bergen's page is number 0 (a relationship), Göteborg's number 2.
            Assert.That(Postings(index, Term("bergen")), Is.EqualTo(new[] { 0, DocumentAnalyser.NameWeight + 1, 2, 1 }));
            Assert.That(Postings(index, Term("norge")), Is.EqualTo(new[] { 0, 1, 2, 1 }));
            Assert.That(Postings(index, Term("åbo")), Is.EqualTo(new[] { 1, DocumentAnalyser.NameWeight + 1 }));
        });
    }

    [Test]
    public void Terms_are_listed_once_each_in_ordinal_order()
    {
        var index = Build(
            Document(SearchKind.Page, "a.html", "Öland och Åland", text: "Zürich Ängelholm aaa Bergen"),
            Document(SearchKind.Page, "b.html", "Bergen", text: "Öland Åland ~"));

        var terms = index.Terms.Select(t => t.Term).ToList();
        Assert.That(terms, Is.Unique);
        Assert.That(terms, Is.EqualTo(terms.Order(StringComparer.Ordinal)));
        Assert.That(terms, Is.SupersetOf(new[] { Term("öland"), Term("åland"), Term("bergen"), Term("zürich") }));
    }

    [Test]
    public void A_folded_form_lists_the_terms_that_fold_to_it()
    {
        var index = Build(
            Document(SearchKind.Relationship, "samarbeten/goteborg/abo.html", "Åbo"),
            Document(SearchKind.Relationship, "samarbeten/goteborg/arhus.html", "Århus"),
            Document(SearchKind.Page, "a.html", "Äbo Bergen"));

        Assert.Multiple(() =>
        {
            Assert.That(Term("åbo"), Is.EqualTo("åbo"));
            Assert.That(index.Folds["abo"], Is.EqualTo(new[] { "äbo", "åbo" }), "in ordinal order");
            Assert.That(index.Folds[Folding.Fold(Term("århus"))], Is.EqualTo(new[] { Term("århus") }));
            Assert.That(index.Folds.Keys, Does.Not.Contain(Term("bergen")), "a term without diacritics needs no fold");
            Assert.That(index.Folds.Values.SelectMany(v => v), Is.SubsetOf(index.Terms.Select(t => t.Term)), "every folded term is in the index");
        });
    }

    [Test]
    public void A_language_with_no_pages_has_an_empty_index()
    {
        var index = Build();
        Assert.Multiple(() =>
        {
            Assert.That(index.Documents, Is.Empty);
            Assert.That(index.Terms, Is.Empty);
            Assert.That(index.Folds, Is.Empty);
            Assert.That(index.RelationshipCount, Is.Zero);
        });
    }
}
