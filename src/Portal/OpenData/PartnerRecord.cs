namespace Portal.OpenData;

/// <summary>One relationship as published in data/partners.csv, .json and .geojson.</summary>
public sealed record PartnerRecord(
    string Municipality,
    string MunicipalityName,
    string Name,
    string? LocalName,
    string Country,
    string CountryName,
    string? Region,
    string Type,
    string Status,
    string? Since,
    string? Until,
    double Latitude,
    double Longitude,
    string? Network,
    string Url);
