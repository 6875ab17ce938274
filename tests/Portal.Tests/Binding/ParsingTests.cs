namespace Portal.Tests.Binding;

/// <summary>Every kind of content file, read into the model: what each key of the content contract becomes.</summary>
public sealed class ParsingTests
{
    private TempContent _content = null!;
    private ContentModel _model = null!;

    [OneTimeSetUp]
    public void LoadTheMinimalContent()
    {
        _content = new TempContent();
        _model = ContentModel.Load(_content);
        Assert.That(_model.Lines, Is.Empty, _model.Report);
    }

    [OneTimeTearDown]
    public void RemoveContent() => _content.Dispose();

    private LanguageContent Sv => _model.In("sv");

    private LanguageContent En => _model.In("en");

    [Test]
    public void Site_settings_read_a_title_per_language_the_publisher_the_base_url_and_the_languages()
    {
        var site = _model.Site!;
        Assert.That(site.Title.In("sv"), Is.EqualTo("Testportal"));
        Assert.That(site.Title.In("en"), Is.EqualTo("Test portal"));
        Assert.That(site.Publisher, Is.EqualTo("Testkommunen"));
        Assert.That(site.BaseUrl, Is.EqualTo(new Uri("https://example.org/portal/")));
        Assert.That(site.Languages, Is.EqualTo(new[] { "sv", "en" }));
        Assert.That(site.DefaultLanguage, Is.EqualTo("sv"));
    }

    [Test]
    public void A_municipality_has_its_name_position_kind_county_and_website()
    {
        var huddinge = Sv.Municipalities.Single(m => m.Slug == "huddinge");
        Assert.That(huddinge.Name, Is.EqualTo("Huddinge"));
        Assert.That(huddinge.Location, Is.EqualTo(new GeoPoint(59.24, 17.98)));
        Assert.That(huddinge.Kind, Is.EqualTo(MunicipalityKind.Municipality), "kind defaults to municipality");
        Assert.That(huddinge.County, Is.EqualTo("Stockholms län"));
        Assert.That(huddinge.Website, Is.EqualTo(new Uri("https://www.huddinge.se/")));
        Assert.That(huddinge.Text.Markdown.ToString(), Does.StartWith("Huddinge är en kommun"));
    }

    [Test]
    public void A_relationship_reads_every_key_of_the_contract()
    {
        var vanda = Sv.Relationships.Single();
        Assert.That(vanda.Key, Is.EqualTo(new RelationshipKey("huddinge", "vanda")));
        Assert.That(vanda.Name, Is.EqualTo("Vanda"));
        Assert.That(vanda.LocalName, Is.EqualTo("Vantaa"));
        Assert.That(vanda.Country, Is.EqualTo("FI"));
        Assert.That(vanda.Location, Is.EqualTo(new GeoPoint(60.29, 25.04)));
        Assert.That(vanda.Type, Is.EqualTo(RelationshipType.TwinTown));
        Assert.That(vanda.Status, Is.EqualTo(RelationshipStatus.Ended));
        Assert.That(vanda.Since, Is.EqualTo(new PartialDate(1946)), "since: 1946 is a year");
        Assert.That(vanda.Since!.Value.HasDay, Is.False);
        Assert.That(vanda.Until, Is.EqualTo(new PartialDate(2024, 1, 17)), "until: 2024-01-17 is a date");
        Assert.That(vanda.Areas, Is.EqualTo(new[] { CooperationArea.Culture, CooperationArea.Education }));
        Assert.That(vanda.Financing, Is.EqualTo(new[] { FinancingSource.OwnFunds }));
        Assert.That(vanda.Network, Is.EqualTo("nordiska-vanortskedjan"));
        Assert.That(vanda.Decisions, Is.EqualTo(new[] { "huddinge-avslutar" }));
    }

    [Test]
    public void A_network_reads_its_kind_seat_and_members()
    {
        var network = Sv.Networks.Single();
        Assert.That(network.Slug, Is.EqualTo("nordiska-vanortskedjan"));
        Assert.That(network.Name, Is.EqualTo("Nordiska vänortskedjan"));
        Assert.That(network.Kind, Is.EqualTo(NetworkKind.TwinningChain));
        Assert.That(network.Country, Is.EqualTo("DK"));
        Assert.That(network.Members, Is.EqualTo(new[] { new NetworkMember("vanersborg", new PartialDate(1946), null, "grundare") }));
    }

