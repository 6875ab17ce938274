using Portal.Pages.Views;

namespace Portal.Pages;

/// <summary>One page of a list split over several (<see cref="ComposeContext.ListPages"/>): where it is, its part of the list, and its pagination.</summary>
public sealed record ListPage<T>(PageComposer Page, IReadOnlyList<T> Part, PaginationView Pagination, bool IsFirst);
