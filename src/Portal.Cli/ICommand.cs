namespace Portal.Cli;

/// <summary>One verb of the <c>portal</c> command.</summary>
public interface ICommand
{
    string Name { get; }

    /// <summary>What the usage line shows between the name and the options (<c>&lt;kind&gt; &lt;slug&gt;</c>); none by default.</summary>
    string Arguments => string.Empty;

    /// <summary>Every option it accepts, in the order the usage line and the help list them.</summary>
    IReadOnlyList<CommandOption> Options { get; }

    string Summary { get; }

    /// <summary>More help than the usage line, printed by <c>--help</c>; none by default.</summary>
    string? Details => null;

    int Run(ParsedArguments arguments, TextWriter output, TextWriter errors, string workingDirectory);
}
