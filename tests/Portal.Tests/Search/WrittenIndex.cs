using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Portal.Output;
using Portal.Search.Index;

namespace Portal.Tests.Search;

/// <summary>
/// A language's search index as written (by <see cref="SearchIndexFiles.Write"/> or a build), each file gunzipped and
/// parsed as the browser does: the manifest, and the files of the folder it names, by name (<c>terms-0.json.gz</c>).
/// </summary>
public sealed class WrittenIndex
{
    private WrittenIndex(JsonElement manifest, IReadOnlyDictionary<string, string> texts, IReadOnlyDictionary<string, byte[]> bytes)
    {
        Manifest = manifest;
        Texts = texts;
        Bytes = bytes;
        Files = texts.ToDictionary(t => t.Key, t => Parse(t.Value), StringComparer.Ordinal);
    }

    public JsonElement Manifest { get; }

    /// <summary>The folder's files, parsed.</summary>
    public IReadOnlyDictionary<string, JsonElement> Files { get; }

    /// <summary>The folder's files as JSON text.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; }

    /// <summary>Every file's gzipped bytes by its path from the site's root, the manifest's too.</summary>
    public IReadOnlyDictionary<string, byte[]> Bytes { get; }

    public string Folder => Manifest.GetProperty("folder").GetString()!;

    public IReadOnlyList<string> ChunkStarts => Strings(Manifest.GetProperty("chunks"));

    public JsonElement Chunk(int place) => Files[$"terms-{place}.json.gz"];

    /// <summary>What the result batches hold, in page-number order: [href, title, kind, text, facets?].</summary>
    public IReadOnlyList<JsonElement> Documents =>
        [.. Enumerable.Range(0, Files.Keys.Count(k => k.StartsWith("docs-", StringComparison.Ordinal))).SelectMany(i => Files[$"docs-{i}.json.gz"].EnumerateArray())];

    /// <summary>The page number of the result that links to <paramref name="href"/>.</summary>
    public int PageOf(string href)
    {
        var documents = Documents;
        var found = Enumerable.Range(0, documents.Count).Where(i => documents[i][0].GetString() == href).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"one result links to {href}");
        return found[0];
    }

    /// <summary>A term's weight on a page, read as the browser does (the chunk whose start is the last not after it); 0 when absent.</summary>
    public int Weight(string term, int page)
    {
        var starts = ChunkStarts;
        var place = starts.Count - 1;
        while (place > 0 && string.CompareOrdinal(starts[place], term) > 0)
        {
            place--;
        }

        if (!Chunk(place).GetProperty("terms").TryGetProperty(term, out var postings))
        {
            return 0;
        }

        var values = postings.EnumerateArray().Select(v => v.GetInt32()).ToArray();
        var number = 0;
        for (var i = 0; i < values.Length; i += 2)
        {
            number += values[i];
            if (number == page)
            {
                return values[i + 1];
            }
        }

        return 0;
    }

    public static WrittenIndex Of(IEnumerable<OutputFile> files, string language)
    {
        var bytes = files.Where(f => f.Path.StartsWith($"search/{language}/", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => f.Content ?? throw new AssertionException(f.Path + " has no content"), StringComparer.Ordinal);
        return From(bytes, language);
    }

    /// <summary>The index a build wrote into <paramref name="outputDirectory"/>.</summary>
    public static WrittenIndex Read(string outputDirectory, string language)
    {
        var root = Path.Combine(outputDirectory, "search", language);
        var bytes = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(outputDirectory, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
        return From(bytes, language);
    }

    public static string Gunzip(byte[] gzipped)
    {
        using var input = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress);
        using var reader = new StreamReader(input, new UTF8Encoding(false, throwOnInvalidBytes: true));
        return reader.ReadToEnd();
    }

    public static IReadOnlyList<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static WrittenIndex From(IReadOnlyDictionary<string, byte[]> bytes, string language)
    {
        var manifestPath = SearchIndexFiles.ManifestPath(language);
        Assert.That(bytes.Keys, Does.Contain(manifestPath));
        var manifest = Parse(Gunzip(bytes[manifestPath]));
        var folder = $"search/{language}/{manifest.GetProperty("folder").GetString()}";
        Assert.That(bytes.Keys.Where(p => p != manifestPath), Has.All.StartWith(folder), "every file but the manifest is in the folder it names");
        var texts = bytes.Where(b => b.Key != manifestPath).ToDictionary(b => b.Key[folder.Length..], b => Gunzip(b.Value), StringComparer.Ordinal);
        return new WrittenIndex(manifest, texts, bytes);
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
