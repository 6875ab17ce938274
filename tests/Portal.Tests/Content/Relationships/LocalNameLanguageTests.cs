namespace Portal.Tests.Content.Relationships;

/// <summary>
/// <c>localNameLanguage</c>, the language the partner's own name is written in: the key added by one line in the
/// relationship's definition, read by its binder. Its schema entry and its line in a starting file follow from the
/// definition (SchemaWriterTests, NewCommandTests).
/// </summary>
public sealed class LocalNameLanguageTests
{
    private const string Vanda = "partners/huddinge/vanda.md";

    [TestCase("fi")]
    [TestCase("se")]
    [TestCase("zh-Hant")]
    public void A_language_tag_binds_as_written(string tag)
    {
        using var content = new TempContent();
        content.WithLine(Vanda, 3, $"localName: Vantaa\nlocalNameLanguage: {tag}");

        var model = ContentModel.Load(content);

        Assert.That(model.Lines, Is.Empty, model.Report);
        Assert.That(model.In("sv").Relationships.Single().LocalNameLanguage, Is.EqualTo(tag));
        Assert.That(model.In("en").Relationships.Single().LocalNameLanguage, Is.EqualTo(tag), "a fact, the same in every language");
    }

    [Test]
    public void Left_out_it_is_unknown_and_no_key_is_reported()
    {
        using var content = new TempContent();

        var model = ContentModel.Load(content);

        Assert.That(model.Lines, Is.Empty, model.Report);
        Assert.That(model.In("sv").Relationships.Single().LocalNameLanguage, Is.Null);
    }

    [TestCase("FI")]
    [TestCase("finska")]
    [TestCase("fi_FI")]
    public void Anything_but_a_language_tag_is_an_error_at_its_value(string tag)
    {
        using var content = new TempContent();
        content.WithLine(Vanda, 3, $"localName: Vantaa\nlocalNameLanguage: {tag}");

        Assert.That(ContentModel.Load(content).Lines, Is.EqualTo(new[]
        {
            $"{Vanda}:4:20: error PT0007: '{tag}' is not a BCP 47 language tag: write the language's code in lower case, such as fi, se or zh-Hant",
        }));
    }

    [Test]
    public void A_translation_may_not_give_it()
    {
        using var content = new TempContent();
        content.WithLine("partners/huddinge/vanda.en.md", 2, "localNameLanguage: fi");

        Assert.That(ContentModel.Load(content).Lines, Has.Some.StartsWith("partners/huddinge/vanda.en.md:2:1: error PT0031: 'localNameLanguage' cannot differ between languages"));
    }
}

/// <summary>A partner's local name on the pages, marked with its language (WCAG 3.1.2, language of parts).</summary>
public sealed class LocalNameMarkupTests
{
    private const string Vanda = "partners/huddinge/vanda.md";

    private static IReadOnlyDictionary<string, string> Build(string country, string localName, string? language = null)
    {
        using var content = new TempContent();
        content.WithLine(Vanda, 4, $"country: {country}");
        content.WithLine(Vanda, 3, $"localName: {localName}{(language is null ? string.Empty : $"\nlocalNameLanguage: {language}")}");
        var (files, lines) = SiteBuilder.Generate(content);
        Assert.That(lines.Where(l => l.Contains(" error ", StringComparison.Ordinal)), Is.Empty);
        return files;
    }

    /// <summary>The local name's element on the relationship page, and on the municipality page's table.</summary>
    private static (string? Page, string? Table) Langs(IReadOnlyDictionary<string, string> files, string prefix = "")
    {
        var page = HtmlPages.Parse(files[$"{prefix}samarbeten/huddinge/vanda.html"]);
        var facts = page.QuerySelectorAll("dl.facts dd").Single(dd => dd.PreviousElementSibling?.TextContent == "Partner");
        var table = HtmlPages.Parse(files[$"{prefix}kommuner/huddinge.html"]).QuerySelector("table th[scope=row] .muted span");
        return (facts.GetAttribute("lang"), table?.GetAttribute("lang"));
    }

    [TestCase("FI", "Tampere", "fi")]
    [TestCase("CN", "广州", "zh")]
    public void A_local_name_carries_its_countrys_language(string country, string localName, string language) =>
        Assert.That(Langs(Build(country, localName)), Is.EqualTo((language, language)));

    [Test]
    public void The_files_language_goes_before_the_countrys() =>
        Assert.That(Langs(Build("FI", "Dáhppu", "se")), Is.EqualTo(("se", "se")));

    [Test]
    public void A_name_in_the_pages_own_language_needs_no_mark_and_is_marked_on_the_other_languages_page()
    {
        var files = Build("AX", "Mariehamn");
        Assert.Multiple(() =>
        {
            Assert.That(Langs(files).Page, Is.Null, "Swedish on a Swedish page");
            Assert.That(Langs(files, "en/").Page, Is.EqualTo("sv"), "Swedish on an English page");
        });
    }
}
