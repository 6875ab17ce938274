namespace Portal.Cli;

/// <summary>
/// One <c>--option</c> of a command, declared once: what the parser accepts, the usage line and the help all come
/// from it.
/// </summary>
/// <param name="Name">With its dashes: <c>--input</c>.</param>
/// <param name="ValueName">What the usage line shows for its value (<c>DIR</c>), or null for a flag that takes none.</param>
/// <param name="Help">One line for <c>--help</c>.</param>
public sealed record CommandOption(string Name, string? ValueName, string Help)
{
    public bool TakesValue => ValueName is not null;

    /// <summary>As the usage line shows it: <c>[--input DIR]</c>, <c>[--warnings-as-errors]</c>.</summary>
    public string Usage => TakesValue ? $"[{Name} {ValueName}]" : $"[{Name}]";

    public static CommandOption Value(string name, string valueName, string help) => new(name, valueName, help);

    public static CommandOption Flag(string name, string help) => new(name, null, help);

    // The options most commands share, so their help reads the same everywhere.
    public static readonly CommandOption Input = Value("--input", "DIR", "the content folder (default ./input)");

    public static readonly CommandOption Theme = Value("--theme", "DIR", "a theme folder whose files replace the shipped theme's, file by file (default ./theme if it exists)");
}
