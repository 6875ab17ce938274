namespace Portal.Data;

/// <summary>A table from <c>input/data/</c>: named columns and rows of text cells, in the file's order.</summary>
public sealed record DataTable(string RelativePath, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
