namespace Portal.Pages;

/// <summary>
/// Splits a long list over several pages, so that no page grows with the site: a portal of 25,000 relationships
/// would otherwise list them all on one page, which a phone cannot open.
/// </summary>
public static class Paging
{
    /// <summary>Rows per page: a page of them stays near 40 KB.</summary>
    public const int PageSize = 100;

    /// <summary>The items in pages of at most <paramref name="size"/>, in order; one empty page when there are none.</summary>
    public static IReadOnlyList<IReadOnlyList<T>> Split<T>(IReadOnlyList<T> items, int size = PageSize) =>
        [.. Enumerable.Range(1, PageCount(items.Count, size)).Select(number => Part(items, number, size))];

    /// <summary>How many pages <paramref name="count"/> items take: one for none.</summary>
    public static int PageCount(int count, int size = PageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        return Math.Max(1, (count + size - 1) / size);
    }

    /// <summary>The items on page <paramref name="number"/> (from 1).</summary>
    public static IReadOnlyList<T> Part<T>(IReadOnlyList<T> items, int number, int size = PageSize) =>
        [.. items.Skip((number - 1) * size).Take(size)];

    /// <summary>
    /// The page numbers a pagination shows, as GOV.UK's does: the first and the last, the current one and its
    /// neighbours, with 0 for each gap between them. All of them when there are few.
    /// </summary>
    public static IReadOnlyList<int> Window(int current, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(current, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(current, count);
        var shown = new SortedSet<int> { 1, count, current, Math.Max(1, current - 1), Math.Min(count, current + 1) };
        var numbers = new List<int>();
        foreach (var number in shown)
        {
            if (numbers.Count > 0 && number - numbers[^1] == 2)
            {
                numbers.Add(number - 1); // a gap of one page shows the page: "…" would hide no more than the number
            }
            else if (numbers.Count > 0 && number - numbers[^1] > 2)
            {
                numbers.Add(0);
            }

            numbers.Add(number);
        }

        return numbers;
    }
}
