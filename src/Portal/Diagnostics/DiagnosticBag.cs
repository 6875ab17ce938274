using System.Collections.Concurrent;

namespace Portal.Diagnostics;

/// <summary>
/// Collects diagnostics from stages that run in parallel. The same problem reported twice
/// (a key bound once per language, say) is kept once; the order of the report is by place, not by thread.
/// </summary>
public sealed class DiagnosticBag
{
    /// <summary>
    /// Problems of one code in one file that the report shows; the rest are counted in one line. A file of 250,000
    /// "# headings" is 250,000 warnings, which no one reads and which would take the terminal (or the preview) a while.
    /// </summary>
    public const int MaxShownPerFileAndCode = 20;

    private readonly ConcurrentDictionary<Diagnostic, byte> _items = new();

    public void Add(Diagnostic diagnostic) => _items.TryAdd(diagnostic, 0);

    public void Error(string code, SourceLocation at, string message) =>
        Add(new Diagnostic(Severity.Error, code, message, at));

    public void Warning(string code, SourceLocation at, string message) =>
        Add(new Diagnostic(Severity.Warning, code, message, at));

    /// <summary>Every problem, in no order and none left out: for handing them on to another bag.</summary>
    public IReadOnlyList<Diagnostic> All => [.. _items.Keys];

    public bool HasErrors => _items.Keys.Any(d => d.IsError);

    public int ErrorCount => _items.Keys.Count(d => d.IsError);

    public int WarningCount => _items.Keys.Count(d => !d.IsError);

    /// <summary>Every problem by place, at most <see cref="MaxShownPerFileAndCode"/> of a code in a file, then one line counting the rest.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Keys
            .GroupBy(d => (d.Location.Path, d.Code))
            .SelectMany(Shown)
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<Diagnostic> Shown(IEnumerable<Diagnostic> sameFileAndCode)
    {
        var ordered = sameFileAndCode
            .OrderBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
        if (ordered.Count <= MaxShownPerFileAndCode)
        {
            return ordered;
        }

        var rest = ordered.Skip(MaxShownPerFileAndCode).ToList();
        var more = new Diagnostic(
            rest.Any(d => d.IsError) ? Severity.Error : Severity.Warning,
            rest[0].Code,
            $"… and {rest.Count} more {rest[0].Code} in this file, not shown",
            rest[0].Location);
        return [.. ordered.Take(MaxShownPerFileAndCode), more];
    }
}
