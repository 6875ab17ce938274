using System.Text.Json;
using Portal.FrontMatter;

namespace Portal.Data;

/// <summary>
/// Reads the tables in <c>input/data/</c> (CSV with a header row, a YAML list of maps, or a JSON array of objects).
/// Rows and columns are limited before a table is built: in YAML or JSON every row may name keys of its own, so a
/// small file (10,000 rows, each with another key) would otherwise make a table of 10,000 × 10,000 cells.
/// </summary>
public static class DataTableLoader
{
    /// <summary>Every table, by its path under <c>data/</c>; a file that could not be read is there as null (its error is reported).</summary>
    public static IReadOnlyDictionary<string, DataTable?> LoadAll(IEnumerable<DataFile> files, ContentLimits limits, DiagnosticBag diagnostics) =>
        files.AsParallel()
            .Select(f => (Path: f.Path.RelativePath["data/".Length..], Table: f.Source is null ? null : Load(f.Source, limits, diagnostics)))
            .ToDictionary(t => t.Path, t => t.Table, StringComparer.Ordinal);

    public static DataTable? Load(SourceFile file, ContentLimits limits, DiagnosticBag diagnostics) =>
        Path.GetExtension(file.RelativePath) switch
        {
            ".csv" => LoadCsv(file, limits, diagnostics),
            ".json" => LoadJson(file, limits, diagnostics),
            _ => LoadYaml(file, limits, diagnostics),
        };

    private static DataTable? LoadCsv(SourceFile file, ContentLimits limits, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.StartOf(file.DisplayPath);
        var rows = CsvReader.Parse(file.Text);
        if (rows.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.DataTable, at, "the CSV file is empty; its first row names the columns");
            return null;
        }

        if (!WithinLimits(rows[0].Count, rows.Count - 1, at, limits, diagnostics))
        {
            return null;
        }

        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].Count != rows[0].Count)
            {
                diagnostics.Error(DiagnosticCodes.DataTable, at with { Line = i + 1 }, $"row {i + 1} has {rows[i].Count} fields but the header has {rows[0].Count}");
                return null;
            }
        }

        return new DataTable(file.RelativePath, rows[0], rows.Skip(1).ToList());
    }

    private static DataTable? LoadYaml(SourceFile file, ContentLimits limits, DiagnosticBag diagnostics)
    {
        var root = YamlTreeReader.Read(file.Text, file.DisplayPath, firstLine: 1, diagnostics);
        if (root is not YamlSequence { Items: var items } || items.Any(i => i is not YamlMapping))
        {
            if (root is not null)
            {
                diagnostics.Error(DiagnosticCodes.DataTable, root.Location, "a YAML table is a list of rows, each with the same keys (- år: 2007\\n  antal: 272)");
            }

            return null;
        }

        var maps = items.Cast<YamlMapping>().ToList();
        var keys = maps.SelectMany(m => m.Entries.Select(e => e.Key)).DistinctBy(k => k.Text).ToList();
        var columns = keys.Select(k => k.Text).ToList();
        var at = columns.Count > limits.TableColumns ? keys[limits.TableColumns].Location
            : maps.Count > limits.TableRows ? maps[limits.TableRows].Location
            : root.Location;
        if (!WithinLimits(columns.Count, maps.Count, at, limits, diagnostics))
        {
            return null;
        }

        var rows = maps.Select(m => (IReadOnlyList<string>)columns.Select(c => m.Find(c)?.Value is YamlScalar s ? s.Text : string.Empty).ToList()).ToList();
        return new DataTable(file.RelativePath, columns, rows);
    }

    private static DataTable? LoadJson(SourceFile file, ContentLimits limits, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.StartOf(file.DisplayPath);
        try
        {
            using var json = JsonDocument.Parse(file.Text, new JsonDocumentOptions { MaxDepth = 16 });
            if (json.RootElement.ValueKind != JsonValueKind.Array || json.RootElement.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Object))
            {
                diagnostics.Error(DiagnosticCodes.DataTable, at, "a JSON table is an array of objects with the same keys ([{\"år\": 2007, \"antal\": 272}])");
                return null;
            }

            var objects = json.RootElement.EnumerateArray().ToList();
            var columns = objects.SelectMany(o => o.EnumerateObject().Select(p => p.Name)).Distinct().ToList();
            if (!WithinLimits(columns.Count, objects.Count, at, limits, diagnostics))
            {
                return null;
            }

            var rows = objects.Select(o => (IReadOnlyList<string>)columns.Select(c => o.TryGetProperty(c, out var v) ? Cell(v) : string.Empty).ToList()).ToList();
            return new DataTable(file.RelativePath, columns, rows);
        }
        catch (JsonException ex)
        {
            var position = new SourceLocation(file.DisplayPath, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
            diagnostics.Error(DiagnosticCodes.DataTable, position, $"this is not valid JSON: {ex.Message.Split(" LineNumber", 2)[0].TrimEnd('.', ' ')}");
            return null;
        }
    }

    /// <summary>Checked before the cells are laid out, which is where a table takes rows × columns of memory.</summary>
    private static bool WithinLimits(int columns, int rows, SourceLocation at, ContentLimits limits, DiagnosticBag diagnostics)
    {
        if (columns > limits.TableColumns)
        {
            diagnostics.Error(
                DiagnosticCodes.TableLimit,
                at,
                $"the table has {columns} columns, more than the limit of {limits.TableColumns}; in a YAML or JSON table every row has the same keys. Split the table, or raise limits.tableColumns in site.yml");
            return false;
        }

        if (rows > limits.TableRows)
        {
            diagnostics.Error(
                DiagnosticCodes.TableLimit,
                at,
                $"the table has {rows} rows, more than the limit of {limits.TableRows}; split the table, or raise limits.tableRows in site.yml");
            return false;
        }

        return true;
    }

    private static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => string.Empty,
        _ => value.GetRawText(),
    };
}
