using NetTopologySuite.Geometries;
using Portal.Geography;

namespace Portal.Tests.Geography;

/// <summary>Real towns against the shipped 1:50m countries.</summary>
[TestFixture]
public sealed class CountryLocatorTests
{
    /// <summary>Where each town the tests name lies.</summary>
    private static readonly Dictionary<string, (double Latitude, double Longitude)> Towns = new(StringComparer.Ordinal)
    {
        ["Herning"] = (56.14, 8.97),
        ["Nuuk"] = (64.18, -51.72),
        ["Mariehamn"] = (60.10, 19.94),
        ["Eiði"] = (62.30, -7.09),
        ["Tornio"] = (65.85, 24.15),
        ["Haparanda"] = (65.83, 24.14),
        ["Vänersborg"] = (58.38, 12.32),
        ["Omaruru"] = (-21.43, 15.93),
        ["Husby in Sydslesvig"] = (54.76, 9.73),
        ["Pristina"] = (42.66, 21.17),
        ["Hargeisa (Somaliland)"] = (9.56, 44.06),
        ["Klaksvík"] = (62.23, -6.59),
        ["Arsuk"] = (61.17, -48.45),
    };

    private CountryLocator _locator = null!;

    [OneTimeSetUp]
    public void PrepareLocator() => _locator = new CountryLocator(WorldCountries.Shipped);

    [TestCase("Herning", "DK")]
    [TestCase("Nuuk", "GL")]
    [TestCase("Mariehamn", "AX")]
    [TestCase("Eiði", "FO")]
    [TestCase("Tornio", "FI")]
    [TestCase("Haparanda", "SE")]
    [TestCase("Vänersborg", "SE")]
    [TestCase("Omaruru", "NA")]
    [TestCase("Husby in Sydslesvig", "DE")]
    [TestCase("Pristina", "XK")]
    [TestCase("Hargeisa (Somaliland)", "SO")]
    public void FindsTheCountryOfATown(string town, string alpha2)
    {
        var (latitude, longitude) = Towns[town];
        Assert.Multiple(() =>
        {
            Assert.That(_locator.CountryAt(latitude, longitude), Is.EqualTo(alpha2), town);
            Assert.That(_locator.Contains(alpha2, latitude, longitude), Is.True, town);
            Assert.That(_locator.Check(alpha2, latitude, longitude), Is.EqualTo(new CoordinateCheck(CoordinateCheckOutcome.Ok)), town);
        });
    }

    [TestCase("Nuuk", "DK")]
    [TestCase("Mariehamn", "FI")]
    [TestCase("Eiði", "DK")]
    [TestCase("Tornio", "SE")]
    [TestCase("Haparanda", "FI")]
    [TestCase("Husby in Sydslesvig", "DK")]
    public void ATownInsideAnotherCountryIsNeverAccepted(string town, string notAlpha2)
    {
        var (latitude, longitude) = Towns[town];
        Assert.Multiple(() =>
        {
            Assert.That(_locator.Contains(notAlpha2, latitude, longitude), Is.False, town);
            Assert.That(_locator.Check(notAlpha2, latitude, longitude).Outcome, Is.EqualTo(CoordinateCheckOutcome.WrongCountry), town);
        });
    }

    [Test]
    public void WrongCountryNamesTheCountryFound() =>
        Assert.That(_locator.Check("SE", 65.85, 24.15), Is.EqualTo(new CoordinateCheck(CoordinateCheckOutcome.WrongCountry, "FI")));

    [TestCase("Nuuk", "GL")]
    [TestCase("Eiði", "FO")]
    [TestCase("Klaksvík", "FO")]
    [TestCase("Arsuk", "GL")]
    public void ACoastalTownJustOutsideThe50mCoastStillPasses(string town, string alpha2)
    {
        var (latitude, longitude) = Towns[town];
        var boundary = WorldCountries.Shipped.BoundaryOf(alpha2)!;
        var point = boundary.Factory.CreatePoint(new Coordinate(longitude, latitude));

        Assert.Multiple(() =>
        {
            Assert.That(boundary.Covers(point), Is.False, $"{town} is inside the 1:50m polygon, so it proves nothing here");
            Assert.That(boundary.Distance(point), Is.LessThanOrEqualTo(CountryLocator.DefaultToleranceDegrees));
            Assert.That(_locator.CountryAt(latitude, longitude), Is.EqualTo(alpha2), town);
            Assert.That(_locator.Check(alpha2, latitude, longitude).IsOk, Is.True, town);
        });
    }

