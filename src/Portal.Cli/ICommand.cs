namespace Portal.Cli;

/// <summary>One verb of the <c>portal</c> command.</summary>
public interface ICommand
{
    string Name { get; }

    string Usage { get; }

    string Summary { get; }

    /// <summary>More help than the usage line, printed by <c>--help</c>; none by default.</summary>
    string? Details => null;

    int Run(ParsedArguments arguments, TextWriter output, TextWriter errors, string workingDirectory);
}
