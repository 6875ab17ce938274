using NetTopologySuite.Geometries;
using Portal.Geography;

namespace Portal.Tests.Geography;

/// <summary>Real towns against the shipped 1:50m countries.</summary>
[TestFixture]
public sealed class CountryLocatorTests
{
    private CountryLocator _locator = null!;

    [OneTimeSetUp]
    public void PrepareLocator() => _locator = new CountryLocator(WorldCountries.Shipped);

    [TestCase("Herning", 56.14, 8.97, "DK")]
    [TestCase("Nuuk", 64.18, -51.72, "GL")]
    [TestCase("Mariehamn", 60.10, 19.94, "AX")]
    [TestCase("Eiði", 62.30, -7.09, "FO")]
    [TestCase("Tornio", 65.85, 24.15, "FI")]
    [TestCase("Haparanda", 65.83, 24.14, "SE")]
    [TestCase("Vänersborg", 58.38, 12.32, "SE")]
    [TestCase("Omaruru", -21.43, 15.93, "NA")]
    [TestCase("Husby in Sydslesvig", 54.76, 9.73, "DE")]
    [TestCase("Pristina", 42.66, 21.17, "XK")]
    [TestCase("Hargeisa (Somaliland)", 9.56, 44.06, "SO")]
    public void FindsTheCountryOfATown(string town, double latitude, double longitude, string alpha2)
    {
        Assert.Multiple(() =>
        {
            Assert.That(_locator.CountryAt(latitude, longitude), Is.EqualTo(alpha2), town);
            Assert.That(_locator.Contains(alpha2, latitude, longitude), Is.True, town);
            Assert.That(_locator.Check(alpha2, latitude, longitude), Is.EqualTo(new CoordinateCheck(CoordinateCheckOutcome.Ok)), town);
        });
    }

    [TestCase("Nuuk", 64.18, -51.72, "DK")]
    [TestCase("Mariehamn", 60.10, 19.94, "FI")]
    [TestCase("Eiði", 62.30, -7.09, "DK")]
    [TestCase("Tornio", 65.85, 24.15, "SE")]
    [TestCase("Haparanda", 65.83, 24.14, "FI")]
    [TestCase("Husby in Sydslesvig", 54.76, 9.73, "DK")]
    public void ATownInsideAnotherCountryIsNeverAccepted(string town, double latitude, double longitude, string notAlpha2)
    {
        Assert.Multiple(() =>
        {
            Assert.That(_locator.Contains(notAlpha2, latitude, longitude), Is.False, town);
            Assert.That(_locator.Check(notAlpha2, latitude, longitude).Outcome, Is.EqualTo(CoordinateCheckOutcome.WrongCountry), town);
        });
    }

    [Test]
    public void WrongCountryNamesTheCountryFound() =>
        Assert.That(_locator.Check("SE", 65.85, 24.15), Is.EqualTo(new CoordinateCheck(CoordinateCheckOutcome.WrongCountry, "FI")));

    [TestCase("Nuuk", 64.18, -51.72, "GL")]
    [TestCase("Eiði", 62.30, -7.09, "FO")]
    [TestCase("Klaksvík", 62.23, -6.59, "FO")]
    [TestCase("Arsuk", 61.17, -48.45, "GL")]
    public void ACoastalTownJustOutsideThe50mCoastStillPasses(string town, double latitude, double longitude, string alpha2)
    {
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