    [Test]
    public void WithNoToleranceACoastalTownOutsideThePolygonIsAtSea()
    {
        var strict = new CountryLocator(WorldCountries.Shipped, toleranceDegrees: 0);

        Assert.Multiple(() =>
        {
            Assert.That(strict.CountryAt(64.18, -51.72), Is.Null);
            Assert.That(strict.Contains("GL", 64.18, -51.72), Is.False);
            Assert.That(strict.Check("GL", 64.18, -51.72), Is.EqualTo(new CoordinateCheck(CoordinateCheckOutcome.WrongCountry, null)));
        });
    }

    [TestCase("Wrangel Island, west of 180°", 71.2, 179.5, "RU")]
    [TestCase("Wrangel Island, east of 180°", 71.2, -179.9, "RU")]
    [TestCase("Taveuni, east of 180°", -16.8, -179.97, "FJ")]
    [TestCase("Suva", -18.14, 178.44, "FJ")]
    [TestCase("Uelen, Chukotka", 66.16, -169.8, "RU")]
    [TestCase("the South Pole", -89.99, 0.0, "AQ")]
    [TestCase("Antarctica at 180°", -88.0, 180.0, "AQ")]
    [TestCase("Antarctica at −180°", -88.0, -180.0, "AQ")]
    public void FindsCountriesAcrossTheAntimeridianAndRoundThePole(string place, double latitude, double longitude, string alpha2) =>
        Assert.That(_locator.CountryAt(latitude, longitude), Is.EqualTo(alpha2), place);

    [TestCase("the Norwegian Sea", 66.0, 0.0)]
    [TestCase("the Bering Sea", 58.0, -178.0)]
    [TestCase("the South Pacific near 180°", -30.0, 179.9)]
    public void RingsCrossingTheAntimeridianDoNotSpillAcrossTheMap(string sea, double latitude, double longitude) =>
        Assert.That(_locator.CountryAt(latitude, longitude), Is.Null, sea);

    [Test]
    public void SwappedLatitudeAndLongitudeAreDetected() =>
        Assert.That(_locator.Check("SE", latitude: 12.32, longitude: 58.38).Outcome, Is.EqualTo(CoordinateCheckOutcome.LooksSwapped));

    [Test]
    public void SwappedCoordinatesAtSeaAreDetectedAndFoundNoCountry() =>
        // Omaruru swapped, (15.93, -21.43), is in the Atlantic west of Senegal.
        Assert.That(_locator.Check("NA", 15.93, -21.43), Is.EqualTo(new CoordinateCheck(CoordinateCheckOutcome.LooksSwapped, null)));

    [Test]
    public void SwappedCoordinatesInAnotherCountryNameIt() =>
        // Lich (Hesse, 50.52 N 8.82 E) swapped, (8.82, 50.52), is in Puntland, Somalia.
        Assert.That(_locator.Check("DE", 8.82, 50.52), Is.EqualTo(new CoordinateCheck(CoordinateCheckOutcome.LooksSwapped, "SO")));

    [Test]
    public void AWrongPointThatIsNotSwappedEitherIsWrongCountry() =>
        Assert.That(_locator.Check("NA", 60.10, 19.94), Is.EqualTo(new CoordinateCheck(CoordinateCheckOutcome.WrongCountry, "AX")));

    [TestCase(57.0, -30.0)]
    [TestCase(0.0, 0.0)]
    [TestCase(-40.0, -120.0)]
    public void APointFarOutAtSeaIsInNoCountry(double latitude, double longitude)
    {
        Assert.Multiple(() =>
        {
            Assert.That(_locator.CountryAt(latitude, longitude), Is.Null);
            Assert.That(_locator.Check("SE", latitude, longitude), Is.EqualTo(new CoordinateCheck(CoordinateCheckOutcome.WrongCountry, null)));
        });
    }

    [Test]
    public void ACountryNaturalEarthDoesNotDrawCannotBeChecked() =>
        Assert.That(_locator.Check("SJ", 78.22, 15.65).Outcome, Is.EqualTo(CoordinateCheckOutcome.NotDrawn));

    [Test]
    public void CoordinatesOutOfRangeAreInNoCountry() =>
        Assert.That(_locator.CountryAt(123.0, 456.0), Is.Null);

    [Test]
    public void ANegativeToleranceIsRefused() =>
        Assert.That(() => new CountryLocator(WorldCountries.Shipped, -1), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
