using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Portal.Data;
using Portal.Output;

namespace Portal.OpenData;

/// <summary>
/// Writes the relationships as open data: CSV (RFC 4180, UTF-8 with a BOM, so that Excel reads "Umeå" and not
/// "UmeÃ¥"; no cell can run as a formula), JSON, and GeoJSON points at [lon, lat].
/// </summary>
public static class OpenDataWriter
{
    private static readonly string[] Columns =
        ["municipality", "municipalityName", "name", "localName", "country", "countryName", "region", "type", "status", "since", "until", "lat", "lon", "network", "url"];

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IEnumerable<OutputFile> Write(IReadOnlyList<PartnerRecord> records, IReadOnlyList<NetworkSeatRecord> seats)
    {
        yield return OutputFile.Text("data/partners.csv", Csv(records));
        yield return new OutputFile("data/partners.json", Json(records));
        yield return new OutputFile("data/partners.geojson", GeoJson(records));
        yield return new OutputFile("data/networks.geojson", GeoJson(seats));
    }

    /// <summary>Networks' seats as GeoJSON points at [lon, lat].</summary>
    private static byte[] GeoJson(IReadOnlyList<NetworkSeatRecord> seats) =>
        FeatureCollection(seats.Select(s => (s.Latitude, s.Longitude, (IEnumerable<KeyValuePair<string, object?>>)
        [
            new("slug", s.Slug), new("name", s.Name), new("kind", s.Kind), new("country", s.Country),
            new("countryName", s.CountryName), new("members", s.Members), new("url", s.Url),
        ])));

    public static string Csv(IReadOnlyList<PartnerRecord> records)
    {
        var builder = new StringBuilder("\uFEFF");
        builder.Append(CsvReader.FormatRecord(Columns)).Append("\r\n");
        foreach (var r in records)
        {
            var cells = Fields(r).Select(f => Convert.ToString(f.Value, CultureInfo.InvariantCulture) is { } cell ? SpreadsheetFormula.Neutralise(cell) : null);
            builder.Append(CsvReader.FormatRecord(cells)).Append("\r\n");
        }

        return builder.ToString();
    }

    private static byte[] Json(IReadOnlyList<PartnerRecord> records) =>
        Utf8Line(stream => JsonSerializer.Serialize(stream, records.Select(r => Fields(r).ToDictionary(f => f.Key, f => f.Value)), JsonOptions));

    private static byte[] GeoJson(IReadOnlyList<PartnerRecord> records) =>
        FeatureCollection(records.Select(r => (r.Latitude, r.Longitude, Fields(r).Where(f => f.Key is not "lat" and not "lon"))));

    /// <summary>Points with attributes, written with NetTopologySuite's GeoJSON writer.</summary>
    private static byte[] FeatureCollection(IEnumerable<(double Latitude, double Longitude, IEnumerable<KeyValuePair<string, object?>> Attributes)> points)
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var collection = new FeatureCollection();
        foreach (var (latitude, longitude, fields) in points)
        {
            var attributes = new AttributesTable();
            foreach (var (key, value) in fields)
            {
                attributes.Add(key, value);
            }

            collection.Add(new Feature(factory.CreatePoint(new Coordinate(longitude, latitude)), attributes));
        }

        var options = new JsonSerializerOptions(JsonOptions) { PropertyNamingPolicy = null };
        options.Converters.Add(new GeoJsonConverterFactory());
        return Utf8Line(stream => JsonSerializer.Serialize(stream, collection, options));
    }

    /// <summary>
    /// What <paramref name="write"/> writes, and a final line break, as UTF-8: written as bytes, not made a string
    /// first, since a large site's GeoJSON as a string (and again with its line break) was 60 MB for a moment.
    /// </summary>
    private static byte[] Utf8Line(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static IEnumerable<KeyValuePair<string, object?>> Fields(PartnerRecord r)
    {
        object?[] values =
        [
            r.Municipality, r.MunicipalityName, r.Name, r.LocalName, r.Country, r.CountryName, r.Region, r.Type, r.Status, r.Since, r.Until,
            Math.Round(r.Latitude, 6), Math.Round(r.Longitude, 6), r.Network, r.Url,
        ];
        return Columns.Zip(values, (c, v) => new KeyValuePair<string, object?>(c, v));
    }
}
