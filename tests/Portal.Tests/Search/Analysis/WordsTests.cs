using Portal.Search.Analysis;

namespace Portal.Tests.Search.Analysis;

/// <summary>How a text splits into the words the index and a query are made of.</summary>
[TestFixture]
public sealed class WordsTests
{
    [TestCase("VÄNORT", new[] { "vänort" })]
    [TestCase("Vänersborg", new[] { "vänersborg" })]
    [TestCase("ÅBO Århus ÖLAND", new[] { "åbo", "århus", "öland" })]
    public void Words_are_lower_cased(string text, string[] words) =>
        Assert.That(Words.Of(text), Is.EqualTo(words));

    [TestCase("Lyngby-Taarbæk", new[] { "lyngby", "taarbæk" })]
    [TestCase("Åbo, Århus och Bergen.", new[] { "åbo", "århus", "och", "bergen" })]
    [TestCase("S:t Olavs Waterway", new[] { "s", "t", "olavs", "waterway" })]
    [TestCase("Huddinge's (twin) \"town\"; 1946–2024!", new[] { "huddinge", "s", "twin", "town", "1946", "2024" })]
    [TestCase("e-post@example.org", new[] { "e", "post", "example", "org" })]
    [TestCase("  \t\n", new string[0])]
    public void Punctuation_hyphens_and_spaces_separate_words(string text, string[] words) =>
        Assert.That(Words.Of(text), Is.EqualTo(words));

    [TestCase("C40 SMART4MD", new[] { "c40", "smart4md" })]
    [TestCase("KS-2023/123", new[] { "ks", "2023", "123" })]
    [TestCase("½ x²", new[] { "x" })]
    public void Decimal_digits_are_part_of_words_and_other_numbers_are_not(string text, string[] words) =>
        Assert.That(Words.Of(text), Is.EqualTo(words));

    [Test]
    public void A_run_longer_than_the_longest_word_is_left_out_whole()
    {
        var longest = new string('a', Words.MaxWordLength);
        var overlong = new string('b', Words.MaxWordLength + 1);
        Assert.Multiple(() =>
        {
            Assert.That(Words.MaxWordLength, Is.EqualTo(40));
            Assert.That(Words.Of($"före {longest} mellan {overlong} efter"), Is.EqualTo(new[] { "före", longest, "mellan", "efter" }));
            Assert.That(Words.Of(new string('Ä', Words.MaxWordLength)), Is.EqualTo(new[] { new string('ä', Words.MaxWordLength) }));
            Assert.That(Words.Of(overlong.ToUpperInvariant()), Is.Empty, "not its first forty letters either");
        });
    }

    [Test]
    public void A_word_is_in_composed_form_however_it_was_typed()
    {
        var decomposed = "Va\u0308nort A\u030Abo";
        Assert.Multiple(() =>
        {
            Assert.That(Words.Of(decomposed), Is.EqualTo(new[] { "vänort", "åbo" }));
            Assert.That(Words.Of(decomposed)[0], Is.EqualTo("v\u00e4nort"), "ä as one character");
            Assert.That(Words.Of("q\u0307"), Is.EqualTo(new[] { "q\u0307" }), "a mark with no composed letter stays in the word");
        });
    }

    [TestCase("東京都と日本", new[] { "東京都と日本" })]
    [TestCase("Göteborg👍text 🇸🇪", new[] { "göteborg", "text" })]
    [TestCase("Ἀθῆναι ΣΟΦΟΣ", new[] { "ἀθῆναι", "σοφοσ" })]
    public void Letters_of_every_script_make_words_and_symbols_do_not(string text, string[] words) =>
        Assert.That(Words.Of(text), Is.EqualTo(words));

    [TestCase("İzmir", "izmir")]
    [TestCase("İSTANBUL", "istanbul")]
    public void A_word_with_the_dotted_capital_I_is_found_by_the_word_typed_with_a_plain_i(string written, string typed)
    {
        // The browser falls back on the folded form of the index's terms: İzmir must fold to what izmir is typed as.
        var indexed = Words.Of(written).Single();
        Assert.That(Folding.Fold(indexed), Is.EqualTo(Words.Of(typed).Single()), $"indexed as \"{indexed}\"");
    }

    [Test]
    public void Visit_hands_over_the_same_words_as_Of()
    {
        var visited = new List<string>();
        Words.Visit("Vänorterna i NORDEN, 1946", visited, static (word, list) => list.Add(word.ToString()));
        Assert.That(visited, Is.EqualTo(new[] { "vänorterna", "i", "norden", "1946" }));
    }
}
