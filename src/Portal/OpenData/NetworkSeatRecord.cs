namespace Portal.OpenData;

/// <summary>A network with a seat, as published in data/networks.geojson.</summary>
public sealed record NetworkSeatRecord(string Slug, string Name, string Kind, string? Country, string? CountryName, int Members, double Latitude, double Longitude, string Url);
