using System.Diagnostics;
using Portal.Pipeline.Monitoring;

namespace Portal.Cli.Progress;

/// <summary>
/// Shows a running build on one line of a terminal, rewritten in place: "[4/6] render 412/858 pages". It redraws at
/// most ten times a second (and at each new phase), so progress costs the build nothing it would notice, and clears
/// the line when done, leaving the terminal as the summary alone would.
/// </summary>
public sealed class TerminalProgress(TextWriter terminal) : IProgress<BuildProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private static readonly int PhaseCount = Enum.GetValues<BuildPhase>().Length;

    private readonly Lock _gate = new();
    private long _lastDrawn = long.MinValue;
    private BuildPhase? _phase;
    private int _width;

    public void Report(BuildProgress value)
    {
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            if (value.Phase == _phase && Stopwatch.GetElapsedTime(_lastDrawn, now) < Interval && value.Done != value.Total)
            {
                return;
            }

            _phase = value.Phase;
            _lastDrawn = now;
            Draw(Line(value));
        }
    }

    /// <summary>Clears the line, so what the build prints next starts at the left margin.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            Draw(string.Empty);
        }
    }

    /// <summary>The line for <paramref name="value"/>: the phase's number and name, and its count when it has one.</summary>
    public static string Line(BuildProgress value)
    {
        var phase = $"[{(int)value.Phase + 1}/{PhaseCount}] {value.Phase.ToString().ToLowerInvariant()}";
        return value switch
        {
            { Total: > 0 } => $"{phase} {value.Done}/{value.Total}",
            { Done: > 0 } => $"{phase} {value.Done}",
            _ => phase,
        };
    }

    private void Draw(string line)
    {
        // Carriage return, the new text, and spaces over whatever the last line had beyond it: no terminal escapes needed.
        terminal.Write('\r' + line.PadRight(_width) + '\r');
        terminal.Flush();
        _width = line.Length;
    }
}
