using System.Security.Cryptography;
using System.Text;
using Portal.Diagnostics;
using Scriban;

namespace Portal.Templates;

/// <summary>
/// Finds and loads a theme: <c>layouts/*.sbn</c> (one per page kind, plus <c>base.sbn</c>), <c>partials/*.sbn</c>,
/// <c>i18n/&lt;lang&gt;.yml</c> and <c>assets/**</c>. Template syntax errors are reported at their line.
/// </summary>
public static class ThemeLoader
{
    /// <summary>The theme a build uses: <c>--theme</c>, else <c>./theme</c>, else the theme shipped beside the executable.</summary>
    public static string Locate(string? requested, string workingDirectory)
    {
        if (requested is not null)
        {
            return Path.GetFullPath(requested, workingDirectory);
        }

        var local = Path.Combine(workingDirectory, "theme");
        return Directory.Exists(Path.Combine(local, "layouts")) ? local : Path.Combine(AppContext.BaseDirectory, "theme");
    }

    public static Theme? Load(string directory, IReadOnlyList<string> languages, string displayBase, DiagnosticBag diagnostics)
    {
        string Display(string path) => Path.GetRelativePath(displayBase, path).Replace('\\', '/');
        var errorsBefore = diagnostics.ErrorCount;
        if (!Directory.Exists(Path.Combine(directory, "layouts")))
        {
            diagnostics.Error(DiagnosticCodes.Theme, SourceLocation.StartOf(Display(directory)), "no theme here: a theme folder has layouts/, partials/, i18n/ and assets/");
            return null;
        }

        using var fingerprint = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var layouts = ParseAll(Path.Combine(directory, "layouts"), Display, diagnostics, fingerprint);
        var partials = ParseAll(Path.Combine(directory, "partials"), Display, diagnostics, fingerprint);

        var strings = new Dictionary<string, UiStrings>(StringComparer.Ordinal);
        UiStrings? fallback = null;
        foreach (var language in languages)
        {
            var file = Path.Combine(directory, "i18n", $"{language}.yml");
            if (!File.Exists(file))
            {
                diagnostics.Error(DiagnosticCodes.Theme, SourceLocation.StartOf(Display(file)), $"the theme has no strings for the language '{language}'; add i18n/{language}.yml (copy i18n/en.yml and translate it)");
                continue;
            }

            var source = File.ReadAllText(file);
            AddToFingerprint(fingerprint, file, source);
            var texts = UiStrings.Read(source, Display(file), diagnostics);
            if (texts is not null)
            {
                var ui = new UiStrings(language, texts, fallback);
                fallback ??= ui;
                strings[language] = ui;
            }
        }

        // A language file that lacks keys shows the default language's words there: say which, so a translator can add them.
        if (fallback is not null)
        {
            foreach (var (language, ui) in strings.Where(s => s.Value != fallback))
            {
                var missing = fallback.Texts.Keys.Where(k => !ui.Texts.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
                if (missing.Count > 0)
                {
                    diagnostics.Warning(
                        DiagnosticCodes.Theme,
                        SourceLocation.StartOf(Display(Path.Combine(directory, "i18n", $"{language}.yml"))),
                        $"{missing.Count} text(s) missing, shown in {fallback.Language} instead: {string.Join(", ", missing.Take(8))}{(missing.Count > 8 ? ", …" : string.Empty)}");
                }
            }
        }

        var assets = Path.Combine(directory, "assets");
        var staticFiles = Directory.Exists(assets)
            ? Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(assets, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

        // Only the theme's own errors stop it loading; content errors found earlier are no reason to skip rendering.
        return diagnostics.ErrorCount > errorsBefore ? null : new Theme(directory, layouts, partials, strings, staticFiles, Convert.ToBase64String(fingerprint.GetHashAndReset()));
    }

    private static void AddToFingerprint(IncrementalHash fingerprint, string file, string source)
    {
        fingerprint.AppendData(Encoding.UTF8.GetBytes(file));
        fingerprint.AppendData([0]);
        fingerprint.AppendData(Encoding.UTF8.GetBytes(source));
        fingerprint.AppendData([0]);
    }

    private static Dictionary<string, Template> ParseAll(string folder, Func<string, string> display, DiagnosticBag diagnostics, IncrementalHash fingerprint)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return templates;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.sbn").Order(StringComparer.Ordinal))
        {
            var source = File.ReadAllText(file);
            AddToFingerprint(fingerprint, file, source);
            var template = Template.Parse(source, file);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                {
                    diagnostics.Error(
                        DiagnosticCodes.Theme,
                        new SourceLocation(display(file), message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                        message.Message);
                }

                continue;
            }

            templates[Path.GetFileNameWithoutExtension(file)] = template;
        }

        return templates;
    }
}
