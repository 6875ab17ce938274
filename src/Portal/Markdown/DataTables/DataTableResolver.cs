using Markdig.Syntax;
using Portal.Data;

namespace Portal.Markdown.DataTables;

/// <summary>Reads each <c>table</c> block's keys and finds its data file, reporting problems at the block's lines.</summary>
public static class DataTableResolver
{
    private static readonly string[] Keys = ["source", "caption"];

    public static void Resolve(MarkdownDocument document, ContentText text, IReadOnlyDictionary<string, DataTable?> tables, DiagnosticBag diagnostics)
    {
        foreach (var block in document.Descendants<FencedCodeBlock>().Where(b => b.Info == DataTableExtension.InfoString))
        {
            var read = DataBlock.Read(block, text, tables, Keys, diagnostics);
            DataTableBlockRenderer.Take(block, read?.Table is { } table ? new DataTableReference(table, read.Caption) : null);
        }
    }
}
