namespace Portal.Tests.Binding;

/// <summary>PT0011 suggests a code only where one is plainly meant; two other letters are near dozens of codes.</summary>
public sealed class CountryCodeHintTests
{
    private static IReadOnlyList<string> LoadWithCountry(string country) =>
        ContentModel.LoadWithLine("partners/huddinge/vanda.md", 4, $"country: {country}").Lines;

    [TestCase("FIN", "; did you mean 'FI' (Finland)?")]
    [TestCase("Finland", "; did you mean 'FI' (Finland)?")]
    [TestCase("tyskland", "; did you mean 'DE' (Germany)?")]
    [TestCase("IF", "; did you mean 'FI' (Finland)?")]
    [TestCase("DA", "; did you mean 'DK' (Denmark)?")]
    [TestCase("SW", "; did you mean 'SE' (Sweden)?")]
    [TestCase("Uk", "; the code for the United Kingdom is 'GB'")]
    [TestCase("fi", "; country codes are upper case: 'FI'")]
    [TestCase("XX", "")]
    [TestCase("Finnland", "")]
    public void An_unknown_code_gets_a_hint_only_when_one_is_plainly_meant(string country, string hint) =>
        Assert.That(LoadWithCountry(country), Is.EqualTo(new[]
        {
            $"partners/huddinge/vanda.md:4:10: error PT0011: '{country}' is not an ISO 3166-1 alpha-2 country code{hint}",
        }));
}
