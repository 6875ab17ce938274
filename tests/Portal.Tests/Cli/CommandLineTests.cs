using Portal.Cli;
using Portal.Cli.Commands;

namespace Portal.Tests.Cli;

/// <summary>
/// A command's declared options are its whole grammar: what it accepts, its usage line and its help. The summary and
/// details are prose and never add an option.
/// </summary>
public sealed class CommandLineTests
{
    /// <summary>A command that keeps what it was given, with prose that mentions options it does not declare.</summary>
    private sealed class Recorder : ICommand
    {
        public ParsedArguments? Given { get; private set; }

        public string Name => "prov";

        public string Arguments => "<namn>";

        public IReadOnlyList<CommandOption> Options { get; } =
        [
            CommandOption.Value("--färg", "NAMN", "the colour to use"),
            CommandOption.Flag("--tyst", "print nothing"),
        ];

        public string Summary => "Try the parser [--summary-option X].";

        public string? Details => "See also [--details-flag].";

        public int Run(ParsedArguments arguments, TextWriter output, TextWriter errors, string workingDirectory)
        {
            Given = arguments;
            return 0;
        }
    }

    private static (int Exit, string Out, string Err, ParsedArguments? Given) Run(params string[] args)
    {
        var command = new Recorder();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = CommandLine.Run(args, output, errors, ".", command);
        return (exit, output.ToString(), errors.ToString(), command.Given);
    }

    [TestCase("prov", "--färg", "blå", "--tyst", "a")]
    [TestCase("prov", "a", "--färg=blå", "--tyst")]
    public void Declared_options_are_parsed_with_their_values_and_flags(params string[] args)
    {
        var (exit, _, errors, given) = Run(args);

        Assert.That(exit, Is.Zero, errors);
        Assert.Multiple(() =>
        {
            Assert.That(given!.Option("--färg"), Is.EqualTo("blå"));
            Assert.That(given.Flags, Is.EquivalentTo(new[] { "--tyst" }));
            Assert.That(given.Positional, Is.EqualTo(new[] { "a" }));
        });
    }

    [TestCase("--summary-option", "X", TestName = "An option named only in the summary is unknown")]
    [TestCase("--details-flag", TestName = "An option named only in the details is unknown")]
    [TestCase("--tyst=ja", TestName = "A flag given a value is unknown")]
    public void Only_declared_options_are_accepted(params string[] option)
    {
        var (exit, _, errors, given) = Run(["prov", .. option]);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(CommandLine.UsageError));
            Assert.That(errors, Does.Contain($"portal prov: unknown option '{option[0]}'"));
            Assert.That(errors, Does.Contain("usage: portal prov <namn> [--färg NAMN] [--tyst]"));
            Assert.That(given, Is.Null, "the command never runs");
        });
    }

    [Test]
    public void A_value_option_without_its_value_is_a_usage_error()
    {
        var (exit, _, errors, _) = Run("prov", "a", "--färg");

        Assert.That(exit, Is.EqualTo(CommandLine.UsageError));
        Assert.That(errors, Does.Contain("--färg needs a value"));
    }

    [Test]
    public void Help_shows_the_usage_line_and_each_option_with_its_help()
    {
        var (exit, output, _, given) = Run("prov", "--help");
        var lines = output.Split('\n').Select(l => l.TrimEnd()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(given, Is.Null);
            Assert.That(lines[0], Is.EqualTo("usage: portal prov <namn> [--färg NAMN] [--tyst]"));
            Assert.That(lines, Has.Some.Matches<string>(l => l.TrimStart().StartsWith("--färg NAMN", StringComparison.Ordinal) && l.EndsWith("the colour to use", StringComparison.Ordinal)));
            Assert.That(lines, Has.Some.Matches<string>(l => l.TrimStart().StartsWith("--tyst", StringComparison.Ordinal) && l.EndsWith("print nothing", StringComparison.Ordinal)));
            Assert.That(output, Does.Contain("See also [--details-flag]."));
        });
    }

    [Test]
    public void Every_real_command_lists_each_option_it_accepts_in_its_help()
    {
        ICommand[] commands = [new BuildCommand(), new CheckCommand(), new PreviewCommand(), new NewCommand(TextReader.Null, interactive: false)];
        foreach (var command in commands)
        {
            using var output = new StringWriter();
            CommandLine.Run([command.Name, "--help"], output, TextWriter.Null, ".", commands);
            var optionLines = output.ToString().Split('\n').Where(l => l.StartsWith("  --", StringComparison.Ordinal)).ToList();

            Assert.That(optionLines.Select(l => l.TrimStart().Split(' ')[0]), Is.EqualTo(command.Options.Select(o => o.Name)), command.Name);
            Assert.That(optionLines.Select(l => l.Trim()), Has.All.Matches<string>(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries).Length == 2), "each option has its help");
        }
    }
}
