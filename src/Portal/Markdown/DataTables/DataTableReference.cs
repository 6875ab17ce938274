using Portal.Data;

namespace Portal.Markdown.DataTables;

/// <summary>What a <c>table</c> block resolved to; attached to the block before it is rendered.</summary>
public sealed record DataTableReference(DataTable Table, string? Caption);
