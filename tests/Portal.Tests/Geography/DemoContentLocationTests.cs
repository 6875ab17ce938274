using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Geography;

namespace Portal.Tests.Geography;

/// <summary>Every relationship in the demo content has its location in its country.</summary>
[TestFixture]
public sealed partial class DemoContentLocationTests
{
    private static IEnumerable<TestCaseData> Relationships()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.DemoInput, "partners"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var country = CountryKey().Match(text);
            var location = LocationKey().Match(text);
            if (country.Success && location.Success)
            {
                yield return new TestCaseData(
                    country.Groups["code"].Value,
                    double.Parse(location.Groups["lat"].Value, CultureInfo.InvariantCulture),
                    double.Parse(location.Groups["lon"].Value, CultureInfo.InvariantCulture))
                    .SetArgDisplayNames(Path.GetRelativePath(RepoPaths.DemoInput, file));
            }
        }
    }

    [GeneratedRegex("""^country:\s*"?(?<code>[A-Z]{2})"?\s*$""", RegexOptions.Multiline)]
    private static partial Regex CountryKey();

    [GeneratedRegex(@"^location:\s*\{\s*lat:\s*(?<lat>-?[0-9.]+)\s*,\s*lon:\s*(?<lon>-?[0-9.]+)\s*\}\s*$", RegexOptions.Multiline)]
    private static partial Regex LocationKey();

    private CountryLocator _locator = null!;

    [OneTimeSetUp]
    public void PrepareLocator() => _locator = new CountryLocator(WorldCountries.Shipped);

    [Test]
    public void TheDemoContentHasRelationshipsToCheck() => Assert.That(Relationships().Count(), Is.GreaterThanOrEqualTo(20));

    [TestCaseSource(nameof(Relationships))]
    public void LocationLiesInTheCountry(string alpha2, double latitude, double longitude) =>
        Assert.That(_locator.Check(alpha2, latitude, longitude), Is.EqualTo(new CoordinateCheck(CoordinateCheckOutcome.Ok)));
}
