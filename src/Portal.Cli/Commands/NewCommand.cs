using System.Text;
using Portal.Binding;
using Portal.Diagnostics;
using Portal.Input;
using Portal.Model;
using Portal.Pipeline.Phases;
using Portal.Scaffolding;

namespace Portal.Cli.Commands;

/// <summary>
/// <c>portal new &lt;kind&gt; &lt;slug&gt;</c>: writes a commented starting file that passes <c>portal check</c> as it
/// stands. Required values come from options, or from prompts when the input is a terminal; nothing is ever overwritten.
/// </summary>
/// <param name="input">Where answers to prompts are read from.</param>
/// <param name="interactive">Whether to ask for missing values (a terminal), or to name them and stop (a script).</param>
public sealed class NewCommand(TextReader input, bool interactive) : ICommand
{
    public string Name => "new";

    public string Arguments => "<kind> <slug>";

    public IReadOnlyList<CommandOption> Options { get; } = [CommandOption.Input, .. Scaffold.All.SelectMany(s => s.Fields).DistinctBy(f => f.Name).Select(f =>
        CommandOption.Value(f.Option, f.Placeholder, $"for a {string.Join(", ", Scaffold.All.Where(s => s.Fields.Any(g => g.Name == f.Name)).Select(s => s.Kind))}"))];

    public string Summary =>
        $"Create a commented starting file for a {string.Join(", ", Scaffold.All.SkipLast(1).Select(s => s.Kind))} or {Scaffold.All[^1].Kind}, asking for the required keys; never overwrites.";

    public int Run(ParsedArguments arguments, TextWriter output, TextWriter errors, string workingDirectory)
    {
        var scaffold = ChooseScaffold(arguments);
        var slug = arguments.Positional[1];
        var notForKind = arguments.Options.Keys.Where(o => o != "--input" && scaffold.Fields.All(f => f.Option != o)).Order(StringComparer.Ordinal).ToList();
        if (notForKind.Count > 0)
        {
            throw new UsageException($"{string.Join(", ", notForKind)} {(notForKind.Count == 1 ? "does" : "do")} not apply to a {scaffold.Kind}; {Takes(scaffold)}");
        }

        var inputOption = arguments.Option("--input") ?? "input";
        var reader = new ContentReader(Path.GetFullPath(inputOption, workingDirectory), workingDirectory);
        if (!Directory.Exists(reader.InputDirectory))
        {
            errors.WriteLine($"portal new: there is no content folder '{inputOption}'; {ContentReader.HowToReach(inputOption, workingDirectory)}");
            return 1;
        }

        var context = ReadContent(reader, inputOption);
        var target = scaffold.CheckSlug(slug, context);
        if (target.RelativePath is not { } relativePath)
        {
            if (target.ContentMissing)
            {
                errors.WriteLine($"portal new: {target.Problem}");
                return 1;
            }

            throw new UsageException(target.Problem!);
        }

        var display = reader.DisplayPathOf(relativePath);
        if (Clash(reader, relativePath) is { } clash)
        {
            errors.WriteLine($"portal new: {clash}; nothing was written");
            return 1;
        }

        var answers = new Answers(input, interactive, "portal new").Collect(scaffold.Fields, a => scaffold.CheckTogether(a, context), arguments, context, output);
        var text = scaffold.Render(slug, answers, context);
        var fullPath = Path.Combine(reader.InputDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        try
        {
            using var file = new FileStream(fullPath, FileMode.CreateNew, FileAccess.Write);
            file.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
        }
        catch (IOException) when (File.Exists(fullPath))
        {
            errors.WriteLine($"portal new: {display} already exists; nothing was written");
            return 1;
        }

        output.WriteLine($"Created {display}");
        if (scaffold.NextStep(answers) is { } nextStep)
        {
            output.WriteLine(nextStep);
        }

        var inputArgument = inputOption == "input" ? string.Empty : $" --input {inputOption}";
        output.WriteLine($"Write the text below the front matter; 'portal preview{inputArgument}' shows the page as you save, 'portal check{inputArgument}' checks everything.");
        return 0;
    }

    private static Scaffold ChooseScaffold(ParsedArguments arguments)
    {
        if (arguments.Positional.Count == 0)
        {
            throw new UsageException($"say what to create:\n{Kinds()}");
        }

        var kind = arguments.Positional[0];
        var scaffold = Scaffold.All.FirstOrDefault(s => s.Kind == kind)
            ?? throw new UsageException($"there is no kind '{kind}'{NearestMatch.Hint(kind, Scaffold.All.Select(s => s.Kind))}; the kinds are:\n{Kinds()}");
        if (arguments.Positional.Count == 1)
        {
            throw new UsageException($"give the new {kind}'s slug, the name of its file: portal new {kind} {scaffold.SlugForm}");
        }

        if (arguments.Positional.Count > 2)
        {
            throw new UsageException($"unexpected '{arguments.Positional[2]}'; put a value with spaces in quotes: --name \"Lyngby Taarbæk\"");
        }

        return scaffold;
    }

    public string Details => $"The kinds, and the options each needs (asked for in a terminal when missing):\n{Kinds()}";

    private static string Kinds() =>
        string.Join('\n', Scaffold.All.Select(s => $"  portal new {s.Kind} {s.SlugForm}{string.Concat(s.Fields.Select(f => f.Required ? $" {f.Option} {f.Placeholder}" : $" [{f.Option} {f.Placeholder}]"))}"));

    private static string Takes(Scaffold scaffold) =>
        scaffold.Fields.Count == 0
            ? "it takes no options but --input"
            : $"it takes {string.Join(", ", scaffold.Fields.Select(f => f.Option))}";

    /// <summary>The content folder as a build reads it (its problems are left to portal check), with the site's languages.</summary>
    private static ScaffoldContext ReadContent(ContentReader reader, string inputDisplayPath)
    {
        var ignored = new DiagnosticBag();
        var read = ReadPhase.Run(reader, null, ignored);
        var languages = read?.Site.Languages ?? ["sv", "en"];
        var raw = read?.Raw ?? reader.Read(languages, ContentLimits.Default, ignored);
        return new ScaffoldContext(raw, languages, inputDisplayPath.Replace('\\', '/'));
    }

    /// <summary>The file exists, or another differs from it only in upper and lower case (the same file on Windows and macOS).</summary>
    private static string? Clash(ContentReader reader, string relativePath)
    {
        var display = reader.DisplayPathOf(relativePath);
        var fullPath = Path.Combine(reader.InputDirectory, relativePath);
        if (File.Exists(fullPath) || Directory.Exists(fullPath))
        {
            return $"{display} already exists";
        }

        var other = reader.ListFiles().FirstOrDefault(f => string.Equals(f, relativePath, StringComparison.OrdinalIgnoreCase));
        return other is null ? null : $"{display} would clash with {reader.DisplayPathOf(other)}, which differs from it only in upper and lower case";
    }
}
