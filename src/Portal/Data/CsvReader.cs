using System.Text;

namespace Portal.Data;

/// <summary>RFC 4180 CSV: comma or semicolon separated (Swedish spreadsheets write ';'), quoted fields may hold separators and newlines.</summary>
public static class CsvReader
{
    public static IReadOnlyList<IReadOnlyList<string>> Parse(string text)
    {
        var separator = DetectSeparator(text);
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows.Where(r => r.Count > 1 || r[0].Length > 0).ToList();
    }

    /// <summary>Writes one CSV record, quoting only where a field needs it.</summary>
    public static string FormatRecord(IEnumerable<string?> fields) =>
        string.Join(',', fields.Select(f => f is null ? string.Empty
            : f.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{f.Replace("\"", "\"\"")}\"" : f));

    /// <summary>The separator is whichever of ';' and ',' the header row uses more often outside quotes.</summary>
    private static char DetectSeparator(string text)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '\n')
            {
                break;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }
}
