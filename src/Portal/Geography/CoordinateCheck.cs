namespace Portal.Geography;

/// <summary>The result of checking a point against the country it is said to be in.</summary>
/// <param name="Outcome">What was found.</param>
/// <param name="CountryFound">
/// The alpha-2 code of the country at the point as given (<see cref="CountryLocator.CountryAt"/>), or <c>null</c>
/// at sea or out of range; set for <see cref="CoordinateCheckOutcome.WrongCountry"/> and
/// <see cref="CoordinateCheckOutcome.LooksSwapped"/>.
/// </param>
public sealed record CoordinateCheck(CoordinateCheckOutcome Outcome, string? CountryFound = null)
{
    public bool IsOk => Outcome == CoordinateCheckOutcome.Ok;
}
