using System.Security.Cryptography;
using System.Text;
using Portal.Input.Files;
using Scriban;
using Scriban.Syntax;

namespace Portal.Templates;

/// <summary>
/// Finds and loads a theme: <c>layouts/*.sbn</c> (one per page kind, plus <c>base.sbn</c>),
/// <c>components/&lt;name&gt;/</c> (a component's template, its CSS and its script), <c>i18n/&lt;lang&gt;.yml</c>,
/// <c>stylesheet.txt</c> (the order of the CSS files in the one stylesheet) and <c>assets/**</c>.
/// A site's theme folder overrides the shipped theme file by file: each file is looked up in the site's folder
/// first, then in the theme shipped beside the program, so an override holds only the files it changes.
/// Template errors are reported at their line and column. Like the content folder, a theme is read only from its
/// own regular files: a link in it is an error, never followed.
/// </summary>
public static class ThemeLoader
{
    /// <summary>The theme shipped beside the executable: every file an override does not replace comes from here.</summary>
    public static string Shipped => Path.Combine(AppContext.BaseDirectory, "theme");

    private const string StylesheetList = "stylesheet.txt";

    /// <summary>The site's theme folder: <c>--theme</c>, else <c>./theme</c> if there is one, else the shipped theme.</summary>
    public static string Locate(string? requested, string workingDirectory)
    {
        if (requested is not null)
        {
            return Path.GetFullPath(requested, workingDirectory);
        }

        var local = Path.Combine(workingDirectory, "theme");
        return Directory.Exists(local) ? local : Shipped;
    }

    /// <param name="directory">The site's theme folder, over <paramref name="shippedDirectory"/> (by default <see cref="Shipped"/>).</param>
    /// <param name="languagesAt">Where site.yml names <paramref name="languages"/>: a language the shipped theme has no strings for is reported there.</param>
    public static Theme? Load(string directory, IReadOnlyList<string> languages, string displayBase, DiagnosticBag diagnostics, string? shippedDirectory = null, SourceLocation? languagesAt = null)
    {
        string Display(string path) => Path.GetRelativePath(displayBase, path).Replace('\\', '/');
        var errorsBefore = diagnostics.ErrorCount;
        if (!Directory.Exists(directory))
        {
            diagnostics.Error(DiagnosticCodes.Theme, SourceLocation.StartOf(Display(directory)), "no theme here: a theme folder holds layouts/, components/, i18n/ or assets/, each file replacing the shipped theme's");
            return null;
        }

        shippedDirectory ??= Shipped;
        var files = Layers(directory, shippedDirectory, Display, diagnostics);
        if (diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        string FullPath(string relativePath) => Path.Combine(files[relativePath], relativePath);
        string DisplayOf(string relativePath) => Display(FullPath(relativePath));
        string ReadText(string relativePath) => Encoding.UTF8.GetString(RegularFiles.ReadAllBytes(files[relativePath], relativePath, long.MaxValue)
            ?? throw new IOException($"{relativePath} of the theme changed while it was read"));

        using var fingerprint = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        string Read(string relativePath)
        {
            var source = ReadText(relativePath);
            fingerprint.AppendData(Encoding.UTF8.GetBytes(DisplayOf(relativePath)));
            fingerprint.AppendData([0]);
            fingerprint.AppendData(Encoding.UTF8.GetBytes(source));
            fingerprint.AppendData([0]);
            return source;
        }

        var strings = new Dictionary<string, UiStrings>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var file = $"i18n/{language}.yml";
            if (!files.ContainsKey(file))
            {
                // Without a theme folder of the site's own, the file to add is not in the installed tool but in one made beside input/.
                if (languagesAt is not null && IsSameFolder(directory, shippedDirectory))
                {
                    diagnostics.Error(DiagnosticCodes.Theme, languagesAt, $"the theme has no strings for the language '{language}': create theme/i18n/{language}.yml in the folder portal runs in (beside input/), starting from a copy of the shipped en.yml, and translate it; a theme/ folder there (or --theme DIR) overrides the shipped theme file by file");
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.Theme, SourceLocation.StartOf(Display(Path.Combine(directory, file))), $"the theme has no strings for the language '{language}'; add i18n/{language}.yml (copy i18n/en.yml and translate it)");
                }

                continue;
            }

            var texts = UiStrings.Read(Read(file), DisplayOf(file), diagnostics);
            if (texts is not null)
            {
                strings[language] = new UiStrings(language, texts, DisplayOf(file));
            }
        }

