namespace Portal.Model;

/// <summary>
/// How big content may be, so that no file, however written, can exhaust the build machine (<c>limits:</c> in
/// site.yml raises them). Sizes are in bytes; a file over a limit is an error at the file and is not read.
/// </summary>
/// <param name="TextFileSize">Each Markdown file (site.yml, read before its limits are known, always has the default).</param>
/// <param name="DataFileSize">Each table under data/.</param>
/// <param name="AssetFileSize">Each file under assets/.</param>
/// <param name="TableRows">Rows of one table under data/ (and so of a table or chart block).</param>
/// <param name="TableColumns">Columns of one table under data/.</param>
/// <param name="ChartValues">Values one chart draws: its rows times its series.</param>
public sealed record ContentLimits(long TextFileSize, long DataFileSize, long AssetFileSize, int TableRows, int TableColumns, int ChartValues)
{
    /// <summary>
    /// Far above what a municipality writes (its longest decision is some 10 KB of text, its biggest statistics a few
    /// hundred rows), and low enough that the most costly text of that size (hundreds of thousands of headings, say)
    /// still builds in seconds and a few hundred MB. Assets: GitHub refuses files over 100 MB, and a web visitor on a
    /// phone would rather not download more.
    /// </summary>
    public static ContentLimits Default { get; } = new(
        TextFileSize: 512 * FileSize.KiB,
        DataFileSize: 2 * FileSize.MiB,
        AssetFileSize: 100 * FileSize.MiB,
        TableRows: 5_000,
        TableColumns: 100,
        ChartValues: 1_000);
}