    [Test]
    public void A_decision_reads_what_it_concerns_and_its_documents()
    {
        var decision = Sv.Decisions.Single();
        Assert.That(decision.Title, Is.EqualTo("Huddinge avslutar vänortssamarbetet"));
        Assert.That(decision.Municipality, Is.EqualTo("huddinge"));
        Assert.That(decision.Body, Is.EqualTo("Kommunstyrelsen"));
        Assert.That(decision.Date, Is.EqualTo(new DateOnly(2024, 1, 17)));
        Assert.That(decision.Kind, Is.EqualTo(DecisionKind.Decision));
        Assert.That(decision.Reference, Is.EqualTo("KS-2023/123"));
        Assert.That(decision.Concerns, Is.EqualTo(new[]
        {
            new ContentReference(new RelationshipKey("huddinge", "vanda"), null),
            new ContentReference(null, "nordiska-vanortskedjan"),
        }));
        Assert.That(decision.Documents, Is.EqualTo(new[]
        {
            new DecisionDocument("assets/beslut.pdf", null),
            new DecisionDocument(null, new Uri("https://example.org/beslut.pdf")),
        }));
    }

    [Test]
    public void A_country_intro_needs_no_key_at_all()
    {
        var intro = Sv.CountryIntros.Single();
        Assert.That(intro.Country, Is.EqualTo("FI"));
        Assert.That(intro.Summary, Is.Null);
        Assert.That(intro.Text.Markdown.ToString(), Does.StartWith("Finland är Sveriges östra granne."));
        Assert.That(intro.Text.FirstLine, Is.EqualTo(3));
    }

    [Test]
    public void A_free_page_in_a_sub_folder_keeps_its_folder()
    {
        var history = Sv.Pages.Single(p => p.Slug == "vanortsrorelsen");
        Assert.That(history.Folder, Is.EqualTo("historia"));
        Assert.That(history.Title, Is.EqualTo("Vänortsrörelsens historia"));
        Assert.That(Sv.Pages.Single(p => p.Slug == "om").Folder, Is.Empty);
    }

    [Test]
    public void A_translation_replaces_only_the_keys_it_gives_and_brings_its_own_body()
    {
        var vantaa = En.Relationships.Single();
        Assert.That(vantaa.Name, Is.EqualTo("Vantaa"), "the translated key");
        Assert.That(vantaa.LocalName, Is.EqualTo("Vantaa"));
        Assert.That(vantaa.Status, Is.EqualTo(RelationshipStatus.Ended), "an untranslated key comes from the original");
        Assert.That(vantaa.Until, Is.EqualTo(new PartialDate(2024, 1, 17)));
        Assert.That(vantaa.Decisions, Is.EqualTo(new[] { "huddinge-avslutar" }));
        Assert.That(vantaa.Text.Markdown.ToString(), Does.StartWith("Vantaa was Huddinge's twin town."));
        Assert.That(vantaa.Text.Language, Is.EqualTo("en"));
        Assert.That(vantaa.Text.IsFallback, Is.False);
        Assert.That(vantaa.Text.Source.RelativePath, Is.EqualTo("partners/huddinge/vanda.en.md"));
    }

    [Test]
    public void Without_a_translation_the_other_language_shows_the_original_marked_as_fallback()
    {
        var huddinge = En.Municipalities.Single(m => m.Slug == "huddinge");
        Assert.That(huddinge.Name, Is.EqualTo("Huddinge"));
        Assert.That(huddinge.Text.IsFallback, Is.True);
        Assert.That(huddinge.Text.Language, Is.EqualTo("sv"));
        Assert.That(huddinge.Text.Markdown.ToString(), Does.StartWith("Huddinge är en kommun"));
        Assert.That(Sv.Municipalities.Single(m => m.Slug == "huddinge").Text.IsFallback, Is.False);
    }

    [Test]
    public void Every_language_has_every_item()
    {
        foreach (var language in _model.Languages)
        {
            Assert.That(language.Municipalities.Select(m => m.Slug), Is.EqualTo(new[] { "huddinge", "vanersborg" }), language.Language);
            Assert.That(language.Relationships, Has.Count.EqualTo(1), language.Language);
            Assert.That(language.Networks, Has.Count.EqualTo(1), language.Language);
            Assert.That(language.Decisions, Has.Count.EqualTo(1), language.Language);
            Assert.That(language.Pages, Has.Count.EqualTo(2), language.Language);
            Assert.That(language.CountryIntros, Has.Count.EqualTo(1), language.Language);
        }
    }
}
