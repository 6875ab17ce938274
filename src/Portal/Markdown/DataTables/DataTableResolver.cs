using Markdig.Syntax;
using Portal.Binding;
using Portal.Data;
using Portal.Diagnostics;
using Portal.FrontMatter;
using Portal.Model;

namespace Portal.Markdown.DataTables;

/// <summary>Reads each <c>table</c> block's keys and finds its data file, reporting problems at the block's lines.</summary>
public static class DataTableResolver
{
    private static readonly string[] Keys = ["source", "caption"];

    public static void Resolve(MarkdownDocument document, ContentText text, IReadOnlyDictionary<string, DataTable?> tables, DiagnosticBag diagnostics)
    {
        foreach (var block in document.Descendants<FencedCodeBlock>().Where(b => b.Info == DataTableExtension.InfoString))
        {
            var at = MarkdownSource.LocationOf(text, block);
            var yaml = block.Lines.ToString();
            var root = YamlTreeReader.Read(yaml, text.Source.DisplayPath, at.Line + 1, diagnostics);
            if (root is not YamlMapping mapping)
            {
                diagnostics.Error(DiagnosticCodes.DataTable, at, "a table block needs 'source: <file under data/>' and may have 'caption: …'");
                block.SetData(typeof(DataTableReference), new DataTableReference(null, null));
                continue;
            }

            var keys = new KeyReader(mapping, Keys, diagnostics);
            var source = keys.RequiredScalar("source");
            var caption = keys.OptionalString("caption");
            DataTable? table = null;
            // A file that exists but could not be read has its own error; saying it is missing would mislead.
            if (source is not null && !tables.TryGetValue(source.Text.Trim(), out table))
            {
                diagnostics.Error(DiagnosticCodes.DataTable, source.Location, $"no data file 'data/{source.Text.Trim()}'{NearestMatch.Hint(source.Text.Trim(), tables.Keys)}");
            }

            block.SetData(typeof(DataTableReference), new DataTableReference(table, caption));
        }
    }
}
