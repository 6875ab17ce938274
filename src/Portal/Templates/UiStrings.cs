using Portal.FrontMatter;

namespace Portal.Templates;

/// <summary>
/// The interface's words in one language, from <c>theme/i18n/&lt;lang&gt;.yml</c>. Nested keys are joined with dots
/// (<c>status.active</c>). Every language has every key: the loader reports one missing (PT0053) before a page is rendered.
/// </summary>
public sealed class UiStrings(string language, IReadOnlyDictionary<string, string> texts, string displayPath)
{
    public string Language { get; } = language;

    /// <summary>The file the strings come from, as diagnostics show it.</summary>
    public string DisplayPath { get; } = displayPath;

    public IReadOnlyDictionary<string, string> Texts { get; } = texts;

    public string Get(string key) =>
        Texts.TryGetValue(key, out var text) ? text : key;

    public static IReadOnlyDictionary<string, string>? Read(string yaml, string displayPath, DiagnosticBag diagnostics)
    {
        var root = YamlTreeReader.Read(yaml, displayPath, firstLine: 1, diagnostics);
        if (root is not YamlMapping mapping)
        {
            diagnostics.Error(DiagnosticCodes.Theme, SourceLocation.StartOf(displayPath), "a strings file holds keys with texts (nav.home: Startsida)");
            return null;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(mapping, string.Empty, texts);
        return texts;
    }

    private static void Flatten(YamlMapping mapping, string prefix, Dictionary<string, string> into)
    {
        foreach (var entry in mapping.Entries)
        {
            var key = prefix + entry.Key.Text;
            switch (entry.Value)
            {
                case YamlScalar scalar:
                    into[key] = scalar.Text;
                    break;
                case YamlMapping inner:
                    Flatten(inner, key + ".", into);
                    break;
            }
        }
    }
}
