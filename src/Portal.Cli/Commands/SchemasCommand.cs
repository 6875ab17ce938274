using Portal.Content.Schemas;

namespace Portal.Cli.Commands;

/// <summary>
/// <c>portal schemas</c>: writes the JSON Schemas that editors' tools check front matter with, generated from the
/// content kinds' key definitions. The repository's <c>schemas/</c> folder is this command's output.
/// </summary>
public sealed class SchemasCommand : ICommand
{
    public string Name => "schemas";

    public IReadOnlyList<CommandOption> Options { get; } = [CommandOption.Value("--output", "DIR", "where to write them (default ./schemas)")];

    public string Summary => "Write the JSON Schemas for site.yml and each kind of content file (default ./schemas).";

    public int Run(ParsedArguments arguments, TextWriter output, TextWriter errors, string workingDirectory)
    {
        var folder = Path.GetFullPath(arguments.Option("--output") ?? "schemas", workingDirectory);
        Directory.CreateDirectory(folder);
        var schemas = SchemaWriter.All();
        foreach (var (name, text) in schemas)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        output.WriteLine($"Wrote {schemas.Count} schemas into {Path.GetRelativePath(workingDirectory, folder)}/");
        return 0;
    }
}
