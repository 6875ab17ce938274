namespace Portal.Geography;

/// <summary>What <see cref="CountryLocator.Check"/> found out about a country's coordinates.</summary>
public enum CoordinateCheckOutcome
{
    /// <summary>The point lies in the country, or close to its coast.</summary>
    Ok,

    /// <summary>The point lies in another country, or at sea far from the country.</summary>
    WrongCountry,

    /// <summary>The point is not in the country, but with latitude and longitude swapped it is.</summary>
    LooksSwapped,

    /// <summary>Natural Earth does not draw the country on its own (or the code is unknown), so there is nothing to check against.</summary>
    NotDrawn,
}
