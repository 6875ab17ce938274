using System.Collections.Concurrent;

namespace Portal.Diagnostics;

/// <summary>
/// Collects diagnostics from stages that run in parallel. The same problem reported twice
/// (a key bound once per language, say) is kept once; the order of the report is by place, not by thread.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentDictionary<Diagnostic, byte> _items = new();

    public void Add(Diagnostic diagnostic) => _items.TryAdd(diagnostic, 0);

    public void Error(string code, SourceLocation at, string message) =>
        Add(new Diagnostic(Severity.Error, code, message, at));

    public void Warning(string code, SourceLocation at, string message) =>
        Add(new Diagnostic(Severity.Warning, code, message, at));

    public bool HasErrors => _items.Keys.Any(d => d.IsError);

    public int ErrorCount => _items.Keys.Count(d => d.IsError);

    public int WarningCount => _items.Keys.Count(d => !d.IsError);

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Keys
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
