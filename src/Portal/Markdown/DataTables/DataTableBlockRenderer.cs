using System.Globalization;
using Markdig.Renderers;
using Portal.Data;

namespace Portal.Markdown.DataTables;

/// <summary>Renders a resolved <c>table</c> block as an accessible HTML table.</summary>
public sealed class DataTableBlockRenderer(IMarkdownObjectRenderer next) : FencedBlockRenderer<DataTableReference>(next)
{
    protected override void Write(HtmlRenderer renderer, DataTableReference reference) => WriteTable(renderer, reference.Table, reference.Caption);

    /// <summary>Writes a data table as an accessible HTML table, numbers right-aligned by column.</summary>
    public static void WriteTable(HtmlRenderer renderer, DataTable table, string? caption)
    {
        // A table wider than a phone scrolls in its frame; the frame takes focus so keyboard users can scroll it too.
        renderer.Write("<div class=\"table-scroll\" tabindex=\"0\"");
        if (caption is not null)
        {
            renderer.Write(" role=\"region\" aria-label=\"").WriteEscape(caption).Write("\"");
        }

        renderer.Write(">").WriteLine();
        renderer.Write("<table class=\"data-table\">").WriteLine();
        if (caption is not null)
        {
            renderer.Write("<caption>").WriteEscape(caption).Write("</caption>").WriteLine();
        }

        // A column is aligned as numbers only when every filled cell in it is a number, so headers and cells line up.
        var numeric = Enumerable.Range(0, table.Columns.Count)
            .Select(i => i > 0 && table.Rows.Any(r => r[i].Length > 0) && table.Rows.All(r => r[i].Length == 0 || IsNumber(r[i])))
            .ToArray();
        renderer.Write("<thead><tr>");
        for (var i = 0; i < table.Columns.Count; i++)
        {
            renderer.Write(numeric[i] ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">").WriteEscape(table.Columns[i]).Write("</th>");
        }

        renderer.Write("</tr></thead>").WriteLine().Write("<tbody>").WriteLine();
        foreach (var row in table.Rows)
        {
            renderer.Write("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var tag = i == 0 ? "th scope=\"row\"" : "td";
                renderer.Write($"<{tag}{(numeric[i] ? " class=\"num\"" : string.Empty)}>").WriteEscape(row[i]).Write(i == 0 ? "</th>" : "</td>");
            }

            renderer.Write("</tr>").WriteLine();
        }

        renderer.Write("</tbody>").WriteLine().Write("</table>").WriteLine().Write("</div>").WriteLine();
    }

    public static bool IsNumber(string cell) =>
        decimal.TryParse(cell.Replace(" ", string.Empty).Replace(',', '.').TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out _);
}
