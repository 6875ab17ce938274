using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Portal.Data;
using Portal.Output;

namespace Portal.OpenData;

/// <summary>
/// Writes the relationships as open data: CSV (RFC 4180, UTF-8 with a BOM, so that Excel reads "Umeå" and not
/// "UmeÃ¥"; no cell can run as a formula), JSON, and GeoJSON points at [lon, lat]; and their histories, a record a
/// change, as CSV and JSON.
/// </summary>
public static class OpenDataWriter
{
    private static readonly string[] Columns =
        ["municipality", "municipalityName", "name", "localName", "country", "countryName", "region", "type", "status", "since", "until", "lat", "lon", "network", "url"];

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly string[] HistoryColumns =
        ["subject", "municipality", "slug", "name", "date", "status", "decision", "decisionUrl", "note", "url"];

    public static IEnumerable<OutputFile> Write(IReadOnlyList<PartnerRecord> records, IReadOnlyList<NetworkSeatRecord> seats, IReadOnlyList<HistoryRecord> history)
    {
        yield return OutputFile.Written("data/partners.csv", stream => Csv(stream, Columns, records.Select(Fields)));
        yield return OutputFile.Written("data/partners.json", stream => Json(stream, records.Select(Fields)));
        yield return OutputFile.Written("data/partners.geojson", stream => GeoJson(stream, records));
        yield return OutputFile.Written("data/networks.geojson", stream => GeoJson(stream, seats));
        yield return OutputFile.Written("data/history.csv", stream => Csv(stream, HistoryColumns, history.Select(Fields)));
        yield return OutputFile.Written("data/history.json", stream => Json(stream, history.Select(Fields)));
    }

    /// <summary>Networks' seats as GeoJSON points at [lon, lat].</summary>
    private static void GeoJson(Stream stream, IReadOnlyList<NetworkSeatRecord> seats) =>
        FeatureCollection(stream, seats.Select(s => (s.Latitude, s.Longitude, (IEnumerable<KeyValuePair<string, object?>>)
        [
            new("slug", s.Slug), new("name", s.Name), new("kind", s.Kind), new("country", s.Country),
            new("countryName", s.CountryName), new("members", s.Members), new("url", s.Url),
        ])));

    /// <summary>The rows as CSV under a header of <paramref name="columns"/>, each line ending in CR LF (RFC 4180).</summary>
    private static void Csv(Stream stream, string[] columns, IEnumerable<IEnumerable<KeyValuePair<string, object?>>> rows)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        writer.Write('\uFEFF');
        writer.Write(CsvReader.FormatRecord(columns));
        writer.Write("\r\n");
        foreach (var row in rows)
        {
            writer.Write(CsvReader.FormatRecord(row.Select(f => Convert.ToString(f.Value, CultureInfo.InvariantCulture) is { } cell ? SpreadsheetFormula.Neutralise(cell) : null)));
            writer.Write("\r\n");
        }
    }

    /// <summary>The rows as a JSON array of objects.</summary>
    private static void Json(Stream stream, IEnumerable<IEnumerable<KeyValuePair<string, object?>>> rows)
    {
        using var writer = new Utf8JsonWriter(stream, JsonOptions);
        writer.WriteStartArray();
        foreach (var row in rows)
        {
            WriteObject(writer, row);
            FlushWhenFull(writer);
        }

        writer.WriteEndArray();
        EndWithLineBreak(writer, stream);
    }

    private static void GeoJson(Stream stream, IReadOnlyList<PartnerRecord> records) =>
        FeatureCollection(stream, records.Select(r => (r.Latitude, r.Longitude, Fields(r).Where(f => f.Key is not "lat" and not "lon"))));

    /// <summary>Points with attributes as a GeoJSON FeatureCollection (RFC 7946), coordinates as [lon, lat].</summary>
    private static void FeatureCollection(Stream stream, IEnumerable<(double Latitude, double Longitude, IEnumerable<KeyValuePair<string, object?>> Attributes)> points)
    {
        using var writer = new Utf8JsonWriter(stream, JsonOptions);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var (latitude, longitude, fields) in points)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "Feature");
            writer.WriteStartObject("geometry");
            writer.WriteString("type", "Point");
            writer.WriteStartArray("coordinates");
            writer.WriteNumberValue(longitude);
            writer.WriteNumberValue(latitude);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WritePropertyName("properties");
            WriteObject(writer, fields);
            writer.WriteEndObject();
            FlushWhenFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        EndWithLineBreak(writer, stream);
    }

    /// <summary>
    /// Hands what the writer holds to the stream now and then: a JSON writer keeps everything until it is flushed, so a
    /// large file would otherwise be whole in memory, in ever larger buffers.
    /// </summary>
    private static void FlushWhenFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= 32 * 1024)
        {
            writer.Flush();
        }
    }

    private static void EndWithLineBreak(Utf8JsonWriter writer, Stream stream)
    {
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> fields)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in fields)
        {
            writer.WritePropertyName(key);
            switch (value)
            {
                case null: writer.WriteNullValue(); break;
                case string text: writer.WriteStringValue(text); break;
                case int number: writer.WriteNumberValue(number); break;
                case double number: writer.WriteNumberValue(number); break;
                default: throw new NotSupportedException($"open data has no JSON form for a {value.GetType().Name} ({key})");
            }
        }

        writer.WriteEndObject();
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

    private static IEnumerable<KeyValuePair<string, object?>> Fields(HistoryRecord h)
    {
        object?[] values = [h.Subject, h.Municipality, h.Slug, h.Name, h.Date, h.Status, h.Decision, h.DecisionUrl, h.Note, h.Url];
        return HistoryColumns.Zip(values, (c, v) => new KeyValuePair<string, object?>(c, v));
    }
}
