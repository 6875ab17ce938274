using Portal.Search;

namespace Portal.Tests.Search;

/// <summary>A page's text as the search indexes it and a result shows it.</summary>
[TestFixture]
public sealed class PlainTextTests
{
    [TestCase("<p>Vanda var <strong>Huddinges</strong> vänort.</p>", "Vanda var Huddinges vänort.")]
    [TestCase("<h2 id=\"bakgrund\">Bakgrund</h2>\n<p>Text</p>", "Bakgrund Text")]
    [TestCase("<img src=\"a.png\" alt=\"Karta\">Åbo", "Åbo")]
    public void Tags_are_removed(string html, string text) =>
        Assert.That(PlainText.FromHtml(html), Is.EqualTo(text));

    [TestCase("Göteborg &amp; Bergen", "Göteborg & Bergen")]
    [TestCase("&#229;bo &#xE4;r &Ouml;land", "åbo är Öland")]
    [TestCase("&lt;p&gt; är ingen tagg", "<p> är ingen tagg")]
    [TestCase("1&nbsp;000&nbsp;invånare", "1 000 invånare")]
    public void Character_references_are_decoded(string html, string text) =>
        Assert.That(PlainText.FromHtml(html), Is.EqualTo(text));

    [TestCase("<ul><li>Åbo</li><li>Bergen</li></ul>", "Åbo Bergen")]
    [TestCase("<p>Åbo</p><p>Bergen</p>", "Åbo Bergen")]
    [TestCase("Åbo<br>Bergen<br/>Århus<BR />Nuuk", "Åbo Bergen Århus Nuuk")]
    [TestCase("<table><tr><td>1946</td><td>Åbo</td></tr></table>", "1946 Åbo")]
    [TestCase("<div class=\"note\">Åbo</div><blockquote>Bergen</blockquote>", "Åbo Bergen")]
    public void A_block_tag_separates_words(string html, string text) =>
        Assert.That(PlainText.FromHtml(html), Is.EqualTo(text));

    [TestCase("<a href=\"bergen.html\">Bergen</a>.", "Bergen.")]
    [TestCase("Vän<em>orter</em>na", "Vänorterna")]
    [TestCase("C<sub>40</sub>", "C40")]
    public void An_inline_tag_does_not_separate_words(string html, string text) =>
        Assert.That(PlainText.FromHtml(html), Is.EqualTo(text));

    [TestCase("Åbo<!-- en kommentar med <p>taggar</p> -->Bergen", "ÅboBergen")]
    [TestCase("<p>Åbo</p><!-- dold -->\n<p>Bergen</p>", "Åbo Bergen")]
    [TestCase("Åbo <!-- aldrig stängd <p>Bergen</p>", "Åbo")]
    public void Comments_are_skipped_whole(string html, string text) =>
        Assert.That(PlainText.FromHtml(html), Is.EqualTo(text));

    [TestCase("  <p>  Åbo \n\n\t och   Bergen  </p>  ", "Åbo och Bergen")]
    [TestCase("<p>\n</p>", "")]
    [TestCase("", "")]
    public void White_space_is_collapsed_and_trimmed(string html, string text) =>
        Assert.That(PlainText.FromHtml(html), Is.EqualTo(text));

    [Test]
    public void A_text_no_longer_than_the_length_is_kept_whole()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PlainText.Start("Åbo och Bergen", 14), Is.EqualTo("Åbo och Bergen"));
            Assert.That(PlainText.Start("Åbo och Bergen", 400), Is.EqualTo("Åbo och Bergen"));
        });
    }

    [TestCase("Åbo och Bergen är vänorter", 12, "Åbo och")]
    [TestCase("Åbo och Bergen är vänorter", 14, "Åbo och Bergen")]
    [TestCase("Åbo och Bergen är vänorter", 15, "Åbo och Bergen")]
    public void A_longer_text_is_cut_between_words(string text, int length, string start) =>
        Assert.That(PlainText.Start(text, length), Is.EqualTo(start));

    [Test]
    public void A_text_with_no_space_in_the_second_half_of_its_start_is_cut_at_the_length()
    {
        var word = new string('x', 30);
        Assert.That(PlainText.Start("ab " + word, 20), Is.EqualTo("ab " + new string('x', 17)));
    }

    [Test]
    public void A_cut_at_the_length_does_not_split_a_character_in_two()
    {
        // Chinese has no spaces to cut at; an emoji (two UTF-16 units) straddles the length. Half of it is written
        // to the result's file as U+FFFD.
        var text = new string('字', 399) + "😀後";
        var start = PlainText.Start(text, 400);
        Assert.Multiple(() =>
        {
            Assert.That(text.StartsWith(start, StringComparison.Ordinal), Is.True);
            Assert.That(start.Length, Is.InRange(399, 401));
            Assert.That(char.IsHighSurrogate(start[^1]), Is.False, "ends in half a character");
        });
    }

    [Test]
    public void Every_character_that_is_white_space_separates_words_and_no_other_does()
    {
        var wrong = new List<string>();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (c is '<' or '&' || char.IsSurrogate(c))
            {
                continue;
            }

            // Two of it: a run of white space is one space.
            if (PlainText.FromHtml($"a{c}{c}b") != (char.IsWhiteSpace(c) ? "a b" : $"a{c}{c}b"))
            {
                wrong.Add($"U+{(int)c:X4}");
            }
        }

        Assert.That(wrong, Is.Empty);
    }
}
