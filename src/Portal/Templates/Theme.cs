using Portal.Output;
using Scriban;

namespace Portal.Templates;

/// <summary>
/// A theme, loaded: its layouts and components parsed and checked once (parsed templates are safe to render from
/// many threads), its strings per language, its stylesheet built from the components' CSS, and the static files
/// under <c>assets/</c> to copy to <c>theme/</c>. <paramref name="Fingerprint"/> changes whenever a template, a string
/// or the stylesheet does: a page rendered with one theme is not reused with another.
/// </summary>
public sealed record Theme(
    string Directory,
    IReadOnlyDictionary<string, Template> Layouts,
    IReadOnlyDictionary<string, ThemeComponent> Components,
    IReadOnlyDictionary<string, UiStrings> Strings,
    IReadOnlyList<ThemeFile> StaticFiles,
    string Stylesheet,
    string Fingerprint)
{
    /// <summary>The one stylesheet every page links, under <c>theme/</c> in the output.</summary>
    public const string StylesheetName = "portal.css";

    public UiStrings StringsFor(string language) =>
        Strings.TryGetValue(language, out var strings) ? strings : Strings.Values.First();

    /// <summary>What the theme adds to the output: its assets, each from the layer that holds it, and the stylesheet.</summary>
    public IEnumerable<OutputFile> OutputFiles() =>
        StaticFiles.Select(f => OutputFile.Copy(SiteRoutes.Theme(f.Name).Path, f.Layer, $"assets/{f.Name}"))
            .Append(OutputFile.Text(SiteRoutes.Theme(StylesheetName).Path, Stylesheet));
}

/// <summary>A file under <c>assets/</c>, named relative to it, and the theme folder (override or shipped) it comes from.</summary>
public sealed record ThemeFile(string Name, string Layer);
