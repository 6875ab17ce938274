namespace Portal.Tests.Pipeline;

public sealed class MetaDescriptionTests
{
    [Test]
    public void The_summary_wins_over_the_first_paragraph() =>
        Assert.That(MetaDescription.From("Sammanfattning.", "Första stycket."), Is.EqualTo("Sammanfattning."));

    [Test]
    public void Without_a_summary_the_first_paragraph_is_used_with_whitespace_collapsed() =>
        Assert.That(MetaDescription.From(null, "  Första\n stycket   här. "), Is.EqualTo("Första stycket här."));

    [Test]
    public void A_long_text_is_cut_at_a_word_to_fit_search_results()
    {
        var words = string.Join(' ', Enumerable.Repeat("vänortssamarbete", 20));
        var description = MetaDescription.From(words);
        Assert.That(description.Length, Is.LessThanOrEqualTo(MetaDescription.MaxLength));
        Assert.That(description, Does.EndWith("vänortssamarbete…"));
        Assert.That(words, Does.StartWith(description.TrimEnd('…')));
    }

    /// <summary>
    /// Texts of every spacing (runs of spaces, line breaks, tabs, no-break spaces), with punctuation where a cut may
    /// fall and words too long to cut at, give what the description's definition gives: white space collapsed over the
    /// whole text, then cut at the last space within 160 characters unless that leaves 80 or fewer.
    /// </summary>
    [Test]
    public void Any_text_is_collapsed_and_cut_as_defined()
    {
        var random = new Random(2026);
        string[] pieces = ["vänort", "samarbete,", "Åbo;", "x", "sammansättningarnasomintekanbrytasnågonstansalls", ":", " ", "  ", "\n", "\t", "\u00A0", "…"];
        Assert.Multiple(() =>
        {
            for (var n = 0; n < 3000; n++)
            {
                var text = string.Concat(Enumerable.Range(0, random.Next(0, 90)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? string.Empty : " ")));
                Assert.That(MetaDescription.From(null, text), Is.EqualTo(Definition(text)), text);
            }
        });
    }

    private static string Definition(string candidate)
    {
        var text = string.IsNullOrWhiteSpace(candidate) ? string.Empty : candidate.Trim();
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= MetaDescription.MaxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MetaDescription.MaxLength - 1);
        return text[..(cut > 80 ? cut : MetaDescription.MaxLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    [Test]
    public void A_page_without_summary_describes_itself_with_its_first_paragraph()
    {
        using var content = new TempContent();
        var run = content.Build().AssertClean();
        var description = run.Html("samarbeten/huddinge/vanda.html").QuerySelector("meta[name=description]")!.GetAttribute("content");
        Assert.That(description, Is.EqualTo("Vanda var Huddinges vänort. Läs beslutet."));
    }

    [Test]
    public void Free_pages_follow_their_order_key_on_the_home_page()
    {
        using var content = new TempContent();
        content.With("pages/om.md", "---\ntitle: Om portalen\norder: 2\n---\nText.");
        content.With("pages/kontakt.md", "---\ntitle: Kontakt\norder: 1\n---\nText.");
        content.With("pages/tillganglighet.md", "---\ntitle: Tillgänglighet\n---\nText.");
        var run = content.Build().AssertClean();

        var hrefs = run.Html("index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href"))
            .Where(h => h is "kontakt.html" or "om.html" or "tillganglighet.html").Distinct().ToList();
        Assert.That(hrefs, Is.EqualTo(new[] { "kontakt.html", "om.html", "tillganglighet.html" }));
    }
}
