using System.Globalization;
using Portal.Pipeline.Monitoring;

namespace Portal.Cli.Progress;

/// <summary>
/// <c>--timings</c>: each phase's wall time, the bytes it allocated and the process's peak memory when it ended, as
/// an aligned table, with the whole build's line last.
/// </summary>
public static class TimingsTable
{
    /// <summary>The option that asks for the table, the same for every command that builds.</summary>
    public static readonly CommandOption Option = CommandOption.Flag("--timings", "print each phase's wall time, allocations and peak memory");

    /// <summary>Writes the table when <paramref name="arguments"/> ask for it, and how the templates ran.</summary>
    /// <param name="templates">How the theme's templates ran; null when no page rendered.</param>
    public static void WriteIfAsked(ParsedArguments arguments, TextWriter output, IReadOnlyList<PhaseTiming> timings, TimeSpan total, string? templates)
    {
        if (!arguments.Flags.Contains(Option.Name))
        {
            return;
        }

        foreach (var line in Lines(timings, total))
        {
            output.WriteLine(line);
        }

        if (templates is not null)
        {
            output.WriteLine($"templates: {templates}");
        }
    }

    public static IReadOnlyList<string> Lines(IReadOnlyList<PhaseTiming> timings, TimeSpan total)
    {
        var rows = new List<string[]> { new[] { "phase", "wall", "allocated", "peak memory" } };
        rows.AddRange(timings.Select(t => new[] { t.Phase.ToString().ToLowerInvariant(), Seconds(t.Wall), Megabytes(t.AllocatedBytes), Megabytes(t.PeakWorkingSetBytes) }));
        rows.Add(["total", Seconds(total), Megabytes(timings.Sum(t => t.AllocatedBytes)), Megabytes(timings.Count == 0 ? 0 : timings.Max(t => t.PeakWorkingSetBytes))]);
        var widths = Enumerable.Range(0, 4).Select(c => rows.Max(r => r[c].Length)).ToArray();
        return rows.Select(r => string.Join("  ", r.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd()).ToList();
    }

    private static string Seconds(TimeSpan wall) => wall.TotalSeconds.ToString("0.000 s", CultureInfo.InvariantCulture);

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0 MiB", CultureInfo.InvariantCulture);
}
