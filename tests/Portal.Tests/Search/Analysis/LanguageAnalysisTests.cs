using Portal.Search.Analysis;

namespace Portal.Tests.Search.Analysis;

/// <summary>What a word is indexed and searched under: the examples the search was asked to find, by language.</summary>
[TestFixture]
public sealed class LanguageAnalysisTests
{
    private static readonly LanguageAnalysis Swedish = LanguageAnalysis.For("sv");
    private static readonly LanguageAnalysis English = LanguageAnalysis.For("en");

    [TestCase("vänorterna")]
    [TestCase("vänorter")]
    [TestCase("vänortens")]
    [TestCase("vänort")]
    public void A_Swedish_word_and_its_inflections_share_the_primary_term(string word) =>
        Assert.That(Swedish.Analyse(word).Primary, Is.EqualTo("vänort"));

    [Test]
    public void Partnerskapet_meets_partnerskap_by_its_secondary_term_which_Snowball_alone_would_miss()
    {
        var definite = Swedish.Analyse("partnerskapet");
        var indefinite = Swedish.Analyse("partnerskap");
        Assert.Multiple(() =>
        {
            Assert.That(definite.Primary, Is.Not.EqualTo(indefinite.Primary), "Snowball keeps partnerskapet whole");
            Assert.That(definite.Secondary, Is.EqualTo("partnerskap"));
            Assert.That(indefinite, Is.EqualTo(new WordTerms("partnerskap", null)), "a word whose stems agree has no secondary term");
        });
    }

    [Test]
    public void A_secondary_term_is_only_kept_where_it_differs_from_the_primary()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Swedish.Analyse("stad"), Is.EqualTo(new WordTerms("stad", null)));
            Assert.That(English.Analyse("towns"), Is.EqualTo(new WordTerms("town", null)), "English has no second stemmer");
        });
    }

    [Test]
    public void The_Swedish_letters_å_ä_and_ö_are_letters_of_their_own_and_only_folding_takes_them_off()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Swedish.Analyse("åbo").Primary, Is.Not.EqualTo(Swedish.Analyse("abo").Primary));
            Assert.That(Swedish.Analyse("öland").Primary, Is.Not.EqualTo(Swedish.Analyse("oland").Primary));
            Assert.That(Folding.Fold("åbo"), Is.EqualTo("abo"));
            Assert.That(Folding.Fold(Swedish.Analyse("vänorterna").Primary), Is.EqualTo("vanort"));
        });
    }

    [TestCase("towns", "town")]
    [TestCase("partnerships", "partnership")]
    [TestCase("municipalities", "municip")]
    [TestCase("twinning", "twin")]
    public void English_words_are_stemmed_by_Porter2(string word, string stem) =>
        Assert.That(English.Analyse(word).Primary, Is.EqualTo(stem));

    [Test]
    public void The_stop_words_are_the_languages_own()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Swedish.StopWords, Does.Contain("och").And.Contain("i").And.Contain("för"));
            Assert.That(Swedish.StopWords, Does.Not.Contain("the").And.Not.Contain("vänort"));
            Assert.That(English.StopWords, Does.Contain("the").And.Contain("and").And.Contain("of"));
            Assert.That(English.StopWords, Does.Not.Contain("och"));
            Assert.That(LanguageAnalysis.For("fi").StopWords, Is.Empty, "a language without stemmers keeps every word");
        });
    }

    [Test]
    public void A_language_without_stemmers_searches_words_as_they_are_written()
    {
        var finnish = LanguageAnalysis.For("fi");
        Assert.Multiple(() =>
        {
            Assert.That(finnish.Language, Is.EqualTo("fi"));
            Assert.That(finnish.Stemmers, Is.Empty);
            Assert.That(finnish.Analyse("ystävyyskaupungit"), Is.EqualTo(new WordTerms("ystävyyskaupungit", null)));
        });
    }
}
