namespace Portal.Maps;

/// <summary>How much of the world a map shows.</summary>
public enum MapScope
{
    /// <summary>The whole world, in Equal Earth.</summary>
    World,

    /// <summary>One country, its neighbours in grey around it.</summary>
    Country,

    /// <summary>Just enough to hold the markers (a municipality and its partners, a network's members).</summary>
    Markers,
}

/// <summary>
/// One map to draw. <paramref name="ListId"/> is the id of the table or list beside the map that holds the same
/// information; a group of markers too close to tell apart links there.
/// </summary>
public sealed record MapRequest(
    string Id,
    MapScope Scope,
    string Title,
    string Description,
    IReadOnlyList<MapMarker> Markers,
    string ListId,
    MapLabels Labels,
    string? Country = null,
    GeoPoint? Origin = null,
    int Width = 640);

/// <summary>The words a map's geometry needs, in the page's language; the figure's own words are the <c>map</c> component's.</summary>
/// <param name="GroupOf">A format: {0} the number of places in a group, {1} their names.</param>
public sealed record MapLabels(string GroupOf);
