using System.Text;
using Portal.Input;
using Portal.Scaffolding;
using Portal.Scaffolding.Repository;

namespace Portal.Cli.Commands;

/// <summary>
/// <c>portal init &lt;folder&gt;</c>: starts a municipality's content repository (site.yml, the first municipality, an
/// accessibility statement, editor settings, a pinned tool manifest, a README for editors and CI workflows) that
/// passes <c>portal check</c> as it stands. Values come from options, or from prompts in a terminal; it never writes
/// into a folder that holds anything.
/// </summary>
/// <param name="input">Where answers to prompts are read from.</param>
/// <param name="interactive">Whether to ask for missing values (a terminal), or to name them and stop (a script).</param>
/// <param name="today">The day the accessibility statement is dated.</param>
public sealed class InitCommand(TextReader input, bool interactive, DateOnly today) : ICommand
{
    public string Name => "init";

    public string Arguments => "<folder>";

    public IReadOnlyList<CommandOption> Options { get; } =
        [.. RepositoryScaffold.Fields.Select(f => CommandOption.Value(f.Option, f.Placeholder, f.Required ? f.Prompt : $"{f.Prompt}; optional"))];

    public string Summary => "Start a municipality's content repository: site settings, a municipality, an accessibility statement, editor settings and CI that publishes it.";

    public string Details =>
        "Writes into a new or empty folder (a fresh clone holding only .git counts as empty). Values missing from the options are asked for in a terminal.\n"
        + $"The tool manifest pins {ToolIdentity.Package.Id} {ToolIdentity.Package.Version}: run 'dotnet tool restore' in the new folder, then 'dotnet portal preview'.";

    public int Run(ParsedArguments arguments, TextWriter output, TextWriter errors, string workingDirectory)
    {
        var folder = arguments.Positional.Count switch
        {
            0 => throw new UsageException("give the folder to create: portal init kommunen"),
            1 => arguments.Positional[0],
            _ => throw new UsageException($"unexpected '{arguments.Positional[1]}'; put a value with spaces in quotes: --publisher \"Lunds kommun\""),
        };
        var target = Path.GetFullPath(folder, workingDirectory);
        if (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any(e => Path.GetFileName(e) != ".git")))
        {
            errors.WriteLine($"portal init: {folder} is not empty; give a new folder, or an empty one. Nothing was written.");
            return 1;
        }

        var context = new ScaffoldContext(new RawContent(target, [], [], [], [], []), ["sv", "en"], RepositoryScaffold.ContentFolder);
        var answers = new Answers(input, interactive, "portal init").Collect(RepositoryScaffold.Fields, a => RepositoryScaffold.CheckTogether(a, context), arguments, context, output);
        var files = RepositoryScaffold.Render(answers, ToolIdentity.Package, today, context);
        Write(target, files);

        var shown = folder.TrimEnd('/', '\\');
        output.WriteLine($"Created {shown}/ with {files.Count} files: {RepositoryScaffold.ContentFolder}/site.yml, {files[1].Path}, {files[2].Path} in Swedish and English, a README for editors, editor settings and CI for GitHub and GitLab.");
        if (!answers.ContainsKey("contact"))
        {
            output.WriteLine($"The accessibility statement sends visitors to {RepositoryScaffold.DefaultContact(answers["base-url"])} until you give an address for them: accessibility.contact in {RepositoryScaffold.ContentFolder}/site.yml.");
        }

        output.WriteLine($"Next: cd {shown}, 'dotnet tool restore' (installs {ToolIdentity.Package.Id} {ToolIdentity.Package.Version} for the folder), then 'dotnet portal preview'.");
        return 0;
    }

    /// <summary>
    /// A new folder is written beside its place and moved there whole, so an interrupted init leaves nothing half
    /// made; an empty folder that already exists is filled file by file, none of them overwriting anything.
    /// </summary>
    private static void Write(string target, IReadOnlyList<RepositoryFile> files)
    {
        var exists = Directory.Exists(target);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = exists ? target : Path.Combine(parent, $".{Path.GetFileName(target)}.init-{Guid.NewGuid():N}");
        try
        {
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(file.Text));
            }

            if (!exists)
            {
                Directory.Move(staging, target);
            }
        }
        catch when (!exists && Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }
    }
}
