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

        if (args[0] is "--version" or "version")
        {
            output.WriteLine($"portal {ToolIdentity.Package.Version}");
            return 0;
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
                output.WriteLine($"usage: portal {UsageOf(command)}");
                output.WriteLine();
                output.WriteLine(command.Summary);
                PrintOptions(output, command.Options);
                if (command.Details is { } details)
                {
                    output.WriteLine();
                    output.WriteLine(details);
                }

                return 0;
            }

            return command.Run(ParsedArguments.Parse(args[1..], command.Options), output, errors, workingDirectory);
        }
        catch (UsageException ex)
        {
            errors.WriteLine($"portal {command.Name}: {ex.Message}");
            errors.WriteLine($"usage: portal {UsageOf(command)}");
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
        writer.WriteLine("       portal --version");
        writer.WriteLine();
        foreach (var command in commands)
        {
            writer.WriteLine($"  {UsageOf(command)}");
            writer.WriteLine($"      {command.Summary}");
        }
    }

    /// <summary>The usage line after <c>portal</c>, from the command's declaration: <c>build [--input DIR] …</c>.</summary>
    public static string UsageOf(ICommand command) =>
        string.Join(' ', new[] { command.Name, command.Arguments }.Concat(command.Options.Select(o => o.Usage)).Where(p => p.Length > 0));

    private static void PrintOptions(TextWriter writer, IReadOnlyList<CommandOption> options)
    {
        if (options.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("options:");
        var width = options.Max(o => Shown(o).Length);
        foreach (var option in options)
        {
            writer.WriteLine($"  {Shown(option).PadRight(width)}  {option.Help}");
        }

        static string Shown(CommandOption option) => option.TakesValue ? $"{option.Name} {option.ValueName}" : option.Name;
    }
}
