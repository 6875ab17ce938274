namespace Portal.Cli;

/// <summary>Dispatches <c>portal &lt;command&gt; …</c> and turns usage mistakes into a message and exit code 2.</summary>
public static class CommandLine
{
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter errors, string workingDirectory, params ICommand[] commands)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintHelp(output, commands);
            return args.Length == 0 ? UsageError : 0;
        }

        var command = commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            errors.WriteLine($"portal: unknown command '{args[0]}'");
            PrintHelp(errors, commands);
            return UsageError;
        }

        try
        {
            if (args.Skip(1).Any(a => a is "-h" or "--help"))
            {
                output.WriteLine($"usage: portal {command.Usage}");
                output.WriteLine();
                output.WriteLine(command.Summary);
                if (command.Details is { } details)
                {
                    output.WriteLine();
                    output.WriteLine(details);
                }

                return 0;
            }

            return command.Run(ParsedArguments.Parse(args[1..], command.ValueOptions(), command.FlagOptions()), output, errors, workingDirectory);
        }
        catch (UsageException ex)
        {
            errors.WriteLine($"portal {command.Name}: {ex.Message}");
            errors.WriteLine($"usage: portal {command.Usage}");
            return UsageError;
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("PORTAL_DEBUG") is null)
        {
            // Bad content is always reported as diagnostics; reaching this is a bug in portal itself. Say so in one
            // line an editor can pass on, without a stack trace (PORTAL_DEBUG=1 shows it).
            errors.WriteLine($"portal {command.Name}: internal error: {ex.GetBaseException().Message} ({ex.GetBaseException().GetType().Name}); nothing was written. Please report this, with the content that caused it.");
            return 1;
        }
    }

    private static void PrintHelp(TextWriter writer, IEnumerable<ICommand> commands)
    {
        writer.WriteLine("usage: portal <command> [options]");
        writer.WriteLine();
        foreach (var command in commands)
        {
            writer.WriteLine($"  {command.Usage}");
            writer.WriteLine($"      {command.Summary}");
        }
    }

    private static IReadOnlySet<string> ValueOptions(this ICommand command) =>
        OptionsIn(command.Usage).Where(o => o.HasValue).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlySet<string> FlagOptions(this ICommand command) =>
        OptionsIn(command.Usage).Where(o => !o.HasValue).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>Options are declared once, in the usage line: <c>[--input DIR]</c> takes a value, <c>[--strict]</c> does not.</summary>
    private static IEnumerable<(string Name, bool HasValue)> OptionsIn(string usage) =>
        usage.Split('[', ']').Where(p => p.StartsWith("--", StringComparison.Ordinal))
            .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(p => (p[0], p.Length > 1));
}
