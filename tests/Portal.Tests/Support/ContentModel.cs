using Portal.Data;
using Portal.Input;
using Portal.Pipeline.Phases;

namespace Portal.Tests.Support;

/// <summary>
/// A content folder read and bound to the model by a build's own first two phases (read, bind), without rendering:
/// for tests of what each key means.
/// </summary>
public sealed class ContentModel
{
    private ContentModel(SiteSettings? site, IReadOnlyList<LanguageContent> languages, IReadOnlyDictionary<string, DataTable?> tables, DiagnosticBag diagnostics)
    {
        Site = site;
        Languages = languages;
        Tables = tables;
        Diagnostics = diagnostics.Sorted();
    }

    public SiteSettings? Site { get; }

    public IReadOnlyList<LanguageContent> Languages { get; }

    public IReadOnlyDictionary<string, DataTable?> Tables { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public IReadOnlyList<string> Lines => Diagnostics.Select(d => d.ToString()).ToList();

    public string Report => Lines.Count == 0 ? "(no diagnostics)" : string.Join('\n', Lines);

    public LanguageContent In(string language) => Languages.Single(l => l.Language == language);

    /// <summary>The minimal content with one line of one file replaced, read and bound: a test of one key.</summary>
    public static ContentModel LoadWithLine(string path, int line, string text)
    {
        using var content = new TempContent();
        return Load(content.WithLine(path, line, text));
    }

    /// <summary>The minimal content with one file added or replaced, read and bound.</summary>
    public static ContentModel LoadWith(string path, string text)
    {
        using var content = new TempContent();
        return Load(content.With(path, text));
    }

    /// <summary>Reads and binds <paramref name="content"/>; diagnostics' paths are relative to its content folder.</summary>
    public static ContentModel Load(TempContent content) => Load(content.Write());

    /// <summary>Reads and binds the content folder <paramref name="directory"/>; diagnostics' paths are relative to it.</summary>
    public static ContentModel Load(string directory)
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions(directory, Path.Combine(directory, "..", "output"), null, null, directory, DrawMaps: false, Today: TestDate.Today);
        if (ReadPhase.Run(options, diagnostics) is not { } input)
        {
            return new ContentModel(null, [], new Dictionary<string, DataTable?>(), diagnostics);
        }

        var site = BindPhase.Run(input, options.BuildDate, diagnostics);
        return new ContentModel(input.Site, site.Languages.Select(l => l.Content).ToList(), input.Tables, diagnostics);
    }
}
