using Portal.Binding;

namespace Portal.Tests.Binding;

public sealed class NearestMatchTests
{
    private static readonly string[] Slugs = ["huddinge-avslutar", "huddinge-borjar", "nordiska-vanortskedjan"];

    [TestCase("huddinge-avsluta", "huddinge-avslutar")]
    [TestCase("Huddinge-Borjar", "huddinge-borjar")]
    [TestCase("nordiska-vanortkedjan", "nordiska-vanortskedjan")]
    public void A_slip_finds_the_word_meant(string input, string expected) =>
        Assert.That(NearestMatch.Find(input, Slugs), Is.EqualTo(expected));

    [TestCase("eurocities")]
    [TestCase("huddinge")]
    public void Another_word_finds_nothing(string input) =>
        Assert.That(NearestMatch.Find(input, Slugs), Is.Null);

    [Test]
    public void A_pasted_text_where_a_word_belongs_is_compared_by_length_first() =>
        Assert.That(NearestMatch.Find(new string('x', 1_000_000), Slugs), Is.Null);
}
