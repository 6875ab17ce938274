using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Portal.Output;
using Portal.Search.Analysis;

namespace Portal.Search.Index;

/// <summary>
/// Writes a language's index as the browser reads it, split so that a query fetches only what it needs:
/// <list type="bullet">
/// <item><c>search/{language}/index.json.gz</c>, the manifest: the analysis (stop words, fold letters), where each
/// term chunk starts, and the filters' values. Its name never changes; the browser asks the server whether it did.</item>
/// <item>in a folder named by a hash of everything else (so a cached file is never one of another build's):
/// <c>terms-N</c>, the terms in ordinal order, split into chunks of about <see cref="ChunkBytes"/>;
/// <c>docs-N</c>, what a result shows, <see cref="BatchSize"/> pages a file; <c>facet-NAME</c>, a filter's value for
/// each relationship.</item>
/// </list>
/// Every file is JSON, gzipped (the browser inflates it with <c>DecompressionStream</c>), so the bytes a query costs
/// do not depend on the server compressing.
/// </summary>
public static class SearchIndexFiles
{
    public const int ChunkBytes = 48 * 1024;

    public const int BatchSize = 32;

    /// <summary>How much of a page's text its result keeps: room for the excerpt to be cut around a match.</summary>
    public const int ExcerptSourceLength = 400;

    public const int FormatVersion = 1;

    /// <summary>The filters, in the order a result's facets list their values.</summary>
    private static readonly IReadOnlyList<(string Name, Func<RelationshipFacets, string> Value)> Facets =
    [
        ("status", f => f.Status), ("type", f => f.Type), ("country", f => f.Country), ("municipality", f => f.Municipality),
    ];

    public static readonly IReadOnlyList<string> FacetNames = [.. Facets.Select(f => f.Name)];

    /// <summary>The manifest's path, from the site's root.</summary>
    public static string ManifestPath(string language) => $"search/{language}/index.json.gz";

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<OutputFile> Write(SearchIndex index)
    {
        var language = index.Analysis.Language;
        var (chunkStarts, chunks) = Chunks(index);
        var batches = index.Documents.Chunk(BatchSize).Select(Batch).ToList();
        var relationships = index.Documents.Take(index.RelationshipCount).Select(d => d.Facets!).ToList();
        var columns = Facets.ToDictionary(f => f.Name, f => relationships.Select(f.Value).ToList());
        var facetValues = columns.ToDictionary(c => c.Key, c => c.Value.Distinct().Order(StringComparer.Ordinal).ToList());
        var facets = FacetNames.Select(name => Facet(columns[name], facetValues[name])).ToList();

        // The results' batches are most of the index's bytes and a query fetches few of them: they are compressed
        // fast. The terms, which every query starts with, and the rest are compressed as small as gzip's default makes them.
        var files = new List<(string Name, byte[] Json, CompressionLevel Level)>();
        files.AddRange(chunks.Select((c, i) => ($"terms-{i}.json.gz", c, CompressionLevel.Optimal)));
        files.AddRange(batches.Select((b, i) => ($"docs-{i}.json.gz", b, CompressionLevel.Fastest)));
        files.AddRange(FacetNames.Select((name, i) => ($"facet-{name}.json.gz", facets[i], CompressionLevel.Optimal)));
        var folder = $"search/{language}/{Hash(files.Select(f => f.Json))}/";
        var manifest = Manifest(index, folder[$"search/{language}/".Length..], chunkStarts, facetValues);

        var output = new OutputFile[files.Count + 1];
        Parallel.For(0, files.Count, i => output[i] = new OutputFile(folder + files[i].Name, Gzip(files[i].Json, files[i].Level)));
        output[^1] = new OutputFile(ManifestPath(language), Gzip(manifest, CompressionLevel.Optimal));
        return output;
    }

