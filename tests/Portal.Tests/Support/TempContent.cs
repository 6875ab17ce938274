using System.Text;

namespace Portal.Tests.Support;

/// <summary>
/// A small content folder that builds without errors or warnings, written to a temp folder. A test overrides or
/// removes single files before building, so each test shows only the change it is about. Line numbers of the
/// files below are relied on by tests: change them only together with those tests.
/// </summary>
public sealed class TempContent : IDisposable
{
    public const string BaseUrl = "https://example.org/portal/";

    /// <summary>The relationship of the minimal content, whose keys after its type <see cref="WithVanda"/> replaces.</summary>
    public const string Vanda = "partners/huddinge/vanda.md";

    /// <summary>The free page of the minimal content, which <see cref="WithAboutPage"/> gives another text.</summary>
    public const string AboutPage = "pages/om.md";

    /// <summary>The minimal valid content, path → text.</summary>
    public static readonly IReadOnlyDictionary<string, string> MinimalFiles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["site.yml"] =
            """
            title:
              sv: Testportal
              en: Test portal
            publisher: Testkommunen
            baseUrl: https://example.org/portal/
            languages: [sv, en]
            """,
        ["municipalities/huddinge.md"] =
            """
            ---
            name: Huddinge
            location: {lat: 59.24, lon: 17.98}
            county: Stockholms län
            website: https://www.huddinge.se/
            ---
            Huddinge är en kommun söder om Stockholm.
            """,
        ["municipalities/vanersborg.md"] =
            """
            ---
            name: Vänersborg
            location: {lat: 58.38, lon: 12.32}
            kind: municipality
            ---
            Vänersborg ligger vid Vänern.
            """,
        // Line 6 is 'type', line 7 'status': the docs' examples point there.
        ["partners/huddinge/vanda.md"] =
            """
            ---
            name: Vanda
            localName: Vantaa
            country: FI
            location: {lat: 60.29, lon: 25.04}
            type: twin-town
            status: ended
            since: 1946
            until: 2024-01-17
            areas: [culture, education]
            financing: [own-funds]
            network: nordiska-vanortskedjan
            decisions: [huddinge-avslutar]
            ---
            Vanda var Huddinges vänort. Läs [beslutet](../../decisions/huddinge-avslutar.md).
            """,
        ["partners/huddinge/vanda.en.md"] =
            """
            ---
            name: Vantaa
            ---
            Vantaa was Huddinge's twin town.
            """,
        ["networks/nordiska-vanortskedjan.md"] =
            """
            ---
            name: Nordiska vänortskedjan
            kind: twinning-chain
            country: DK
            members:
              - municipality: vanersborg
                since: 1946
                role: grundare
            ---
            En kedja av vänorter i Norden.
            """,
        ["decisions/huddinge-avslutar.md"] =
            """
            ---
            title: Huddinge avslutar vänortssamarbetet
            municipality: huddinge
            body: Kommunstyrelsen
            date: 2024-01-17
            kind: decision
            reference: KS-2023/123
            concerns:
              - huddinge/vanda
              - nordiska-vanortskedjan
            documents:
              - assets/beslut.pdf
              - https://example.org/beslut.pdf
            ---
            Kommunstyrelsen beslutade att avsluta vänortssamarbetet.
            """,
        ["countries/fi.md"] =
            """
            ---
            ---
            Finland är Sveriges östra granne.
            """,
        ["pages/om.md"] =
            """
            ---
            title: Om portalen
            ---
            Portalen visar kommunernas internationella samarbeten.
            """,
        ["pages/historia/vanortsrorelsen.md"] =
            """
            ---
            title: Vänortsrörelsens historia
            ---
            Vänortsrörelsen växte fram efter kriget.
            """,
        ["assets/beslut.pdf"] = "%PDF-1.4 test\n",
    };

    private readonly TempDirectory _root;
    private readonly Dictionary<string, byte[]> _files;

    public TempContent()
    {
        _root = new TempDirectory("portal-content");
        _files = MinimalFiles.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value + "\n"), StringComparer.Ordinal);
    }

    /// <summary>The content folder (what <c>input/</c> is in the repository).</summary>
    public string ContentDirectory => _root.Combine("content");

    /// <summary>The default output folder, beside the content folder.</summary>
    public string OutputDirectory => _root.Combine("output");

    public string RootDirectory => _root.FullPath;

    /// <summary>Adds or replaces a file; the text is written as UTF-8 without BOM, with a final newline added if missing.</summary>
    public TempContent With(string relativePath, string text) =>
        WithBytes(relativePath, Encoding.UTF8.GetBytes(text.EndsWith('\n') ? text : text + "\n"));

    /// <summary>
    /// Replaces the text of the free page <c>pages/om.md</c>, keeping its three lines of front matter, so the text
    /// starts on line 4: for a test of what Markdown on a page does.
    /// </summary>
    public TempContent WithAboutPage(string markdown) => With(AboutPage, $"---\ntitle: Om portalen\n---\n{markdown}");

    /// <summary>
    /// Replaces Vanda's file with one that keeps its name, country, position and type on lines 2–5 and gives
    /// <paramref name="keys"/> from line 6 on: for a test of the keys that say how the relationship went (status,
    /// dates, history), with nothing else in the way.
    /// </summary>
    public TempContent WithVanda(string keys, string text = "Vanda var Huddinges vänort.") =>
        With(Vanda, $"---\nname: Vanda\ncountry: FI\nlocation: {{lat: 60.29, lon: 25.04}}\ntype: twin-town\n{keys.TrimEnd('\n')}\n---\n{text}");

    public TempContent WithBytes(string relativePath, byte[] bytes)
    {
        _files[relativePath] = bytes;
        return this;
    }

    public TempContent Without(string relativePath)
    {
        if (!_files.Remove(relativePath))
        {
            throw new ArgumentException($"no file {relativePath} in the content");
        }

        return this;
    }

    /// <summary>Replaces one line (1-based) of a file, so a test changes a single key of the minimal content.</summary>
    public TempContent WithLine(string relativePath, int line, string text)
    {
        var lines = Encoding.UTF8.GetString(_files[relativePath]).Split('\n');
        lines[line - 1] = text;
        return WithBytes(relativePath, Encoding.UTF8.GetBytes(string.Join('\n', lines)));
    }

    /// <summary>Writes the content folder (replacing what an earlier write left).</summary>
    public string Write()
    {
        if (Directory.Exists(ContentDirectory))
        {
            Directory.Delete(ContentDirectory, recursive: true);
        }

        foreach (var (path, bytes) in _files)
        {
            var full = Path.Combine(ContentDirectory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        return ContentDirectory;
    }

    /// <summary>Writes the content and builds it with the repository's theme; diagnostics are relative to the content folder.</summary>
    public BuildRun Build(string? outputDirectory = null, string? baseUrl = null)
    {
        Write();
        return SiteBuilder.Run(ContentDirectory, outputDirectory ?? OutputDirectory, baseUrl, workingDirectory: ContentDirectory);
    }

    /// <summary>Builds the content folder as it is on disk now, for a test that changed it after <see cref="Write"/> (a link, a pipe).</summary>
    public BuildRun BuildAsWritten(string? baseUrl = null) =>
        SiteBuilder.Run(ContentDirectory, OutputDirectory, baseUrl, workingDirectory: ContentDirectory);

    public void Dispose() => _root.Dispose();
}
