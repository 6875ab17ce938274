using System.Text;
using System.Text.Json;
using Portal.Diagnostics;
using Portal.Input.Files;
using Portal.Templates;

namespace Portal.Cli.Preview;

/// <summary>
/// The preview's own words (the error overlay, the waiting page): the <c>preview.</c> keys of the theme's
/// <c>i18n/&lt;lang&gt;.yml</c>, each file looked up in the site's theme folder, then the shipped theme, as a build
/// looks up every theme file. Read when asked for, so an edited strings file shows at the next request; read apart
/// from a build, as they are needed while the content cannot be built.
/// </summary>
public static class PreviewStrings
{
    private const string Prefix = "preview.";

    /// <summary>The language of the waiting page, shown before any build says which languages the site has.</summary>
    public const string WaitingLanguage = "sv";

    /// <summary>The words of every language the theme has, without the <c>preview.</c> prefix, by language.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Read(string themeDirectory)
    {
        var languages = new SortedDictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        // A theme folder's problems (a link, a pipe) are the build's to report; here such a file is passed over.
        // A --theme folder that does not exist is the build's to report too; the preview keeps the shipped words.
        var top = Directory.Exists(themeDirectory) ? themeDirectory : ThemeLoader.Shipped;
        var files = ThemeLoader.Layers(top, ThemeLoader.Shipped, path => path, new DiagnosticBag());
        foreach (var (file, layer) in files.Where(f => f.Key.StartsWith("i18n/", StringComparison.Ordinal) && f.Key.EndsWith(".yml", StringComparison.Ordinal)))
        {
            if (RegularFiles.ReadAllBytes(layer, file, 1024 * 1024) is not { } bytes)
            {
                continue;
            }

            // A strings file with errors is the build's to report; the preview goes without its words.
            var texts = UiStrings.Read(Encoding.UTF8.GetString(bytes), Path.Combine(layer, file), new DiagnosticBag());
            languages[Path.GetFileNameWithoutExtension(file)] = (texts ?? new Dictionary<string, string>())
                .Where(t => t.Key.StartsWith(Prefix, StringComparison.Ordinal))
                .ToDictionary(t => t.Key[Prefix.Length..], t => t.Value, StringComparer.Ordinal);
        }

        return languages;
    }

    /// <summary>What <c>preview.js</c> fetches: every language's words, as JSON.</summary>
    public static string Json(string themeDirectory) => JsonSerializer.Serialize(Read(themeDirectory), PreviewJsonContext.Default.IReadOnlyDictionaryStringIReadOnlyDictionaryStringString);

    /// <summary>One of the words in <paramref name="language"/> (else any language that has it), or its key when no strings file has it.</summary>
    public static string Get(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> strings, string language, string key) =>
        strings.GetValueOrDefault(language)?.GetValueOrDefault(key)
        ?? strings.Values.Select(s => s.GetValueOrDefault(key)).FirstOrDefault(t => t is not null)
        ?? key;
}
