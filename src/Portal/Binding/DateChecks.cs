namespace Portal.Binding;

/// <summary>
/// Checks of the dates an editor gives for what has happened: a period's end before its start, an ended relationship
/// without the year it ended, and a date in the future, which is most often a typo (2042 for 2024). "Today" is the
/// build's date (<see cref="BindingContext.Today"/>), never the clock.
/// </summary>
public static class DateChecks
{
    /// <summary><c>status: ended</c> needs <c>until</c>, or <c>until: unknown</c> when no source gives the year.</summary>
    public static void WarnIfEndedWithoutYear(KeyReader keys, RelationshipStatus? status, BindingContext context)
    {
        if (status == RelationshipStatus.Ended && !keys.Has("until"))
        {
            context.Diagnostics.Warning(
                DiagnosticCodes.EndedWithoutUntil,
                keys.LocationOf("status"),
                "'status: ended' without the year it ended: add 'until: <year>' (or a date, 2024-01-17); if no source gives the year, write 'until: unknown'");
        }
    }

    /// <summary><c>since</c> and <c>until</c> of a relationship or a membership: in order, and neither in the future.</summary>
    /// <param name="what">What the period is of: "relationship" or "membership".</param>
    public static void CheckPeriod(KeyReader keys, PartialDate? since, PartialDate? until, string what, BindingContext context)
    {
        if (since is { } start && until is { } end && end.CompareTo(start) < 0)
        {
            context.Diagnostics.Error(DiagnosticCodes.UntilBeforeSince, keys.LocationOf("until"), $"'until' ({end}) is before 'since' ({start}); check the years");
        }

        WarnIfInFuture(keys, "since", since, $"when the {what} began", $"correct the year, or leave 'since' out until the {what} has begun and write the planned start in the text", context);
        WarnIfInFuture(keys, "until", until, $"when the {what} ended", $"correct the year, or remove 'until' while the {what} goes on and write a planned end in the text", context);
    }

    /// <summary>A date at <paramref name="key"/> that is after the build's today: a year counts from the next year on.</summary>
    /// <param name="meaning">What the date is ("when the relationship ended"), to say why the future is wrong.</param>
    /// <param name="fix">How to put it right.</param>
    public static void WarnIfInFuture(KeyReader keys, string key, PartialDate? date, string meaning, string fix, BindingContext context)
    {
        if (date is { } given && given.IsAfter(context.Today))
        {
            context.Diagnostics.Warning(
                DiagnosticCodes.DateInFuture,
                keys.LocationOf(key),
                $"'{key}' ({given}) is in the future (today is {context.Today:yyyy-MM-dd}): '{key}' is {meaning}; {fix}");
        }
    }
}
