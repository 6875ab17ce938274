using System.Security.Cryptography;
using System.Text;
using Portal.Diagnostics;
using Portal.Input.Files;
using Scriban;

namespace Portal.Templates;

/// <summary>
/// Finds and loads a theme: <c>layouts/*.sbn</c> (one per page kind, plus <c>base.sbn</c>), <c>partials/*.sbn</c>,
/// <c>i18n/&lt;lang&gt;.yml</c> and <c>assets/**</c>. Template syntax errors are reported at their line. Like the content
/// folder, a theme is read only from its own regular files: a link in it is an error, never followed.
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

        var entries = RegularFiles.Walk(directory);
        foreach (var entry in entries.Where(e => !e.Status.IsRegularFile))
        {
            var fullPath = Path.Combine(directory, entry.RelativePath);
            diagnostics.Add(RegularFiles.NotRegular(entry, fullPath, Display(fullPath), "theme folder"));
        }

        if (diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        string ReadText(string relativePath) => Encoding.UTF8.GetString(RegularFiles.ReadAllBytes(directory, relativePath, long.MaxValue)
            ?? throw new IOException($"{relativePath} of the theme changed while it was read"));
        var files = entries.Select(e => e.RelativePath).ToHashSet(StringComparer.Ordinal);

        using var fingerprint = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var layouts = ParseAll("layouts", files, ReadText, path => Display(Path.Combine(directory, path)), diagnostics, fingerprint);
        var partials = ParseAll("partials", files, ReadText, path => Display(Path.Combine(directory, path)), diagnostics, fingerprint);

        var strings = new Dictionary<string, UiStrings>(StringComparer.Ordinal);
        UiStrings? fallback = null;
        foreach (var language in languages)
        {
            var file = Path.Combine(directory, "i18n", $"{language}.yml");
            if (!files.Contains($"i18n/{language}.yml"))
            {
                diagnostics.Error(DiagnosticCodes.Theme, SourceLocation.StartOf(Display(file)), $"the theme has no strings for the language '{language}'; add i18n/{language}.yml (copy i18n/en.yml and translate it)");
                continue;
            }

            var source = ReadText($"i18n/{language}.yml");
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

        var staticFiles = entries.Where(e => e.RelativePath.StartsWith("assets/", StringComparison.Ordinal))
            .Select(e => e.RelativePath["assets/".Length..])
            .ToList();

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

    private static Dictionary<string, Template> ParseAll(
        string folder, IReadOnlySet<string> files, Func<string, string> read, Func<string, string> display, DiagnosticBag diagnostics, IncrementalHash fingerprint)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.StartsWith(folder + "/", StringComparison.Ordinal) && f.EndsWith(".sbn", StringComparison.Ordinal) && f.Count(c => c == '/') == 1).Order(StringComparer.Ordinal))
        {
            var source = read(file);
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
