using System.Globalization;
using Portal.Cli.Progress;
using Portal.Pipeline;
using Portal.Pipeline.Monitoring;

namespace Portal.Cli.Commands;

/// <summary>
/// <c>portal build</c>: builds the site, prints compiler-style diagnostics and a one-line summary. On a terminal
/// (<paramref name="showProgress"/>) the running phase is shown on one line that the summary replaces.
/// </summary>
public sealed class BuildCommand(bool showProgress = false) : ICommand
{
    public string Name => "build";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        CommandOption.Input,
        CommandOption.Theme,
        CommandOption.Value("--output", "DIR", "the folder the site is written to (default ./output)"),
        CommandOption.Value("--base-url", "URL", "the address the site is published at, instead of baseUrl in site.yml"),
        TimingsTable.Option,
    ];

    public string Summary => "Build the site from the content folder (default ./input) into ./output; a failed build leaves output untouched.";

    public int Run(ParsedArguments arguments, TextWriter output, TextWriter errors, string workingDirectory)
    {
        Uri? baseUrl = null;
        if (arguments.Option("--base-url") is { } given && !Uri.TryCreate(given, UriKind.Absolute, out baseUrl))
        {
            throw new UsageException($"--base-url must be an absolute URL such as https://example.org/internationellt/, not '{given}'");
        }

        var options = new BuildOptions(
            arguments.Option("--input") ?? "input",
            arguments.Option("--output") ?? "output",
            arguments.Option("--theme"),
            baseUrl,
            workingDirectory);
        var progress = showProgress ? new TerminalProgress(errors) : null;
        var result = PortalBuild.Run(options, monitor: new BuildMonitor(progress));
        progress?.Clear();
        foreach (var diagnostic in result.Diagnostics)
        {
            errors.WriteLine(diagnostic.ToString());
        }

        TimingsTable.WriteIfAsked(arguments, output, result.Timings, result.Elapsed, result.Templates);
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (result.Succeeded)
        {
            output.WriteLine($"Built {result.PagesWritten} pages ({result.FilesWritten} files) into {options.OutputDirectory}/ in {seconds} s: {result.Warnings} warning(s).");
            return 0;
        }

        output.WriteLine($"Build failed in {seconds} s: {result.Errors} error(s), {result.Warnings} warning(s). {options.OutputDirectory}/ was not changed.");
        return 1;
    }
}
