namespace Portal.Cli;

/// <summary>One verb of the <c>portal</c> command.</summary>
public interface ICommand
{
    string Name { get; }

    string Usage { get; }

    string Summary { get; }

    int Run(ParsedArguments arguments, TextWriter output, TextWriter errors, string workingDirectory);
}
