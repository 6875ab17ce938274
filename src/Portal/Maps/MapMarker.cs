namespace Portal.Maps;

/// <summary>What a marker stands for: a partner place (with its status), the home municipality, or a network's seat.</summary>
public enum MarkerKind { Partner, Home, Seat }

/// <summary>A place on a map, the page it links to, and its accessible name ("Vanda, Finland, avslutad").</summary>
public sealed record MapMarker(GeoPoint Location, string Href, string Label, MarkerKind Kind, RelationshipStatus? Status = null);
