namespace Portal.Tests.Model;

/// <summary>Dates as editors write them in since: and until: — a year, or a full ISO date.</summary>
public sealed class PartialDateTests
{
    [TestCase("1946", 1946, null, null)]
    [TestCase("2024-01-17", 2024, 1, 17)]
    [TestCase("2024-02-29", 2024, 2, 29)]
    public void A_year_or_a_full_date_is_read(string text, int year, int? month, int? day)
    {
        Assert.That(PartialDate.TryParse(text, out var date), Is.True);
        Assert.That(date, Is.EqualTo(new PartialDate(year, month, day)));
        Assert.That(date.ToString(), Is.EqualTo(text), "written back as it was read");
    }

    [TestCase("46")]
    [TestCase("19466")]
    [TestCase("+946")]
    [TestCase("1946-5-1")]
    [TestCase("2023-02-29")]
    [TestCase("2024-01")]
    [TestCase("17/01/2024")]
    [TestCase("")]
    public void Anything_else_is_not_a_date(string text) =>
        Assert.That(PartialDate.TryParse(text, out _), Is.False);

    [Test]
    public void Dates_order_by_year_and_within_a_year_by_day_when_both_have_one()
    {
        var dates = new[] { "2024-06-01", "1946", "2024-01-17", "1990-12-31", "1991" }.Select(Parse).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(dates.Order().Select(d => d.ToString()), Is.EqualTo(new[] { "1946", "1990-12-31", "1991", "2024-01-17", "2024-06-01" }));
            Assert.That(Parse("2024").CompareTo(Parse("2024-06-01")), Is.Zero, "a year alone says nothing about the day: neither comes first");
        });
    }

    [Test]
    public void Only_a_later_year_or_day_lies_after_today()
    {
        var today = new DateOnly(2025, 3, 10);

        Assert.Multiple(() =>
        {
            Assert.That(Parse("2025").IsAfter(today), Is.False, "the current year has begun");
            Assert.That(Parse("2026").IsAfter(today), Is.True);
            Assert.That(Parse("2025-03-10").IsAfter(today), Is.False);
            Assert.That(Parse("2025-03-11").IsAfter(today), Is.True);
        });
    }

    private static PartialDate Parse(string text) =>
        PartialDate.TryParse(text, out var date) ? date : throw new AssertionException($"'{text}' did not parse");
}
