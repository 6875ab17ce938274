namespace Portal.Diagnostics;

/// <summary>
/// A value made once with the problems found while making it, so that a later build that reuses the value (a
/// preview's parsed or bound file) reports the same problems again.
/// </summary>
public sealed record Reported<T>(T Value, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>Makes the value, keeping what <paramref name="make"/> reports.</summary>
    public static Reported<T> Make(Func<DiagnosticBag, T> make)
    {
        var problems = new DiagnosticBag();
        return new Reported<T>(make(problems), problems.All);
    }

    /// <summary>The value, its problems added to <paramref name="diagnostics"/>.</summary>
    public T ReportTo(DiagnosticBag diagnostics)
    {
        foreach (var problem in Problems)
        {
            diagnostics.Add(problem);
        }

        return Value;
    }
}
