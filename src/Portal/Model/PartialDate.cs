using System.Globalization;

namespace Portal.Model;

/// <summary>A year, or a full ISO date: what editors know of when a relationship began or ended.</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            date = new PartialDate(year);
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var full))
        {
            date = new PartialDate(full.Year, full.Month, full.Day);
            return true;
        }

        return false;
    }

    public bool HasDay => Month is not null && Day is not null;

    public int CompareTo(PartialDate other)
    {
        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0 || !HasDay || !other.HasDay)
        {
            return byYear;
        }

        return (Month!.Value, Day!.Value).CompareTo((other.Month!.Value, other.Day!.Value));
    }

    /// <summary>ISO form: <c>1946</c> or <c>1946-05-01</c>.</summary>
    public override string ToString() =>
        HasDay ? $"{Year:D4}-{Month:D2}-{Day:D2}" : Year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>True when this lies after <paramref name="day"/>: a year only when it is a later year, so the current year is not.</summary>
    public bool IsAfter(DateOnly day) => ToDateOnly() is { } date ? date > day : Year > day.Year;

    public DateOnly? ToDateOnly() => HasDay ? new DateOnly(Year, Month!.Value, Day!.Value) : null;
}
