using Scriban;

namespace Portal.Templates;

/// <summary>
/// A theme folder, loaded: its layouts and partials parsed once (parsed templates are safe to render from many
/// threads), its strings per language, and the static files under <c>assets/</c> to copy to <c>theme/</c>.
/// <paramref name="Fingerprint"/> changes whenever a template or a string does: a page rendered with one theme is
/// not reused with another.
/// </summary>
public sealed record Theme(
    string Directory,
    IReadOnlyDictionary<string, Template> Layouts,
    IReadOnlyDictionary<string, Template> Partials,
    IReadOnlyDictionary<string, UiStrings> Strings,
    IReadOnlyList<string> StaticFiles,
    string Fingerprint)
{
    public UiStrings StringsFor(string language) =>
        Strings.TryGetValue(language, out var strings) ? strings : Strings.Values.First();
}
