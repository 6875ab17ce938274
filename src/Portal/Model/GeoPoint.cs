namespace Portal.Model;

/// <summary>A WGS84 position in decimal degrees.</summary>
public sealed record GeoPoint(double Latitude, double Longitude);