        var components = new Dictionary<string, ThemeComponent>(StringComparer.Ordinal);
        foreach (var file in files.Keys.Where(IsComponentTemplate).Order(StringComparer.Ordinal))
        {
            if (Parse(file, Read(file), DisplayOf(file), diagnostics) is { } template && ComponentOf(template, file, DisplayOf(file), diagnostics) is { } component)
            {
                components[component.FunctionName] = component;
            }
        }

        var layouts = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var file in files.Keys.Where(f => f.StartsWith("layouts/", StringComparison.Ordinal) && f.EndsWith(".sbn", StringComparison.Ordinal) && f.Count(c => c == '/') == 1).Order(StringComparer.Ordinal))
        {
            if (Parse(file, Read(file), DisplayOf(file), diagnostics) is { } template)
            {
                layouts[Path.GetFileNameWithoutExtension(file)] = template;
            }
        }

        if (!layouts.ContainsKey("base"))
        {
            diagnostics.Error(DiagnosticCodes.Theme, SourceLocation.StartOf(Display(directory)), "the theme has no layout 'base'; add layouts/base.sbn");
        }

        if (strings.Count == languages.Count)
        {
            Check(layouts, components, strings, diagnostics);
        }

        var stylesheet = files.ContainsKey(StylesheetList) ? Stylesheet(files.Keys, Read(StylesheetList), DisplayOf(StylesheetList), Read, diagnostics) : null;
        if (stylesheet is null)
        {
            diagnostics.Error(DiagnosticCodes.Theme, SourceLocation.StartOf(Display(Path.Combine(directory, StylesheetList))), $"the theme has no {StylesheetList}; list the CSS files of the stylesheet in it, one a line");
        }

        var staticFiles = files
            .Where(f => f.Key.StartsWith("assets/", StringComparison.Ordinal))
            .Select(f => new ThemeFile(f.Key["assets/".Length..], f.Value))
            .Where(f => !IsLeftOverStylesheet(f, directory, Display, diagnostics))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

        // Only the theme's own errors stop it loading; content errors found earlier are no reason to skip rendering.
        if (diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        // Read now, not copied when the site is written, so that the folder's hash is over the very bytes published.
        var published = staticFiles
            .Select(f => (Name: f.Name, Content: RegularFiles.ReadAllBytes(f.Layer, $"assets/{f.Name}", long.MaxValue) ?? throw new IOException($"assets/{f.Name} of the theme changed while it was read")))
            .Append((Name: Theme.StylesheetName, Content: Encoding.UTF8.GetBytes(stylesheet!)))
            .ToList();
        return new Theme(
            directory,
            layouts,
            components,
            strings,
            ThemeAssets.Of(published),
            ThemeAssets.Of(published.Where(f => !f.Name.StartsWith(Theme.SearchFolder, StringComparison.Ordinal))),
            Convert.ToBase64String(fingerprint.GetHashAndReset()));
    }

    /// <summary>Each relative path of the theme, mapped to the first layer (the site's folder, then the shipped theme) that holds it.</summary>
    public static Dictionary<string, string> Layers(string directory, string shipped, Func<string, string> display, DiagnosticBag diagnostics)
    {
        var layers = new List<string> { directory };
        if (Directory.Exists(shipped) && !IsSameFolder(shipped, directory))
        {
            layers.Add(shipped);
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            foreach (var entry in RegularFiles.Walk(layer))
            {
                if (!entry.Status.IsRegularFile)
                {
                    var fullPath = Path.Combine(layer, entry.RelativePath);
                    diagnostics.Add(RegularFiles.NotRegular(entry, fullPath, display(fullPath), "theme folder"));
                    continue;
                }

                files.TryAdd(entry.RelativePath, layer);
            }
        }

        return files;
    }

    private static bool IsSameFolder(string a, string b) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)) == Path.TrimEndingDirectorySeparator(Path.GetFullPath(b));

    /// <summary>
    /// The stylesheet is built from <c>stylesheet.txt</c>'s files; a <c>portal.css</c> among a site's assets would
    /// fight it. The shipped theme's one is a copy an older build left beside the program, and is passed over.
    /// </summary>
    private static bool IsLeftOverStylesheet(ThemeFile file, string directory, Func<string, string> display, DiagnosticBag diagnostics)
    {
        if (file.Name != Theme.StylesheetName)
        {
            return false;
        }

        if (file.Layer == directory)
        {
            diagnostics.Error(
                DiagnosticCodes.Theme,
                SourceLocation.StartOf(display(Path.Combine(directory, "assets", Theme.StylesheetName))),
                $"the stylesheet is built from the files {StylesheetList} lists; replace a component's CSS file instead of assets/{Theme.StylesheetName}");
        }

        return true;
    }

    private static bool IsComponentTemplate(string relativePath)
    {
        var parts = relativePath.Split('/');
        return parts is ["components", var folder, var file] && file == folder + ".sbn";
    }

    private static Template? Parse(string relativePath, string source, string displayPath, DiagnosticBag diagnostics)
    {
        // Parsed under its display path, so an error while rendering names the file as the build shows it.
        var template = Template.Parse(source, displayPath);
        if (!template.HasErrors)
        {
            return template;
        }

        foreach (var message in template.Messages)
        {
            diagnostics.Error(DiagnosticCodes.Theme, new SourceLocation(displayPath, message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message);
        }

        return null;
    }

    private static ThemeComponent? ComponentOf(Template template, string relativePath, string displayPath, DiagnosticBag diagnostics)
    {
        var name = relativePath.Split('/')[1];
        var functionName = ThemeComponent.FunctionNameOf(name);
        var functions = template.Page!.Body!.Statements.OfType<ScriptFunction>().ToList();
        if (functions is not [{ NameOrDoToken: ScriptVariableGlobal declared } function] || declared.Name != functionName)
        {
            diagnostics.Error(
                DiagnosticCodes.Theme,
                SourceLocation.StartOf(displayPath),
                $"a component's file holds one function named after its folder: {{{{ func {functionName}(parameter, …) }}}} … {{{{ end }}}}");
            return null;
        }

        return new ThemeComponent(name, displayPath, function, TemplateChecks.ParametersOf(function));
    }

    private static void Check(
        IReadOnlyDictionary<string, Template> layouts,
        IReadOnlyDictionary<string, ThemeComponent> components,
        IReadOnlyDictionary<string, UiStrings> strings,
        DiagnosticBag diagnostics)
    {
        var reported = new HashSet<(string Language, string Key)>();
        var componentNames = components.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var (name, layout) in layouts)
        {
            string[] given = name == "base" ? ["page", "view", "tr", "content"] : ["page", "view", "tr"];
            var display = layout.SourceFilePath!;
            TemplateChecks.CheckNames(layout.Page!, display, componentNames.Union(given).ToHashSet(StringComparer.Ordinal), diagnostics);
            TemplateChecks.CheckCalls(layout.Page!, display, components, diagnostics);
            TemplateChecks.CheckStrings(layout.Page!, display, strings, reported, diagnostics);
        }

        foreach (var component in components.Values)
        {
            TemplateChecks.CheckNames(component.Function, component.DisplayPath, componentNames.Union(["page", "tr"]).ToHashSet(StringComparer.Ordinal), diagnostics);
            TemplateChecks.CheckCalls(component.Function, component.DisplayPath, components, diagnostics);
            TemplateChecks.CheckStrings(component.Function, component.DisplayPath, strings, reported, diagnostics);
        }

        // Keys a template builds at run time ("status." + status) are checked across the languages: each has what any has.
        var allKeys = strings.Values.SelectMany(s => s.Texts.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var (language, ui) in strings)
        {
            foreach (var key in allKeys.Where(k => !ui.Texts.ContainsKey(k) && !reported.Contains((language, k))).Order(StringComparer.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.MissingUiString, SourceLocation.StartOf(ui.DisplayPath), TemplateChecks.MissingString(key, ui.DisplayPath));
            }
        }
    }

    /// <summary>The listed CSS files, concatenated in the listed order; every component's CSS file must be listed, so none is left out unnoticed.</summary>
    private static string? Stylesheet(IEnumerable<string> files, string list, string listDisplay, Func<string, string> read, DiagnosticBag diagnostics)
    {
        var known = files.ToHashSet(StringComparer.Ordinal);
        var css = new StringBuilder();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var lines = list.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var entry = lines[i].Trim();
            if (entry.Length == 0 || entry.StartsWith('#'))
            {
                continue;
            }

            if (!known.Contains(entry) || !entry.EndsWith(".css", StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.Theme, new SourceLocation(listDisplay, i + 1, 1), $"'{entry}' is no CSS file of the theme");
                continue;
            }

            listed.Add(entry);
            css.Append(read(entry));
        }

        foreach (var unlisted in known.Where(f => f.StartsWith("components/", StringComparison.Ordinal) && f.EndsWith(".css", StringComparison.Ordinal) && !listed.Contains(f)).Order(StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.Theme, SourceLocation.StartOf(listDisplay), $"{unlisted} is in no stylesheet; add it to {StylesheetList} where its rules belong in the order");
        }

        return css.ToString();
    }
}
