using Portal.Countries;

namespace Portal.Tests.Countries;

/// <summary>The language CLDR finds most likely in a country, which marks a partner's local name.</summary>
public sealed class CountryLanguagesTests
{
    [TestCase("FI", "fi")]
    [TestCase("CN", "zh")]
    [TestCase("AX", "sv")]
    [TestCase("FO", "fo")]
    [TestCase("GL", "kl")]
    [TestCase("DE", "de")]
    [TestCase("TZ", "sw")]
    [TestCase("AU", "en")]
    public void A_countrys_main_language_is_CLDRs_likely_language_there(string country, string language) =>
        Assert.That(CountryLanguages.Shipped.MainLanguageOf(country), Is.EqualTo(language));

    [Test]
    public void Every_country_a_partner_may_lie_in_has_a_language()
    {
        var without = CountryNames.Shipped.Codes.Where(c => CountryLanguages.Shipped.MainLanguageOf(c) is null).ToList();
        Assert.That(without, Is.Empty);
    }

    [Test]
    public void A_code_that_is_no_country_has_none() =>
        Assert.That(CountryLanguages.Shipped.MainLanguageOf("XX"), Is.Null);
}
