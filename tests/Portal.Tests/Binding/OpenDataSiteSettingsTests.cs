namespace Portal.Tests.Binding;

/// <summary>site.yml's organisationNumber and openData, which the open-data catalogue (datasets/dcat.rdf) takes.</summary>
public sealed class OpenDataSiteSettingsTests
{
    private const string Published = "title: T\npublisher: Huddinge kommun\nbaseUrl: https://www.huddinge.se/internationellt/\n";
    private const string Example = "title: T\npublisher: X\nbaseUrl: https://example.org/\n";

    private static ContentModel LoadWithSite(string siteYml)
    {
        using var content = new TempContent();
        content.With("site.yml", siteYml);
        return ContentModel.Load(content);
    }

    [Test]
    public void An_organisation_number_and_the_open_data_facts_are_read()
    {
        var model = LoadWithSite(Published + "organisationNumber: 212000-1355\nopenData:\n  license: https://creativecommons.org/licenses/by/4.0/\n  contact: opendata@huddinge.se\n");
        Assert.That(model.Lines, Is.Empty, model.Report);
        Assert.That(model.Site!.OrganisationNumber!.Digits, Is.EqualTo("2120001355"));
        Assert.That(model.Site.OpenData, Is.EqualTo(new OpenDataInfo(new Uri("https://creativecommons.org/licenses/by/4.0/"), "opendata@huddinge.se")));
    }

    [Test]
    public void Without_openData_the_licence_is_CC0_and_the_contact_the_accessibility_e_mail()
    {
        var model = LoadWithSite(Example + "accessibility: {contact: 'mailto:webb@example.org'}\n");
        Assert.That(model.Lines, Is.Empty, model.Report);
        Assert.That(model.Site!.OpenData, Is.EqualTo(new OpenDataInfo(new Uri("http://creativecommons.org/publicdomain/zero/1.0/"), "webb@example.org")));
    }

    [Test]
    public void An_accessibility_contact_that_is_a_web_form_is_no_e_mail_for_the_catalogue() =>
        Assert.That(LoadWithSite(Example + "accessibility: {contact: 'https://example.org/kontakt'}\n").Site!.OpenData.ContactEmail, Is.Null);

    [Test]
    public void An_organisation_number_not_written_NNNNNN_NNNN_is_an_error_at_its_value() =>
        Assert.That(LoadWithSite(Example + "organisationNumber: 2120001355\n").Lines, Is.EqualTo(new[]
        {
            "site.yml:4:21: error PT0007: '2120001355' is not an organisation number; write its ten digits as NNNNNN-NNNN, such as 212000-1355",
        }));

    [Test]
    public void An_organisation_number_whose_check_digit_is_wrong_is_an_error_at_its_value() =>
        Assert.That(LoadWithSite(Example + "organisationNumber: 212000-1354\n").Lines, Is.EqualTo(new[]
        {
            "site.yml:4:21: error PT0055: '212000-1354' is not an organisation number: its last digit is not the check digit of the others; look for a mistyped digit",
        }));

    [Test]
    public void A_contact_that_is_not_an_e_mail_address_and_a_licence_that_is_not_an_address_are_errors_at_their_values() =>
        Assert.That(LoadWithSite(Example + "openData:\n  license: CC0\n  contact: www.huddinge.se/kontakt\n").Lines, Is.EqualTo(new[]
        {
            "site.yml:5:12: error PT0017: 'license' must be an absolute http(s) address such as https://example.org/, not 'CC0'",
            "site.yml:6:12: error PT0007: 'www.huddinge.se/kontakt' is not an e-mail address for 'contact'; write one such as opendata@kommun.se",
        }));

    [Test]
    public void A_site_at_a_real_address_is_warned_of_what_the_catalogue_lacks() =>
        Assert.That(LoadWithSite(Published).Lines, Is.EqualTo(new[]
        {
            "site.yml:1:1: warning PT0055: the open-data catalogue (datasets/dcat.rdf) names its publisher by an address of this site, which dataportal.se does not know: add organisationNumber: NNNNNN-NNNN, the publisher's organisation number",
            "site.yml:1:1: warning PT0055: the open-data catalogue (datasets/dcat.rdf) names no contact for its datasets: add openData: {contact: <e-mail address>}",
        }));

    [TestCase("https://example.org/")]
    [TestCase("https://portal.example.com/internationellt/")]
    [TestCase("http://localhost:8080/")]
    [TestCase("http://127.0.0.1/")]
    [TestCase("https://kommun.test/")]
    public void A_site_at_a_reserved_address_is_never_harvested_so_it_is_not_warned(string baseUrl) =>
        Assert.That(LoadWithSite($"title: T\npublisher: X\nbaseUrl: {baseUrl}\n").Lines, Is.Empty);

    [TestCase("2120001355", true)]
    [TestCase("2120000142", true)]
    [TestCase("5560360793", true)]
    [TestCase("2120001354", false)]
    [TestCase("1200001355", false)]
    public void The_check_digit_is_Luhns(string digits, bool valid) =>
        Assert.That(Portal.Content.Site.Luhn.IsValid(digits), Is.EqualTo(valid));
}
