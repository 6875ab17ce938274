using System.Globalization;
using System.Runtime.InteropServices;
using Portal.Cli.Preview;
using Portal.Pipeline;
using Portal.Preview;
using Portal.Templates;

namespace Portal.Cli.Commands;

/// <summary>
/// <c>portal preview</c>: builds, serves the site at http://localhost:PORT/, and rebuilds on every change to the
/// content or the theme, pushing a reload (or the errors) to the open pages. Bad content never stops it; Ctrl+C,
/// SIGTERM or the given token do.
/// </summary>
public sealed class PreviewCommand(CancellationToken stopping = default) : ICommand
{
    public const int DefaultPort = 5080;

    public string Name => "preview";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        CommandOption.Input,
        CommandOption.Theme,
        CommandOption.Value("--output", "DIR", "also write each good build to this folder (by default nothing is written)"),
        CommandOption.Value("--port", "N", $"the port on localhost to serve at (default {DefaultPort})"),
    ];

    public string Summary => "Build and serve the site at http://localhost:5080/, rebuilding and reloading open pages on every change; Ctrl+C stops.";

    public int Run(ParsedArguments arguments, TextWriter output, TextWriter errors, string workingDirectory) =>
        RunAsync(arguments, output, errors, workingDirectory).GetAwaiter().GetResult();

    private async Task<int> RunAsync(ParsedArguments arguments, TextWriter output, TextWriter errors, string workingDirectory)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        try
        {
            return await ServeAsync(arguments, output, errors, workingDirectory, stop.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
        }
    }

    private static async Task<int> ServeAsync(ParsedArguments arguments, TextWriter output, TextWriter errors, string workingDirectory, CancellationToken stopping)
    {
        var port = Port(arguments.Option("--port"));
        var input = arguments.Option("--input") ?? "input";
        var writeTo = arguments.Option("--output");

        // Served at the root of localhost whatever the published path: the pages' links are relative, and the few
        // absolute ones (the 404 page's) follow the base URL.
        var options = new BuildOptions(input, writeTo ?? "output", arguments.Option("--theme"), PreviewServer.Address(port), workingDirectory);
        if (!Directory.Exists(Path.GetFullPath(input, workingDirectory)))
        {
            errors.WriteLine($"portal preview: the content folder '{input}' does not exist; give it with --input DIR");
            return 1;
        }

        var session = new PreviewSession(options, writesOutput: writeTo is not null);
        var events = new PreviewEvents();
        var theme = ThemeLoader.Locate(options.ThemeDirectory, workingDirectory);

        // The server starts first: a taken port is reported at once, and the address works (showing a waiting
        // page) while the first build runs.
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(session, events, theme, port);
        }
        catch (Exception ex) when (PreviewServer.IsPortTaken(ex))
        {
            errors.WriteLine($"portal preview: port {port} is in use by another program; choose another with --port N");
            return 1;
        }

        await using (server)
        {
            using var watcher = new ContentWatcher([Path.GetFullPath(input, workingDirectory), theme]);
            output.WriteLine($"Serving {PreviewServer.Address(port)} (watching {input}/ and the theme). Press Ctrl+C to stop.");

            // Each build is announced before its problems and summed up after them: editors' tools (VS Code's
            // background tasks) read a build's problems between the two lines.
            output.WriteLine($"Building {input}/ …");
            var nextChange = watcher.WaitForChangesAsync(stopping);
            Rebuild(session, events, output, errors, first: true, nextChange);
            try
            {
                while (true)
                {
                    var changed = await nextChange;
                    nextChange = watcher.WaitForChangesAsync(stopping);
                    output.WriteLine("Rebuilding …");
                    ShowOpenPages(session, events, changed, output, errors);
                    Rebuild(session, events, output, errors, first: false, nextChange);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                output.WriteLine("Preview stopped.");
            }
        }

        return 0;
    }

    /// <summary>Shows the open pages as they are now, before the whole site is built again (its problems follow with the whole build).</summary>
    private static void ShowOpenPages(PreviewSession session, PreviewEvents events, IReadOnlySet<string>? changed, TextWriter output, TextWriter errors) =>
        Reporting(errors, () =>
        {
            if (session.ShowOpenPages(events.OpenPages, changed) is { } state)
            {
                var time = state.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
                output.WriteLine(state.Succeeded
                    ? $"Open pages shown in {time} ms: {state.Changed?.Count ?? 0} changed; building the rest …"
                    : $"Open pages not shown: the content has {state.Errors} error(s); building the rest …");
                output.Flush();
                events.Publish(state);
            }
        });

    /// <summary>Builds the whole site, unless <paramref name="nextChange"/> comes first: then the build stops, and the next one starts from the newer content.</summary>
    private static void Rebuild(PreviewSession session, PreviewEvents events, TextWriter output, TextWriter errors, bool first, Task nextChange) =>
        Reporting(errors, () =>
        {
            var superseded = new CancellationTokenSource();
            nextChange.ContinueWith(static (_, source) => ((CancellationTokenSource)source!).Cancel(), superseded, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            try
            {
                var state = session.Rebuild(superseded.Token);
                Report(state, output, errors, first);
                events.Publish(state);
            }
            catch (OperationCanceledException) when (superseded.IsCancellationRequested)
            {
                output.WriteLine("Stopped: the content changed again.");
                output.Flush();
            }
        });

    private static void Reporting(TextWriter errors, Action build)
    {
        try
        {
            build();
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("PORTAL_DEBUG") is null)
        {
            // A bug in portal, not in the content: say so, and keep serving what there is.
            errors.WriteLine($"portal preview: internal error while building: {ex.GetBaseException().Message} ({ex.GetBaseException().GetType().Name}); still serving the last good version. Please report this.");
        }
    }

    private static int Port(string? given)
    {
        if (given is null)
        {
            return DefaultPort;
        }

        return int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw new UsageException($"--port must be a port number between 1 and 65535, not '{given}'");
    }

    private static void Report(PreviewState state, TextWriter output, TextWriter errors, bool first)
    {
        foreach (var diagnostic in state.Diagnostics)
        {
            errors.WriteLine(diagnostic.ToString());
        }

        var time = state.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        if (!state.Succeeded)
        {
            var serving = state.Version == 0 ? "nothing to serve yet" : "still serving the last good version";
            output.WriteLine($"Build failed in {time} ms: {state.Errors} error(s), {state.Warnings} warning(s); {serving}.");
        }
        else if (first)
        {
            output.WriteLine($"Built in {time} ms: {state.Warnings} warning(s).");
        }
        else
        {
            output.WriteLine($"Rebuilt in {time} ms: {state.Changed?.Count ?? 0} file(s) changed, {state.Warnings} warning(s).");
        }

        output.Flush();
    }
}
