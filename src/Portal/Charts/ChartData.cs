namespace Portal.Charts;

/// <summary>A series of values, one per category, as a chart draws it (a missing value is null).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);

/// <summary>What a chart shows: its categories (the x axis, or the rows), its series, and the words around it.</summary>
public sealed record ChartData(string Title, string Description, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series);
