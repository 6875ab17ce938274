using Portal.Cli;
using Portal.Cli.Commands;

return CommandLine.Run(
    args,
    Console.Out,
    Console.Error,
    Environment.CurrentDirectory,
    new BuildCommand(showProgress: !Console.IsErrorRedirected),
    new CheckCommand(),
    new PreviewCommand(),
    new SchemasCommand(),
    new NewCommand(Console.In, interactive: !Console.IsInputRedirected),
    new InitCommand(Console.In, interactive: !Console.IsInputRedirected, DateOnly.FromDateTime(DateTime.Now)));
