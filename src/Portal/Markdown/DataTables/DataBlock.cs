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
            diagnostics.Error(DiagnosticCodes.DataTable, source.Location, NoDataFile(source.Text.Trim(), tables.Keys));
        }

        return new DataBlock(reader, table, caption);
    }

    /// <summary>
    /// Why a source names no data file. The commonest slip is writing the path from the content folder
    /// (<c>data/skl/trend.csv</c>, <c>../data/…</c>): that is said as such, never as a file <c>data/data/…</c>.
    /// </summary>
    private static string NoDataFile(string source, IEnumerable<string> files)
    {
        var fromContent = source;
        while (fromContent.StartsWith("../", StringComparison.Ordinal))
        {
            fromContent = fromContent[3..];
        }

        fromContent = fromContent.TrimStart('/');
        if (!fromContent.StartsWith("data/", StringComparison.Ordinal))
        {
            return $"no data file 'data/{source}'{NearestMatch.Hint(source, files)}";
        }

        var inData = fromContent["data/".Length..];
        const string CountedFromData = "'source' is counted from data/";
        if (files.Contains(inData, StringComparer.Ordinal))
        {
            return $"{CountedFromData}: write 'source: {inData}'";
        }

        return NearestMatch.Find(inData, files) is { } near
            ? $"no data file 'data/{inData}'; {CountedFromData}: did you mean 'source: {near}'?"
            : $"no data file 'data/{inData}'; {CountedFromData}: write 'source: {inData}'";
    }
}
