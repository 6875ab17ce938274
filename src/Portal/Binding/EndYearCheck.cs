namespace Portal.Binding;

/// <summary>
/// Warnings about when a relationship or a membership ended: an ended relationship without the year it ended, and an
/// end in the future. "Today" is the build's date (<see cref="BindingContext.Today"/>), never the clock.
/// </summary>
public static class EndYearCheck
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

    /// <param name="what">What ended: "relationship" or "membership".</param>
    public static void WarnIfInFuture(KeyReader keys, PartialDate? until, string what, BindingContext context)
    {
        if (until is { } end && end.IsAfter(context.Today))
        {
            context.Diagnostics.Warning(
                DiagnosticCodes.UntilInFuture,
                keys.LocationOf("until"),
                $"'until' ({end}) is in the future (today is {context.Today:yyyy-MM-dd}): 'until' is when the {what} ended; correct the year, or remove 'until' while the {what} goes on and write a planned end in the text");
        }
    }
}
