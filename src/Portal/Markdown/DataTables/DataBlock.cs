using Markdig.Syntax;
using Portal.Data;
using Portal.FrontMatter;

namespace Portal.Markdown.DataTables;

/// <summary>The keys a block that shows a data file has (source, caption, and its own), read with their positions.</summary>
public sealed record DataBlock(KeyReader Keys, DataTable? Table, string? Caption)
{
    /// <summary>Reads a fenced block's YAML; null when it is not even a map of keys (which is reported).</summary>
    public static DataBlock? Read(FencedCodeBlock block, ContentText text, IReadOnlyDictionary<string, DataTable?> tables, IReadOnlyCollection<string> keys, DiagnosticBag diagnostics)
    {
        var at = MarkdownSource.LocationOf(text, block);
        var root = YamlTreeReader.Read(block.Lines.ToString(), text.Source.DisplayPath, at.Line + 1, diagnostics);
        if (root is not YamlMapping mapping)
        {
            diagnostics.Error(DiagnosticCodes.DataTable, at, $"a {block.Info} block needs 'source: <file under data/>' and may have 'caption: …'");
            return null;
        }

        var reader = new KeyReader(mapping, keys, diagnostics, requiredKeys: ["source"]);
        var source = reader.RequiredScalar("source");
        var caption = reader.OptionalString("caption");
        DataTable? table = null;

        // A file that exists but could not be read has its own error; saying it is missing would mislead.
        if (source is not null && !tables.TryGetValue(source.Text.Trim(), out table))
        {
            diagnostics.Error(DiagnosticCodes.DataTable, source.Location, $"no data file 'data/{source.Text.Trim()}'{NearestMatch.Hint(source.Text.Trim(), tables.Keys)}");
        }

        return new DataBlock(reader, table, caption);
    }
}
