using Portal.Search.Analysis;

namespace Portal.Tests.Search.Analysis;

/// <summary>The search's last resort: a word typed without its diacritics.</summary>
[TestFixture]
public sealed class FoldingTests
{
    [TestCase("åbo", "abo")]
    [TestCase("vänersborg", "vanersborg")]
    [TestCase("göteborg", "goteborg")]
    [TestCase("seyðisfjörður", "seydisfjordur")]
    [TestCase("taarbæk", "taarbaek")]
    [TestCase("straße", "strasse")]
    [TestCase("łódź", "lodz")]
    [TestCase("þingvellir", "thingvellir")]
    [TestCase("œuvre", "oeuvre")]
    [TestCase("ålesund", "alesund")]
    [TestCase("a\u0308", "a")]
    [TestCase("άλφα", "αλφα")]
    public void Folding_takes_off_diacritics_and_spells_out_letters_that_do_not_decompose(string word, string folded) =>
        Assert.That(Folding.Fold(word), Is.EqualTo(folded));

    [TestCase("abo", false)]
    [TestCase("c40", false)]
    [TestCase("åbo", true)]
    [TestCase("taarbæk", true)]
    [TestCase("東京", false)]
    public void Changes_tells_whether_folding_changes_a_word(string word, bool changes) =>
        Assert.That(Folding.Changes(word), Is.EqualTo(changes));
}
