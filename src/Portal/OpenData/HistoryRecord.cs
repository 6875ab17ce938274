namespace Portal.OpenData;

/// <summary>
/// One change of status as published in data/history.csv and .json: of a relationship (<see cref="Slug"/> the
/// partner's, <see cref="Name"/> the partner's name) or of a municipality's membership of a network (the network's).
/// </summary>
public sealed record HistoryRecord(
    string Subject,
    string Municipality,
    string Slug,
    string Name,
    string Date,
    string Status,
    string? Decision,
    string? DecisionUrl,
    string? Note,
    string Url);
