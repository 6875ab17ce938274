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