    /// <summary>
    /// The terms' and folds' entries in key order, cut into chunks of about <see cref="ChunkBytes"/> (the two counted
    /// together); each chunk's first key.
    /// </summary>
    private static (List<string> Starts, List<byte[]> Chunks) Chunks(SearchIndex index)
    {
        var keys = index.Terms.Select(t => t.Term).Concat(index.Folds.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var postings = index.Terms.ToDictionary(t => t.Term, t => t.Postings, StringComparer.Ordinal);
        var starts = new List<string>();
        var chunks = new List<byte[]>();
        var position = 0;
        while (position < keys.Count)
        {
            starts.Add(chunks.Count == 0 ? string.Empty : keys[position]);
            using var terms = new MemoryStream();
            using var folds = new MemoryStream();
            using (var termsJson = new Utf8JsonWriter(terms, Json))
            using (var foldsJson = new Utf8JsonWriter(folds, Json))
            {
                termsJson.WriteStartObject();
                foldsJson.WriteStartObject();
                var first = true;
                while (position < keys.Count && (first || terms.Length + termsJson.BytesPending + folds.Length + foldsJson.BytesPending < ChunkBytes))
                {
                    first = false;
                    var key = keys[position++];
                    if (postings.TryGetValue(key, out var list))
                    {
                        WritePostings(termsJson, key, list);
                    }

                    if (index.Folds.TryGetValue(key, out var folded))
                    {
                        WriteStrings(foldsJson, key, folded);
                    }

                    termsJson.Flush();
                    foldsJson.Flush();
                }

                termsJson.WriteEndObject();
                foldsJson.WriteEndObject();
            }

            // {"terms":…,"folds":…}, put together from the two parts as bytes.
            var chunk = new byte[TermsPrefix.Length + terms.Length + FoldsPrefix.Length + folds.Length + 1];
            var span = chunk.AsSpan();
            TermsPrefix.CopyTo(span);
            span = span[TermsPrefix.Length..];
            terms.GetBuffer().AsSpan(0, (int)terms.Length).CopyTo(span);
            span = span[(int)terms.Length..];
            FoldsPrefix.CopyTo(span);
            span = span[FoldsPrefix.Length..];
            folds.GetBuffer().AsSpan(0, (int)folds.Length).CopyTo(span);
            span[^1] = (byte)'}';
            chunks.Add(chunk);
        }

        return (starts, chunks);
    }

    private static ReadOnlySpan<byte> TermsPrefix => "{\"terms\":"u8;

    private static ReadOnlySpan<byte> FoldsPrefix => ",\"folds\":"u8;

    /// <summary>A term's postings, each page's number as the difference from the one before (small numbers, short JSON).</summary>
    private static void WritePostings(Utf8JsonWriter json, string term, int[] postings)
    {
        json.WriteStartArray(term);
        var previous = 0;
        for (var i = 0; i < postings.Length; i += 2)
        {
            json.WriteNumberValue(postings[i] - previous);
            json.WriteNumberValue(postings[i + 1]);
            previous = postings[i];
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// Each page's path, title, kind and the start of its text; then a relationship's facets and years (or null), and
    /// the language of a title and text shown untranslated.
    /// </summary>
    private static byte[] Batch(SearchDocument[] documents) => JsonOf(json =>
    {
        json.WriteStartArray();
        foreach (var document in documents)
        {
            json.WriteStartArray();
            json.WriteStringValue(document.Path);
            json.WriteStringValue(document.Title);
            json.WriteNumberValue((int)document.Kind);
            json.WriteStringValue(document.Text);
            if (document.Facets is { } facets)
            {
                json.WriteStartArray();
                foreach (var (_, value) in Facets)
                {
                    json.WriteStringValue(value(facets));
                }

                json.WriteStringValue(facets.Years);
                json.WriteEndArray();
            }
            else if (document.UntranslatedLanguage is not null)
            {
                json.WriteNullValue();
            }

            if (document.UntranslatedLanguage is { } language)
            {
                json.WriteStringValue(language);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
    });

    /// <summary>One filter's column: for each relationship, its value's place in the manifest's list of the filter's values.</summary>
    private static byte[] Facet(List<string> column, List<string> values) => JsonOf(json =>
    {
        var places = values.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i, StringComparer.Ordinal);
        json.WriteStartArray();
        foreach (var value in column)
        {
            json.WriteNumberValue(places[value]);
        }

        json.WriteEndArray();
    });

    private static byte[] Manifest(SearchIndex index, string folder, List<string> chunkStarts, Dictionary<string, List<string>> facetValues) => JsonOf(json =>
    {
        var analysis = index.Analysis;
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);
        json.WriteString("language", analysis.Language);
        WriteStrings(json, "stemmers", analysis.Stemmers);
        json.WriteString("secondaryMark", LanguageAnalysis.SecondaryMark.ToString());
        json.WriteNumber("maxWordLength", Words.MaxWordLength);
        WriteStrings(json, "stopWords", analysis.StopWords.Order(StringComparer.Ordinal));
        json.WriteStartObject("foldLetters");
        foreach (var (letter, folded) in Folding.Letters)
        {
            json.WriteString(letter.ToString(), folded);
        }

        json.WriteEndObject();
        json.WriteString("folder", folder);
        json.WriteNumber("documents", index.Documents.Count);
        json.WriteNumber("relationships", index.RelationshipCount);
        json.WriteNumber("batchSize", BatchSize);
        WriteStrings(json, "chunks", chunkStarts);
        json.WriteStartObject("facets");
        foreach (var name in FacetNames)
        {
            WriteStrings(json, name, facetValues[name]);
        }

        json.WriteEndObject();
        WriteStrings(json, "kinds", Enum.GetValues<SearchKind>().Select(k => KebabName.Of(k)));
        json.WriteEndObject();
    });

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static byte[] JsonOf(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Json))
        {
            write(json);
        }

        return buffer.ToArray();
    }

    private static string Hash(IEnumerable<byte[]> contents)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var content in contents)
        {
            hash.AppendData(BitConverter.GetBytes(content.Length));
            hash.AppendData(content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private static byte[] Gzip(byte[] content, CompressionLevel level)
    {
        using var buffer = new MemoryStream(content.Length / 3);
        using (var gzip = new GZipStream(buffer, level))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }
}
