using System.Text.Json;
using Portal.Diagnostics;
using Portal.FrontMatter;
using Portal.Input;

namespace Portal.Data;

/// <summary>Reads the tables in <c>input/data/</c> (CSV with a header row, a YAML list of maps, or a JSON array of objects).</summary>
public static class DataTableLoader
{
    /// <summary>Every table, by its path under <c>data/</c>; a file that could not be read is there as null (its error is reported).</summary>
    public static IReadOnlyDictionary<string, DataTable?> LoadAll(IEnumerable<DataFile> files, DiagnosticBag diagnostics) =>
        files.AsParallel()
            .Select(f => (Path: f.Path.RelativePath["data/".Length..], Table: Load(f.Source, diagnostics)))
            .ToDictionary(t => t.Path, t => t.Table, StringComparer.Ordinal);

    public static DataTable? Load(SourceFile file, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.StartOf(file.DisplayPath);
        switch (Path.GetExtension(file.RelativePath))
        {
            case ".csv":
                var rows = CsvReader.Parse(file.Text);
                if (rows.Count == 0)
                {
                    diagnostics.Error(DiagnosticCodes.DataTable, at, "the CSV file is empty; its first row names the columns");
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
            case ".json":
                return LoadJson(file, diagnostics);
            default:
                return LoadYaml(file, diagnostics);
        }
    }

    private static DataTable? LoadYaml(SourceFile file, DiagnosticBag diagnostics)
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
        var columns = maps.SelectMany(m => m.Entries.Select(e => e.Key.Text)).Distinct().ToList();
        var rows = maps.Select(m => (IReadOnlyList<string>)columns.Select(c => m.Find(c)?.Value is YamlScalar s ? s.Text : string.Empty).ToList()).ToList();
        return new DataTable(file.RelativePath, columns, rows);
    }

    private static DataTable? LoadJson(SourceFile file, DiagnosticBag diagnostics)
    {
        try
        {
            using var json = JsonDocument.Parse(file.Text, new JsonDocumentOptions { MaxDepth = 16 });
            if (json.RootElement.ValueKind != JsonValueKind.Array || json.RootElement.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Object))
            {
                diagnostics.Error(DiagnosticCodes.DataTable, SourceLocation.StartOf(file.DisplayPath), "a JSON table is an array of objects with the same keys ([{\"år\": 2007, \"antal\": 272}])");
                return null;
            }

            var objects = json.RootElement.EnumerateArray().ToList();
            var columns = objects.SelectMany(o => o.EnumerateObject().Select(p => p.Name)).Distinct().ToList();
            var rows = objects.Select(o => (IReadOnlyList<string>)columns.Select(c => o.TryGetProperty(c, out var v) ? Cell(v) : string.Empty).ToList()).ToList();
            return new DataTable(file.RelativePath, columns, rows);
        }
        catch (JsonException ex)
        {
            var at = new SourceLocation(file.DisplayPath, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
            diagnostics.Error(DiagnosticCodes.DataTable, at, $"this is not valid JSON: {ex.Message.Split(" LineNumber", 2)[0].TrimEnd('.', ' ')}");
            return null;
        }
    }

    private static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => string.Empty,
        _ => value.GetRawText(),
    };
}
