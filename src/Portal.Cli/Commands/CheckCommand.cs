using System.Diagnostics;
using System.Globalization;
using Portal.Cli.Progress;
using Portal.Diagnostics;
using Portal.Pipeline;
using Portal.Pipeline.Monitoring;

namespace Portal.Cli.Commands;

/// <summary>
/// <c>portal check</c>: everything a build validates, and every internal link and #anchor of the rendered pages,
/// without writing anything. Fast enough for a pre-commit hook.
/// </summary>
public sealed class CheckCommand : ICommand
{
    public string Name => "check";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        CommandOption.Input,
        CommandOption.Theme,
        CommandOption.Flag("--warnings-as-errors", "fail (exit 1) on warnings too"),
        TimingsTable.Option,
    ];

    public string Summary => "Check the content folder (default ./input) as a build would, and every link in the pages, writing nothing.";

    public int Run(ParsedArguments arguments, TextWriter output, TextWriter errors, string workingDirectory)
    {
        var clock = Stopwatch.StartNew();
        var options = new BuildOptions(arguments.Option("--input") ?? "input", "output", arguments.Option("--theme"), null, workingDirectory, DrawMaps: false);
        var diagnostics = new DiagnosticBag();
        var monitor = new BuildMonitor();
        var files = PortalBuild.Generate(options, diagnostics, monitor: monitor);
        var found = diagnostics.Sorted();
        foreach (var diagnostic in found)
        {
            errors.WriteLine(diagnostic.ToString());
        }

        var errorCount = found.Count(d => d.IsError);
        var warningCount = found.Count - errorCount;
        var pages = files?.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)) ?? 0;
        TimingsTable.WriteIfAsked(arguments, output, monitor.Timings, clock.Elapsed, monitor.Templates);
        var seconds = clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var strict = arguments.Flags.Contains("--warnings-as-errors");
        var verdict = errorCount == 0 && strict && warningCount > 0 ? " The warnings count as errors (--warnings-as-errors): fix them, or the check fails." : string.Empty;
        output.WriteLine($"Checked {pages} pages in {seconds} s: {errorCount} error(s), {warningCount} warning(s).{verdict}");
        return errorCount > 0 || (strict && warningCount > 0) ? 1 : 0;
    }
}
